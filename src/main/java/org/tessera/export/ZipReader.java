package org.tessera.export;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A zip package, guarded: entry names are checked (no absolute paths, no {@code ..}), links are refused,
 * and the bytes actually inflated are counted against {@link ImportLimits} (total size, ratio, entry count).
 */
final class ZipReader implements PackageReader {

	private final Path zip;
	private final ZipFile file;
	private final ImportLimits limits;
	private long total;

	ZipReader(final Path zip, final ImportLimits limits) throws IOException {
		this.zip = zip;
		this.limits = limits;
		try {
			this.file = ZipFile.builder().setPath(zip).get();
		}
		catch (final IOException e) {
			throw new ExportException(zip + ": not a readable zip: " + e.getMessage(), e);
		}
	}

	@Override
	public List<String> entries() throws IOException {
		final List<String> out = new ArrayList<>();
		for (final ZipArchiveEntry e : Collections.list(file.getEntries())) {
			if (out.size() >= limits.maxEntries()) throw fail(e.getName(), "more than " + limits.maxEntries()
				+ " entries (zip bomb?)");
			final String why = PackagePaths.problem(e.isDirectory() ? e.getName().replaceAll("/$", "") : e.getName());
			if (why != null) throw fail(e.getName(), why);
			if (e.isUnixSymlink()) throw fail(e.getName(), "symbolic link in a zip package");
			if (!e.isDirectory()) out.add(e.getName());
		}
		return out;
	}

	@Override
	public InputStream open(final String entry) throws IOException {
		final ZipArchiveEntry e = file.getEntry(entry);
		if (e == null) throw fail(entry, "no such entry");
		return new Counting(file.getInputStream(e), entry, Math.max(1, e.getCompressedSize()));
	}

	@Override
	public void close() throws IOException {
		file.close();
	}

	private ExportException fail(final String entry, final String cause) {
		return new ExportException(zip + ": " + entry + ": " + cause);
	}

	/** Counts inflated bytes and stops at a limit. */
	private final class Counting extends FilterInputStream {

		private final String entry;
		private final long compressed;
		private long read;

		Counting(final InputStream in, final String entry, final long compressed) {
			super(in);
			this.entry = entry;
			this.compressed = compressed;
		}

		@Override
		public int read(final byte[] b, final int off, final int len) throws IOException {
			final int n = super.read(b, off, len);
			if (n > 0) count(n);
			return n;
		}

		@Override
		public int read() throws IOException {
			final int c = super.read();
			if (c >= 0) count(1);
			return c;
		}

		private void count(final int n) throws IOException {
			read += n;
			total += n;
			if (total > limits.maxTotalBytes()) throw fail(entry, "more than " + limits.maxTotalBytes()
				+ " bytes uncompressed in all (zip bomb?)");
			if (read > (1 << 20) && read / compressed > limits.maxRatio()) throw fail(entry, "compression ratio above "
				+ limits.maxRatio() + " (zip bomb?)");
		}
	}
}
