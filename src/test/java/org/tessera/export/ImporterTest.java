package org.tessera.export;

import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Import: round trips of bags and crates, and each kind of bad package refused with a clear message. */
class ImporterTest {

	@TempDir
	Path tmp;

	private ExportFixture fixture;
	private final Importer importer = new Importer(ImportLimits.DEFAULT);

	@BeforeEach
	void fixture() throws IOException {
		fixture = ExportFixture.create(tmp, 2);
	}

	private Path export(final String name, final String target) throws IOException {
		Exporters.byName(name).export(fixture.set(2), tmp.resolve(target).toString(), ExportOptions.defaults(),
			ExportListener.NONE);
		return tmp.resolve(target);
	}

	@Test
	void bagAndCrateZipRoundTrip() throws IOException {
		final Path bag = export("bagit", "bag");
		final Importer.Result r = importer.run(bag, tmp.resolve("in/bag"));
		assertEquals(List.of("bagit", tmp.resolve("in/bag").toString()), List.of(r.kind(), r.target()));
		assertEquals(tree(bag), tree(tmp.resolve("in/bag")));
		// NB: data files, 2 record JSONs, lineage.prov.json and ro-crate-metadata.json
		final int payload = fixture.set(2).files().size() + 2 + 1 + 1;
		assertEquals(payload + 3 + payload - 1, r.verified(), "payload + tag manifests + crate File entities");
		final Importer.Result z = importer.run(export("rocrate", "crate.zip"), tmp.resolve("in/crate"));
		assertEquals("rocrate", z.kind());
		assertEquals(payload, z.files());
		assertEquals(tree(tmp.resolve("in/bag/data")), tree(tmp.resolve("in/crate")));
		assertEquals(payload - 1, importer.run(tmp.resolve("in/crate"), null).verified(), "verify only");
	}

	@Test
	void tamperedFilesAreRefusedAndNothingIsWritten() throws IOException {
		final Path bag = export("bagit", "bag");
		final String rel = "data/" + fixture.set(2).files().get(0).path();
		Files.writeString(bag.resolve(rel), "tampered");
		final ExportException e = assertThrows(ExportException.class, () -> importer.run(bag, tmp.resolve("in")));
		assertTrue(e.getMessage().startsWith(bag + ": " + rel + ": checksum mismatch (declared sha256 "), e.getMessage());
		assertFalse(Files.exists(tmp.resolve("in")));
		final Path crate = export("rocrate", "crate");
		Files.writeString(crate.resolve(rel.substring(5)), "tampered");
		assertTrue(assertThrows(ExportException.class, () -> importer.run(crate, null)).getMessage().contains(
			": checksum mismatch"));
		Files.delete(bag.resolve(rel));
		assertEquals(bag + ": " + rel + ": listed with a checksum but missing", assertThrows(ExportException.class,
			() -> importer.run(bag, null)).getMessage());
	}

	@Test
	void aZippedBagIsImportedFromItsBaseFolder() throws IOException {
		final Path bag = export("bagit", "bag"), zip = tmp.resolve("bag.zip");
		final List<String> files;
		try (Stream<Path> s = Files.walk(bag)) {
			files = s.filter(Files::isRegularFile).map(p -> bag.relativize(p).toString()).sorted().toList();
		}
		try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(zip)) {
			for (final String f : files) {
				z.putArchiveEntry(new ZipArchiveEntry("mybag/" + f));
				z.write(Files.readAllBytes(bag.resolve(f)));
				z.closeArchiveEntry();
			}
		}
		final Importer.Result r = importer.run(zip, tmp.resolve("imported"));
		assertEquals(List.of("bagit", files.size()), List.of(r.kind(), r.files()));
		assertEquals(tree(bag), tree(tmp.resolve("imported")));
		assertArrayEquals(Files.readAllBytes(bag.resolve("manifest-sha256.txt")), Files.readAllBytes(tmp.resolve(
			"imported/manifest-sha256.txt")));
		assertRefused(zip("beside.zip", "mybag/bagit.txt", "readme.txt"), "readme.txt: outside the bag's base directory "
			+ "mybag/ (RFC 8493 §4: a serialized bag has one top-level folder)");
	}

	@Test
	void traversalAbsolutePathsAndLinksInZipsAreRefused() throws IOException {
		assertRefused(zip("traversal.zip", "../evil.txt"), "../evil.txt: path traversal (..)");
		assertRefused(zip("deep.zip", "data/../../evil.txt"), "data/../../evil.txt: path traversal (..)");
		assertRefused(zip("absolute.zip", "/etc/evil.txt"), "/etc/evil.txt: absolute path");
		final Path link = tmp.resolve("link.zip");
		try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(link)) {
			final ZipArchiveEntry e = new ZipArchiveEntry("data/passwd");
			e.setUnixMode(UnixStat.LINK_FLAG | 0777);
			z.putArchiveEntry(e);
			z.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
			z.closeArchiveEntry();
		}
		assertRefused(link, "data/passwd: symbolic link in a zip package");
		assertFalse(Files.exists(tmp.resolve("evil.txt")));
	}

	@Test
	void linksOutOfADirectoryPackageAreRefused() throws IOException {
		final Path crate = export("rocrate", "crate");
		final Path outside = Files.writeString(tmp.resolve("secret.txt"), "secret");
		Files.createSymbolicLink(crate.resolve("data/escape"), outside);
		final ExportException e = assertThrows(ExportException.class, () -> importer.run(crate, tmp.resolve("in")));
		assertEquals(crate.toRealPath() + ": data/escape: link points outside the package (to " + outside.toRealPath()
			+ ")", e.getMessage());
	}

	@Test
	void zipBombsAreRefused() throws IOException {
		final Path bomb = tmp.resolve("bomb.zip");
		try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bomb)) {
			z.putArchiveEntry(new ZipArchiveEntry("data/zeros.bin"));
			final byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 64; i++) z.write(zeros);
			z.closeArchiveEntry();
		}
		assertRefused(bomb, "data/zeros.bin: compression ratio above 100 (zip bomb?)");
		final Importer small = new Importer(new ImportLimits(2, 1 << 30, 100));
		final Path many = zip("many.zip", "a", "b", "c");
		assertEquals(many + ": c: more than 2 entries (zip bomb?)", assertThrows(ExportException.class, () -> small.run(
			many, tmp.resolve("in"))).getMessage());
		final Importer tiny = new Importer(new ImportLimits(10, 10, 100));
		assertEquals(many + ": b: more than 10 bytes uncompressed in all (zip bomb?)", assertThrows(ExportException.class,
			() -> tiny.run(many, null)).getMessage());
		assertFalse(Files.exists(tmp.resolve("in")));
	}

	// -- Helpers --

	private void assertRefused(final Path zip, final String cause) {
		final ExportException e = assertThrows(ExportException.class, () -> importer.run(zip, tmp.resolve("in")));
		assertEquals(zip + ": " + cause, e.getMessage());
		assertFalse(Files.exists(tmp.resolve("in")));
	}

	private Path zip(final String name, final String... entries) throws IOException {
		final Path p = tmp.resolve(name);
		try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(p)) {
			for (final String e : entries) {
				z.putArchiveEntry(new ZipArchiveEntry(e));
				z.write("evil!!".getBytes(StandardCharsets.UTF_8));
				z.closeArchiveEntry();
			}
		}
		return p;
	}

	private static List<String> tree(final Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).map(p -> dir.relativize(p) + " " + size(p)).sorted().toList();
		}
	}

	private static long size(final Path p) {
		try {
			return Files.size(p);
		}
		catch (final IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
