package org.tessera.export;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;

/**
 * Writes package files into one zip file. NB: entries are STORED (image data hardly compresses and deflate
 * would cost more than the disk); the writer patches each local header's CRC and size afterwards, so every
 * byte is still read once. ZIP64 is used when needed.
 */
public final class ZipSink implements PackageSink {

	private final FileChannel file;
	private final ZipArchiveOutputStream zip;
	private final WritableByteChannel body;
	private final Set<String> names = new HashSet<>();

	public ZipSink(final Path zipFile) throws IOException {
		this.file = FileChannel.open(zipFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
			StandardOpenOption.READ);
		this.zip = new ZipArchiveOutputStream(file);
		zip.setMethod(ZipEntry.STORED);
		zip.setUseZip64(Zip64Mode.AsNeeded);
		this.body = Channels.newChannel(zip);
	}

	@Override
	public Digests copy(final Path source, final String path) throws IOException {
		begin(path);
		final Digests d = HashingCopy.copy(source, body, false);
		zip.closeArchiveEntry();
		return d;
	}

	@Override
	public Digests write(final String path, final byte[] bytes) throws IOException {
		begin(path);
		zip.write(bytes);
		zip.closeArchiveEntry();
		return Digests.of(bytes);
	}

	@Override
	public void close() throws IOException {
		try (file) {
			zip.finish();
			file.force(true);
		}
	}

	private void begin(final String path) throws IOException {
		PackagePaths.check(path);
		if (!names.add(path)) throw new ExportException(path + ": written twice into the zip");
		zip.putArchiveEntry(new ZipArchiveEntry(path));
	}
}
