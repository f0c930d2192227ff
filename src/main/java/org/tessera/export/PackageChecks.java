package org.tessera.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The checksums a package declares, compared with the digests computed while it was read: a bag's
 * {@code manifest-sha256.txt} and {@code tagmanifest-sha256.txt} (every payload file listed), then the
 * crate's File entities ({@code sha256}, {@code contentSize}).
 */
final class PackageChecks {

	/** Reads one small entry (tag file, crate metadata). */
	interface Bytes {

		byte[] of(String entry) throws IOException;
	}

	private final Path pkg;
	private final Map<String, Digests> files;
	private final Bytes bytes;

	PackageChecks(final Path pkg, final Map<String, Digests> files, final Bytes bytes) {
		this.pkg = pkg;
		this.files = files;
		this.bytes = bytes;
	}

	/** {@code "bagit"} or {@code "rocrate"}. */
	String kind() {
		return files.containsKey("bagit.txt") ? "bagit" : "rocrate";
	}

	/** Verifies everything; returns the number of checksums compared. */
	int run() throws IOException {
		if (files.containsKey("bagit.txt")) {
			final int n = manifest("manifest-sha256.txt", true) + manifest("tagmanifest-sha256.txt", false);
			return n + crate("data/");
		}
		if (files.containsKey("ro-crate-metadata.json")) return crate("");
		throw fail("", "neither a BagIt bag (bagit.txt) nor an RO-Crate (ro-crate-metadata.json)");
	}

	private int manifest(final String name, final boolean payload) throws IOException {
		if (!files.containsKey(name)) throw fail(name, "missing from the bag");
		final java.util.Set<String> listed = new java.util.HashSet<>();
		for (final String line : new String(bytes.of(name), StandardCharsets.UTF_8).split("\n")) {
			if (line.isBlank()) continue;
			final int sp = line.indexOf(' ');
			final String path = URLDecoder.decode(line.substring(sp).strip().replace("+", "%2B"), StandardCharsets.UTF_8);
			expect(path, line.substring(0, sp), -1);
			listed.add(path);
		}
		if (payload) {
			for (final String f : files.keySet()) {
				if (f.startsWith("data/") && !listed.contains(f)) throw fail(f, "payload file not in " + name);
			}
		}
		return listed.size();
	}

	private int crate(final String prefix) throws IOException {
		final String meta = prefix + "ro-crate-metadata.json";
		if (!files.containsKey(meta)) return 0;
		final JsonNode doc = new ObjectMapper().readTree(bytes.of(meta));
		int n = 0;
		for (final JsonNode e : doc.path("@graph")) {
			final String id = e.path("@id").asText();
			if (!e.has("sha256") || id.startsWith("#") || id.contains("://")) continue;
			expect(prefix + id, e.get("sha256").asText(), e.has("contentSize") ? e.get("contentSize").asLong() : -1);
			n++;
		}
		return n;
	}

	private void expect(final String path, final String sha256, final long size) throws ExportException {
		final Digests d = files.get(path);
		if (d == null) throw fail(path, "listed with a checksum but missing");
		if (!d.sha256().equalsIgnoreCase(sha256)) throw fail(path, "checksum mismatch (declared sha256 " + sha256
			+ ", file has " + d.sha256() + "): tampered or damaged");
		if (size >= 0 && size != d.size()) throw fail(path, "size mismatch (declared " + size + ", file has " + d.size()
			+ ")");
	}

	private ExportException fail(final String entry, final String cause) {
		return new ExportException(pkg + (entry.isEmpty() ? "" : ": " + entry) + ": " + cause);
	}
}
