package org.tessera.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.export.ExportFixture;
import org.tessera.export.InvenioTestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code tessera export --to zenodo:URL} in its own process against the local InvenioRDM test server, the
 * token in {@code $TESSERA_ZENODO_TOKEN}: the deposit is published, and the token appears neither on stdout,
 * nor on stderr, nor in the catalogue's lineage.
 */
class ZenodoCommandTest {

	private static final String TOKEN = "s3cr3t-t0ken-" + Long.toHexString(System.nanoTime());

	@Test
	void depositsWithTheTokenFromTheEnvironmentAndNeverPrintsIt(@TempDir final Path tmp) throws Exception {
		final ExportFixture f = ExportFixture.create(tmp, 1);
		try (InvenioTestServer server = new InvenioTestServer(TOKEN)) {
			final List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Tessera.class.getName(),
				"export", "--catalog", f.catalog().toString(), "--to", "zenodo:" + server.url(), "--publish", "--json"));
			cmd.addAll(f.ids());
			final ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile())
				.redirectError(tmp.resolve("err.txt").toFile());
			pb.environment().put("TESSERA_ZENODO_TOKEN", TOKEN);
			final Process p = pb.start();
			assertTrue(p.waitFor(120, TimeUnit.SECONDS), "export finished");
			final String out = Files.readString(tmp.resolve("out.txt")), err = Files.readString(tmp.resolve("err.txt"));
			assertEquals(0, p.exitValue(), err);
			assertEquals(List.of(), server.problems);
			assertTrue(server.published);
			assertTrue(out.contains("\"published\":\"true\""), out);
			assertFalse(out.contains(TOKEN) || err.contains(TOKEN), "token printed");
			final CliTest.Run lineage = CliTest.run("lineage", "--catalog", f.catalog().toString(), f.ids().get(0),
				"--derived", "--json");
			assertEquals(0, lineage.code(), lineage.err());
			assertTrue(lineage.out().contains("tessera:export"), lineage.out());
			assertFalse(lineage.out().contains(TOKEN), "token in lineage");
		}
	}
}
