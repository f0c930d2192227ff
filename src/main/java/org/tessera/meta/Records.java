package org.tessera.meta;

import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.reduce.ArrayStatistics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Builds {@link Record}s: the generic part every array has (location, format, shape, dtype, axes,
 * original attributes, flattened keys, checksums), then every {@link MetadataExtractor} that
 * supports the container adds its format's knowledge.
 */
public final class Records {

	private Records() {}

	/** Options: whether to stream the array for its content SHA-256 (needed for a stable id). */
	public record Options(boolean hashArrays, int threads) {

		public static final Options DEFAULT = new Options(true, Runtime.getRuntime().availableProcessors());

		/** Metadata only: no pixel reads (ids fall back to location + path). */
		public static final Options METADATA_ONLY = new Options(false, 1);
	}

	/** One record per pixel-readable array of the file or container at {@code path}. */
	public static List<Record> forFile(final Path path, final Options options) throws IOException {
		try (Container c = FormatReaders.open(path)) {
			final List<Record> out = new ArrayList<>();
			for (final ArrayInfo a : c.arrays()) {
				if (a.dtype().isNumeric()) out.add(of(c, c.array(a.name()), options));
			}
			return out;
		}
	}

	/** The record of one array of an open container. */
	public static Record of(final Container c, final ChunkedArray a, final Options options) throws IOException {
		final RecordBuilder b = Record.builder().location(c.location().toString()).array(a.name()).format(c.format())
			.readerVersion(version()).shape(a.shape()).dtype(a.dtype().name()).axes(a.axes())
			.original(Map.of("container", c.metadata(), "array", a.attributes()));
		b.flattened(Flattening.flatten(b.original()));
		String sha = null;
		if (options.hashArrays()) sha = new ArrayStatistics(options.threads(), ArrayStatistics.DEFAULT_SLAB_BUDGET).of(a).sha256();
		b.checksums(new Record.Checksums(sha, null));
		b.id((sha != null ? sha : c.location().toString()) + ":" + a.name());
		for (final MetadataExtractor x : ServiceLoader.load(MetadataExtractor.class, Records.class.getClassLoader())) {
			if (x.supports(c)) x.extract(c, a, b);
		}
		return b.build();
	}

	/** Tessera's version from the jar manifest, or "dev". */
	public static String version() {
		final String v = Records.class.getPackage().getImplementationVersion();
		return v == null ? "dev" : v;
	}
}
