package org.tessera.cli;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.io.FormatReaders;
import org.tessera.lineage.Entities;
import org.tessera.lineage.Recorder;
import org.tessera.meta.Checksums;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tessera stats PATH [--array NAME]}: streams one whole array lazily. */
@Command(name = "stats", description = "Stream one array chunk by chunk: content SHA-256, sum, min, max, mean.")
final class StatsCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "PATH", description = "File or container directory.")
	Path path;

	@Option(names = "--array", paramLabel = "NAME", description = "Internal path of the array (default: the only "
		+ "array, or the finest level of the first pyramid).")
	String array;

	@Option(names = "--threads", paramLabel = "N", description = "Decoding threads (default: one per core).")
	int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--no-sha256", description = "Skip the content hash: reduce chunks in any order (faster, less memory).")
	boolean noHash;

	@Mixin
	CommonOptions options;

	@Mixin
	LineageOption lineage;

	@Override
	public Integer call() throws Exception {
		org.tessera.io.codec.Unshuffle.prepare();
		return lineage.record(TYPE, this::stats);
	}

	/** The activity type of a recorded {@code stats} run: the array was opened and streamed. */
	static final String TYPE = "open";

	private int stats(final Recorder rec) throws Exception {
		try (Container c = FormatReaders.open(path)) {
			final ChunkedArray a = Containers.array(c, array);
			if (lineage.on()) {
				rec.input(Entities.file(path, Checksums.fileSha256(path), -1)).parameter("array", a.name());
			}
			final Statistics s = new ArrayStatistics(threads, ArrayStatistics.DEFAULT_SLAB_BUDGET, !noHash).of(a);
			if (lineage.on() && s.sha256() != null) rec.output(Entities.array(s.sha256(), path.toAbsolutePath().toString(),
				a.name()));
			final Map<String, Object> out = json(a, s);
			System.out.println(options.json ? Json.write(out, false) : text(out));
		}
		return 0;
	}

	/** The JSON fields of DESIGN.md's stats contract (integers exact, NaN as null). */
	static Map<String, Object> json(final ChunkedArray a, final Statistics s) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", a.name());
		m.put("shape", a.shape());
		m.put("dtype", a.dtype().name());
		m.put("sha256", s.sha256());
		final boolean integer = s.integerSum() != null;
		m.put("sum", integer ? s.integerSum() : Json.finite(s.sum()));
		if (a.dtype().kind() == org.tessera.io.DType.Kind.COMPLEX) m.put("sum_imag", Json.finite(s.sumImag()));
		m.put("min", integer && Double.isFinite(s.min()) ? (Object) (long) s.min() : Json.finite(s.min()));
		m.put("max", integer && Double.isFinite(s.max()) ? (Object) (long) s.max() : Json.finite(s.max()));
		m.put("mean", Json.finite(s.mean()));
		m.put("count", s.count());
		m.put("n_nan", s.nanCount());
		return m;
	}

	private static String text(final Map<String, Object> m) {
		final StringBuilder sb = new StringBuilder();
		m.forEach((k, v) -> sb.append(String.format("%-8s %s%n", k, v instanceof long[] l ? java.util.Arrays.toString(l) : v)));
		return sb.toString().stripTrailing();
	}
}
