package org.tessera.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A serialized bag (RFC 8493 §4: the zip's one top-level folder is the bag's base directory, e.g.
 * {@code mybag/bagit.txt}): entries are seen relative to that folder, so the bag is verified and imported
 * as if it were a directory. A zip holding {@code bagit.txt} or {@code ro-crate-metadata.json} at its top is
 * read as it is.
 */
final class SerializedBag implements PackageReader {

	private final PackageReader zip;
	private final String base;
	private final List<String> entries;

	private SerializedBag(final PackageReader zip, final String base, final List<String> entries) {
		this.zip = zip;
		this.base = base;
		this.entries = entries;
	}

	/** {@code zip} seen from its bag's base directory, or {@code zip} itself when it holds no serialized bag. */
	static PackageReader of(final PackageReader zip, final java.nio.file.Path pkg) throws IOException {
		final List<String> all = zip.entries();
		if (all.contains("bagit.txt") || all.contains("ro-crate-metadata.json") || all.isEmpty()) return zip;
		final String first = all.get(0), base = first.substring(0, first.indexOf('/') + 1);
		if (base.isEmpty() || !all.contains(base + "bagit.txt")) return zip;
		// NB: §4 wants the base directory to be the only top-level entry; anything beside it is refused.
		for (final String e : all) {
			if (!e.startsWith(base)) throw new ExportException(pkg + ": " + e + ": outside the bag's base directory " + base
				+ " (RFC 8493 §4: a serialized bag has one top-level folder)");
		}
		return new SerializedBag(zip, base, all.stream().map(e -> e.substring(base.length())).toList());
	}

	@Override
	public List<String> entries() {
		return entries;
	}

	@Override
	public InputStream open(final String entry) throws IOException {
		return zip.open(base + entry);
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}
}
