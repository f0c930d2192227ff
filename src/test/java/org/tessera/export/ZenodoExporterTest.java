package org.tessera.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.export.zenodo.ZenodoExporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** InvenioRDM deposits against a local server that checks every request; the token never leaks. */
class ZenodoExporterTest {

	static final String TOKEN = "s3cr3t-T0KEN-" + "x".repeat(20);

	@TempDir
	Path tmp;

	private ExportFixture fixture;
	private Path tokenFile;

	@BeforeEach
	void fixture() throws IOException {
		fixture = ExportFixture.create(tmp, 2);
		tokenFile = Files.writeString(tmp.resolve("token.txt"), TOKEN + "\n");
	}

	private ExportResult deposit(final InvenioTestServer s, final boolean publish) throws IOException {
		final ExportOptions o = new ExportOptions(Map.of(ExportOptions.TOKEN_FILE, tokenFile.toString(),
			ExportOptions.PUBLISH, Boolean.toString(publish), ZenodoExporter.WORK_DIR, tmp.toString()), Map.of());
		return Exporters.parse("zenodo:" + s.url()).exporter().export(fixture.set(2), s.url(), o, ExportListener.NONE);
	}

	@Test
	void depositUploadsEveryFileVerifiesChecksumsSetsMetadataAndPublishes() throws IOException {
		try (InvenioTestServer s = new InvenioTestServer(TOKEN)) {
			final ExportResult r = deposit(s, true);
			assertEquals(List.of(), s.problems);
			assertEquals(r.files(), s.md5.size());
			assertTrue(s.md5.containsKey("ro-crate-metadata.json"));
			assertTrue(s.published);
			assertEquals(s.url() + "/records/" + InvenioTestServer.ID, r.target());
			assertEquals("dataset", s.metadata.at("/metadata/resource_type/id").asText());
			assertEquals(s.requests.size(), 2 + 2 * r.files() + 2, s.requests.toString());
			assertNoToken();
		}
	}

	@Test
	void serverChecksumMismatchAndRejectionsAreClearErrors() throws IOException {
		try (InvenioTestServer s = new InvenioTestServer(TOKEN)) {
			s.wrongChecksum = true;
			final ExportException e = assertThrows(ExportException.class, () -> deposit(s, true));
			assertTrue(e.getMessage().contains("/draft/files/") && e.getMessage().contains(
				": checksum mismatch after upload (server md5:" + "0".repeat(32) + ", local md5:"), e.getMessage());
			assertFalse(s.published, "never published after a bad upload");
			s.wrongChecksum = false;
			s.rejectDraft = true;
			assertEquals("POST " + s.url() + "/api/records: HTTP 400: A validation error occurred: title is too long",
				assertThrows(ExportException.class, () -> deposit(s, false)).getMessage());
		}
		try (InvenioTestServer wrong = new InvenioTestServer("another-token")) {
			assertEquals("POST " + wrong.url() + "/api/records: HTTP 403: permission denied", assertThrows(
				ExportException.class, () -> deposit(wrong, false)).getMessage());
		}
		assertNoToken();
	}

	@Test
	void missingTokenIsAClearError() {
		final ExportException e = assertThrows(ExportException.class, () -> Exporters.byName("zenodo").export(fixture.set(
			1), "http://127.0.0.1:9", new ExportOptions(Map.of(), Map.of()), ExportListener.NONE));
		assertEquals("zenodo: no access token: set $TESSERA_ZENODO_TOKEN or pass --token-file FILE", e.getMessage());
	}

	/** No file written under the test folder (staging, crate, catalogue) holds the token, but the token file. */
	private void assertNoToken() throws IOException {
		try (Stream<Path> s = Files.walk(tmp)) {
			for (final Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
				if (p.equals(tokenFile)) continue;
				assertFalse(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains(TOKEN),
					p.toString());
			}
		}
	}
}
