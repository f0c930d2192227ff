package org.tessera.export;

import io.ocfl.api.OcflRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.cli.Tessera;
import org.tessera.export.ocfl.OcflRepositories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Kills {@code tessera export} in a child JVM midway (destroyForcibly after it wrote two files, slowed by the
 * {@code tessera.test.exportPauseMillis} hook): the previous package (or OCFL version) is untouched, nothing
 * new appears at the target, and the next run completes cleanly.
 */
class ExportKillTest {

	@TempDir
	Path tmp;

	@Test
	void killedCrateExportLeavesThePreviousTargetAndTheRerunCompletes() throws Exception {
		final ExportFixture f = ExportFixture.create(tmp, 3);
		final Path target = tmp.resolve("out/crate");
		Exporters.byName("rocrate").export(f.set(1), target.toString(), ExportOptions.defaults(), ExportListener.NONE);
		final List<String> before = listing(target);
		killMidway(f, "rocrate:" + target);
		assertEquals(before, listing(target), "previous package untouched");
		final ExportResult r = Exporters.byName("rocrate").export(f.set(3), target.toString(), ExportOptions.defaults(),
			ExportListener.NONE);
		assertEquals(r.files(), listing(target).size());
		assertEquals(List.of(".crate.lock", "crate"), names(target.getParent()), "stale partial cleaned");
		RoCrateExporterTest.checkCrate(target, f.set(3));
	}

	@Test
	void killedOcflExportKeepsVersionOneAndTheRerunAddsVersionTwo() throws Exception {
		final ExportFixture f = ExportFixture.create(tmp, 3);
		final Path root = tmp.resolve("out/ocfl");
		final ExportOptions opts = new ExportOptions(java.util.Map.of(ExportOptions.OBJECT_ID, "urn:test:kill"), java.util
			.Map.of());
		Exporters.byName("ocfl").export(f.set(1), root.toString(), opts, ExportListener.NONE);
		killMidway(f, "ocfl:" + root, "--object-id", "urn:test:kill");
		try (Repo repo = new Repo(root)) {
			assertEquals("v1", repo.r.describeObject("urn:test:kill").getHeadVersionNum().toString());
			assertFalse(repo.r.validateObject("urn:test:kill", true).hasErrors());
		}
		final ExportResult r = Exporters.byName("ocfl").export(f.set(3), root.toString(), opts, ExportListener.NONE);
		assertEquals("v2", r.details().get("version"));
	}

	// -- Helpers --

	@Test
	void aSecondExportToTheSameTargetFailsFastAndLeavesTheFirstOnesPartial() throws Exception {
		final ExportFixture f = ExportFixture.create(tmp, 3);
		final Path target = tmp.resolve("out/crate");
		final Process p = midway(f, "rocrate:" + target);
		try {
			final ExportException e = assertThrows(ExportException.class, () -> Exporters.byName("rocrate").export(f.set(1),
				target.toString(), ExportOptions.defaults(), ExportListener.NONE));
			assertEquals(target + ": another export is writing to this target (locked: .crate.lock); try again when it has "
				+ "finished", e.getMessage());
			assertTrue(names(target.getParent()).stream().anyMatch(n -> n.startsWith(".crate.partial-")), "first one's partial");
			assertTrue(p.isAlive());
		}
		finally {
			p.destroyForcibly();
			assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		}
	}

	private void killMidway(final ExportFixture f, final String to, final String... extra) throws Exception {
		final Process p = midway(f, to, extra);
		p.destroyForcibly();
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
	}

	/** A child export that has written two files and is still running (else the test is skipped). */
	private Process midway(final ExportFixture f, final String to, final String... extra) throws Exception {
		final Path err = tmp.resolve("stderr.txt");
		final List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
			"--enable-native-access=ALL-UNNAMED", "-Dtessera.test.exportPauseMillis=300", "-cp", System.getProperty(
				"java.class.path"), Tessera.class.getName(), "export", "--catalog", f.catalog().toString(), "--to", to,
			"--json"));
		cmd.addAll(List.of(extra));
		cmd.addAll(f.ids());
		final Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt")
			.toFile()).start();
		final long deadline = System.currentTimeMillis() + 60_000;
		while (p.isAlive() && wrote(err) < 2 && System.currentTimeMillis() < deadline) Thread.sleep(5);
		if (!p.isAlive()) assumeTrue(false, "the child finished too early: " + Files.readString(err));
		return p;
	}

	private static long wrote(final Path err) throws IOException {
		return Files.exists(err) ? Files.readAllLines(err).stream().filter(l -> l.contains("wrote")).count() : 0;
	}

	private static List<String> listing(final Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
		}
	}

	private static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private record Repo(OcflRepository r) implements AutoCloseable {

		Repo(final Path root) throws IOException {
			this(OcflRepositories.open(root, root.resolveSibling("." + root.getFileName() + ".ocfl-work")));
		}

		@Override
		public void close() {
			r.close();
		}
	}
}
