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
 * original attributes, flattened keys, checksums, DataCite formats/sizes/type/titles, pixel size),
 * then every {@link MetadataExtractor} that supports the container adds its format's knowledge.
 */
public final class Records {

	private Records() {}

	/** Options: whether to stream the array for its content SHA-256 (needed for a stable id) and hash the file. */
	public record Options(boolean hashArrays, int threads) {

		public static final Options DEFAULT = new Options(true, Runtime.getRuntime().availableProcessors());

		/** Metadata only: no pixel reads, no file hashing (ids fall back to location + path). */
		public static final Options METADATA_ONLY = new Options(false, 1);
	}

	// -- Entry points --

	/** One record per pixel-readable array of the file or container at {@code path}, with the file SHA-256 when hashing. */
	public static List<Record> forFile(final Path path, final Options options) throws IOException {
		try (Container c = FormatReaders.open(path)) {
			final String fileSha = options.hashArrays() ? Checksums.fileSha256(c.location().path()) : null;
			final List<Record> out = new ArrayList<>();
			for (final ArrayInfo a : c.arrays()) {
				if (!a.dtype().isNumeric()) continue;
				final ChunkedArray array = c.array(a.name());
				// NB: vendor thumbnails (DM's embedded previews) are not data: no record, no catalogue hit.
				if (!org.tessera.io.Containers.isThumbnail(array)) out.add(build(c, array, options, fileSha));
			}
			return out;
		}
	}

	/** The record of one array of an open container (file SHA-256 left empty: {@link #forFile} fills it once per file). */
	public static Record of(final Container c, final ChunkedArray a, final Options options) throws IOException {
		return build(c, a, options, null);
	}

	/**
	 * The record of a whole container: its metadata as {@code original} (verbatim, not wrapped), what its primary
	 * array's vendor metadata says, no array fields, and the file
	 * SHA-256 ({@link Checksums#fileSha256}) as id when hashing; with {@link Options#METADATA_ONLY} the id
	 * is the location.
	 */
	public static Record forContainer(final Container c, final Options options) throws IOException {
		final RecordBuilder b = generic(c, c.metadata());
		final String sha = options.hashArrays() ? Checksums.fileSha256(c.location().path()) : null;
		b.checksums(new Record.Checksums(null, sha)).id(sha != null ? sha : c.location().toString());
		RecordDefaults.container(c, b);
		extract(c, null, b);
		return b.build();
	}

	/** Tessera's version from the jar manifest, or "dev". */
	public static String version() {
		final String v = Records.class.getPackage().getImplementationVersion();
		return v == null ? "dev" : v;
	}

	/** The registered extractors. */
	public static List<MetadataExtractor> extractors() {
		final List<MetadataExtractor> out = new ArrayList<>();
		ServiceLoader.load(MetadataExtractor.class, Records.class.getClassLoader()).forEach(out::add);
		return out;
	}

	// -- Helper methods --

	private static Record build(final Container c, final ChunkedArray a, final Options options, final String fileSha)
		throws IOException
	{
		final RecordBuilder b = generic(c, Map.of("container", c.metadata(), "array", a.attributes()));
		b.array(a.name()).shape(a.shape()).dtype(a.dtype().name()).axes(a.axes());
		String sha = null;
		if (options.hashArrays()) sha = new ArrayStatistics(options.threads(), ArrayStatistics.DEFAULT_SLAB_BUDGET).of(a).sha256();
		b.checksums(new Record.Checksums(sha, fileSha));
		b.id((sha != null ? sha : c.location().toString()) + ":" + a.name());
		RecordDefaults.array(c, a, b);
		extract(c, a, b);
		return b.build();
	}

	private static RecordBuilder generic(final Container c, final Map<String, Object> original) {
		final RecordBuilder b = Record.builder().location(c.location().toString()).format(c.format()).readerVersion(version())
			.original(original);
		return b.flattened(Flattening.flatten(b.original()));
	}

	private static void extract(final Container c, final ChunkedArray a, final RecordBuilder b) throws IOException {
		for (final MetadataExtractor x : extractors()) {
			if (x.supports(c)) x.extract(c, a, b);
		}
		if (b.acquired() != null) b.editDatacite().dates.put("Collected", b.acquired());
	}
}
