package org.tessera.cli;

import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.io.Multiscale;
import org.tessera.meta.RecordJson;
import org.tessera.meta.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tessera info PATH}: opens a file or container (metadata only) and lists every array. */
@Command(name = "info", description = "List the arrays, axes and metadata of a dataset (reads no pixels).")
final class InfoCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "PATH", description = "File or container directory.")
	Path path;

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		try (Container c = FormatReaders.open(path)) {
			final Map<String, Object> out = new LinkedHashMap<>();
			out.put("path", c.location().toString());
			out.put("format", c.format());
			final List<Object> arrays = new ArrayList<>();
			for (final ArrayInfo a : c.arrays()) arrays.add(array(a));
			out.put("arrays", arrays);
			out.put("multiscales", c.multiscales().stream().map(InfoCommand::multiscale).toList());
			// NB: the normalized container record, metadata only (no hashing: info stays fast); the raw
			// container metadata is its "original".
			out.put("metadata", RecordJson.tree(Records.forContainer(c, Records.Options.METADATA_ONLY)));
			System.out.println(options.json ? Json.write(out, false) : text(c));
		}
		return 0;
	}

	static Map<String, Object> array(final ArrayInfo a) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", a.name());
		m.put("shape", a.shape());
		m.put("dtype", a.dtype().name());
		m.put("chunks", a.chunks());
		m.put("axes", a.axes().stream().map(InfoCommand::axis).toList());
		return m;
	}

	private static Map<String, Object> axis(final Axis x) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", x.name());
		m.put("type", x.type());
		m.put("unit", x.unit());
		m.put("scale", x.scale());
		m.put("offset", x.offset());
		return m;
	}

	private static Map<String, Object> multiscale(final Multiscale ms) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("group", ms.group());
		m.put("name", ms.name());
		m.put("levels", ms.levels());
		return m;
	}

	private static String text(final Container c) {
		final StringBuilder sb = new StringBuilder();
		sb.append(c.location()).append(" (").append(c.format()).append(", ").append(c.arrays().size())
			.append(" arrays)\n");
		for (final ArrayInfo a : c.arrays()) {
			sb.append(String.format("  %-30s %-10s shape %s chunks %s axes %s%n", a.name(), a.dtype(),
				java.util.Arrays.toString(a.shape()), java.util.Arrays.toString(a.chunks()),
				a.axes().stream().map(x -> x.name() + (x.unit().isEmpty() ? "" : "[" + x.unit() + "]")).toList()));
		}
		for (final Multiscale m : c.multiscales()) {
			sb.append("  pyramid ").append(m.group().isEmpty() ? "/" : m.group()).append(": ").append(m.levels()).append('\n');
		}
		return sb.toString().stripTrailing();
	}
}
