package org.tessera.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.cli.Tessera;
import org.tessera.sample.TinyDatasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Kills {@code tessera index} in a child JVM right after its first commit, then checks the catalogue
 * opens with only complete, searchable documents, and a second run completes the rest without duplicates.
 */
class IndexKillTest {

	static final int N = 300;

	@TempDir
	Path tmp;

	@Test
	void killedRunLeavesTheLastCommitAndTheNextRunResumes() throws Exception {
		final Path data = tmp.resolve("data"), cat = tmp.resolve("cat"), err = tmp.resolve("stderr.txt");
		TinyDatasets.write(data, N);
		final List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
			"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Tessera.class.getName(),
			"index", data.toString(), "--catalog", cat.toString(), "--commit-every", "10", "--threads", "1", "--json"));
		final Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile())
			.start();
		final long deadline = System.currentTimeMillis() + 60_000;
		while (p.isAlive() && !(Files.exists(err) && Files.readString(err).contains("committed"))
			&& System.currentTimeMillis() < deadline) Thread.sleep(5);
		final boolean killedMidway = p.isAlive();
		p.destroyForcibly();
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		assumeTrue(killedMidway, "the child finished before the kill: " + Files.readString(err));
		final int committed;
		try (Catalog c = Catalog.open(cat)) {
			committed = c.size();
			assertTrue(committed >= 10 && committed < N, "committed " + committed);
			assertEquals(List.of(), c.warnings());
			final SearchResult all = c.search(new SearchRequest("*", N, 0, "id", false));
			assertEquals(committed, all.total());
			for (final SearchResult.Hit h : all.hits()) {
				assertEquals(h.path(), c.record(h.id()).orElseThrow().location(), "record stored whole");
				assertTrue(c.thumbnail(h.id()).isPresent());
				assertEquals(1, c.search(SearchRequest.of("path:\"" + h.path() + "\"", 2)).total());
			}
		}
		final IngestReport r = CatalogIngestTest.index(cat, CatalogIngestTest.options(true, false), data);
		assertEquals(N, r.indexed() + r.skipped());
		assertTrue(r.skipped() >= committed, r.toString());
		try (Catalog c = Catalog.open(cat)) {
			assertEquals(N, c.size());
			final Set<String> paths = new HashSet<>();
			c.search(new SearchRequest("*", N, 0, "id", false)).hits().forEach(h -> paths.add(h.path()));
			assertEquals(N, paths.size(), "no duplicates");
		}
	}
}
