package org.tessera.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tessera import PACKAGE [--to DIR]}: reads a BagIt bag or an RO-Crate (directory or zip), hashes every
 * file once while copying it into a partial beside {@code DIR}, verifies every checksum the package declares
 * ({@link PackageChecks}), and only then moves the copy into place. Without {@code DIR} it only verifies.
 * Refuses tampered files, path traversal, absolute paths, links out of the package and zip bombs, with
 * messages naming the package, the entry and the cause.
 */
public final class Importer {

	/**
	 * What an import did.
	 *
	 * @param pkg the package
	 * @param target where it was copied, or null when only verified
	 * @param kind {@code "bagit"} or {@code "rocrate"}
	 * @param files the number of files
	 * @param verified the number of checksums verified
	 */
	public record Result(String pkg, String target, String kind, int files, int verified) {}

	private final ImportLimits limits;

	public Importer(final ImportLimits limits) {
		this.limits = limits;
	}

	/** Imports (or, with {@code to} null, verifies) {@code pkg}. */
	public Result run(final Path pkg, final Path to) throws IOException {
		if (to == null) return verify(pkg, null);
		try (AtomicTarget t = AtomicTarget.begin(to)) {
			final Result r = verify(pkg, t.partial());
			t.commit();
			return new Result(r.pkg(), t.target().toString(), r.kind(), r.files(), r.verified());
		}
	}

	private Result verify(final Path pkg, final Path copyTo) throws IOException {
		final Map<String, Digests> files = new LinkedHashMap<>();
		try (PackageReader in = PackageReader.open(pkg, limits)) {
			final List<String> entries = in.entries();
			for (final String e : entries) files.put(e, copy(in, e, copyTo));
			final PackageChecks checks = new PackageChecks(pkg, files, e -> read(in, e));
			final int verified = checks.run();
			return new Result(pkg.toString(), null, checks.kind(), files.size(), verified);
		}
	}

	/** Hashes one entry, copying it under {@code copyTo} when given. */
	private static Digests copy(final PackageReader in, final String entry, final Path copyTo) throws IOException {
		try (InputStream is = in.open(entry)) {
			if (copyTo == null) return HashingCopy.copy(Channels.newChannel(is), Channels.newChannel(OutputStream
				.nullOutputStream()), false);
			final Path f = PackagePaths.resolve(copyTo, entry);
			Files.createDirectories(f.getParent());
			try (FileChannel out = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				final Digests d = HashingCopy.copy(Channels.newChannel(is), out, false);
				out.force(false);
				return d;
			}
		}
	}

	/** NB: tag files and crate metadata are small; they are read a second time to be parsed. */
	private static byte[] read(final PackageReader in, final String entry) throws IOException {
		try (InputStream is = in.open(entry)) {
			return is.readAllBytes();
		}
	}
}
