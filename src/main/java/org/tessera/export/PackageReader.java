package org.tessera.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The entries of a package being imported (a directory or a zip), each checked before it is read. */
interface PackageReader extends Closeable {

	/** Every file entry's package path, checked against {@link PackagePaths}. */
	List<String> entries() throws IOException;

	/** The bytes of one entry. */
	InputStream open(String entry) throws IOException;

	/** Opens a directory or zip package (a crate zip, or a zipped bag under its base folder). */
	static PackageReader open(final java.nio.file.Path pkg, final ImportLimits limits) throws IOException {
		if (java.nio.file.Files.isDirectory(pkg)) return new DirectoryReader(pkg);
		if (!java.nio.file.Files.isRegularFile(pkg)) throw new ExportException(pkg + ": no such package (a bag or crate "
			+ "directory, a crate zip or a zipped bag)");
		final ZipReader zip = new ZipReader(pkg, limits);
		try {
			return SerializedBag.of(zip, pkg);
		}
		catch (final IOException | RuntimeException e) {
			zip.close();
			throw e;
		}
	}
}
