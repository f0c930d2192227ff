package org.tessera.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.export.ExportFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code tessera export} and {@code tessera import} on the command line: the {@code --json} result of each
 * package kind checked against the package's bytes, an import round trip, a tampered package refused with one
 * line naming the file and the cause, and the export shown by {@code tessera lineage --derived}.
 */
class ExportCommandTest {

	@TempDir
	Path tmp;

	ExportFixture fixture;

	@BeforeEach
	void fixture() throws IOException {
		fixture = ExportFixture.create(tmp, 2);
	}

	/** Runs {@code export --json} of both records to {@code to}; asserts success. */
	private JsonNode export(final String to) throws Exception {
		final List<String> args = new ArrayList<>(List.of("export", "--catalog", fixture.catalog().toString(), "--to", to,
			"--json"));
		args.addAll(fixture.ids());
		final CliTest.Run r = CliTest.run(args.toArray(String[]::new));
		assertEquals(0, r.code(), r.err());
		return r.json();
	}

	@Test
	void everyPackageKindReportsTheChecksumsOfItsFiles() throws Exception {
		for (final String kind : List.of("rocrate:crate", "rocrate:crate.zip", "bagit:bag", "ocfl:ocfl")) {
			final Path target = tmp.resolve("out").resolve(kind.substring(kind.indexOf(':') + 1));
			final JsonNode j = export(kind.substring(0, kind.indexOf(':') + 1) + target);
			assertEquals(target.toString(), j.get("target").asText(), kind);
			assertEquals(j.get("checksums").size(), j.get("files").asInt(), kind);
			assertTrue(j.get("checksums").has(kind.startsWith("bagit") ? "data/lineage.prov.json" : "lineage.prov.json"));
			for (final var it = j.get("checksums").fields(); it.hasNext();) {
				final var e = it.next();
				assertEquals(e.getValue().asText(), "sha256:" + sha256(bytes(target, j, e.getKey())), kind + " " + e.getKey());
			}
		}
	}

	@Test
	void importRoundTripAndTamperedPackages() throws Exception {
		final Path bag = tmp.resolve("bag");
		final int files = export("bagit:" + bag).get("files").asInt();
		final CliTest.Run in = CliTest.run("import", bag.toString(), "--to", tmp.resolve("in").toString(), "--json");
		assertEquals(0, in.code(), in.err());
		assertEquals("bagit", in.json().get("kind").asText());
		assertEquals(files, in.json().get("files").asInt());
		assertArrayEquals(Files.readAllBytes(bag.resolve("manifest-sha256.txt")), Files.readAllBytes(tmp.resolve(
			"in/manifest-sha256.txt")));
		final String rel = "data/lineage.prov.json";
		Files.writeString(bag.resolve(rel), "tampered");
		final CliTest.Run bad = CliTest.run("import", bag.toString(), "--to", tmp.resolve("in2").toString(), "--json");
		assertNotEquals(0, bad.code());
		assertEquals("", bad.out());
		assertTrue(bad.err().startsWith("tessera import: " + bag + ": " + rel + ": checksum mismatch"), bad.err());
		assertEquals(1, bad.err().strip().lines().count(), "one line, no stack trace: " + bad.err());
		assertFalse(Files.exists(tmp.resolve("in2")));
	}

	@Test
	void theExportIsInTheLineageOfTheExportedRecord() throws Exception {
		final Path crate = tmp.resolve("crate");
		export("rocrate:" + crate);
		final CliTest.Run r = CliTest.run("lineage", "--catalog", fixture.catalog().toString(), fixture.ids().get(1),
			"--derived", "--json");
		assertEquals(0, r.code(), r.err());
		final List<String> types = new ArrayList<>();
		r.json().get("activity").forEach(a -> types.add(a.get("prov:type").asText()));
		assertEquals(List.of("tessera:export"), types);
		final JsonNode export = r.json().get("activity").elements().next();
		assertEquals("rocrate", export.get("param:target-type").asText());
		assertTrue(r.json().get("entity").has("sha256:" + sha256(Files.readAllBytes(crate.resolve(
			"ro-crate-metadata.json")))), r.out());
	}

	// -- Reading packages --

	/** A file's bytes in a directory, zip or OCFL storage root (the head version's content). */
	static byte[] bytes(final Path target, final JsonNode j, final String path) throws IOException {
		if (Files.isRegularFile(target)) {
			try (ZipFile z = new ZipFile(target.toFile())) {
				return z.getInputStream(z.getEntry(path)).readAllBytes();
			}
		}
		if (!j.has("object")) return Files.readAllBytes(target.resolve(path));
		// NB: OCFL stores each content once: the head version's state maps the path to a digest, the manifest
		// maps that digest to a content path in the object.
		final Path inventory;
		try (Stream<Path> s = Files.walk(target)) {
			inventory = s.filter(p -> p.getFileName().toString().equals("inventory.json") && p.getParent().resolve(
				"0=ocfl_object_1.1").toFile().exists()).findFirst().orElseThrow();
		}
		final JsonNode inv = new com.fasterxml.jackson.databind.ObjectMapper().readTree(inventory.toFile());
		final JsonNode state = inv.at("/versions/" + inv.get("head").asText() + "/state");
		for (final var it = state.fields(); it.hasNext();) {
			final var e = it.next();
			for (final JsonNode logical : e.getValue()) {
				if (logical.asText().equals(path)) return Files.readAllBytes(inventory.getParent().resolve(inv.at("/manifest/"
					+ e.getKey() + "/0").asText()));
			}
		}
		throw new AssertionError(path + " not in " + inventory);
	}

	static String sha256(final byte[] b) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
	}
}
