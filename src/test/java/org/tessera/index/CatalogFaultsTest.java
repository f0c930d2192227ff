package org.tessera.index;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.sample.SampleRecords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A damaged newest commit falls back to the last good one; unknown schemas and missing catalogues are refused. */
class CatalogFaultsTest {

	@TempDir
	Path dir;

	private static void add(final CatalogWriter w, final int from, final int to) throws IOException {
		for (int i = from; i < to; i++) {
			w.replace("/s/" + i, List.of(RecordDocuments.of(SampleRecords.record(i), new FileStamp("/s/" + i, 1, 1), null)));
		}
		w.commit();
	}

	@Test
	void damagedNewestCommitFallsBackToTheLastGoodOne() throws IOException {
		try (CatalogWriter w = CatalogWriter.open(dir)) {
			add(w, 0, 10);
			add(w, 10, 25);
		}
		final List<String> segments = Commits.segmentsFiles(FSDirectory.open(dir));
		assertEquals(2, segments.size(), "two commits kept: " + segments);
		final Path newest = dir.resolve(segments.get(0));
		final byte[] b = Files.readAllBytes(newest);
		for (int i = b.length / 2; i < b.length; i++) b[i] ^= 0x5a;
		Files.write(newest, b);
		try (Catalog c = Catalog.open(dir)) {
			assertEquals(10, c.size(), "the previous commit");
			assertTrue(c.warnings().get(0).contains(segments.get(0) + " is damaged"), c.warnings().toString());
			assertTrue(c.warnings().get(1).contains("using the last good commit " + segments.get(1)), c.warnings().toString());
		}
		try (CatalogWriter w = CatalogWriter.open(dir)) {
			assertTrue(w.warnings().get(0).contains("is damaged"), w.warnings().toString());
			add(w, 10, 12);
		}
		try (Catalog c = Catalog.open(dir)) {
			assertEquals(List.of(), c.warnings());
			assertEquals(12, c.size());
		}
		assertTrue(Files.exists(dir.resolve("damaged-" + segments.get(0))), "kept aside for inspection");
	}

	@Test
	void unknownSchemaAndMissingCatalogueAreRefused() throws IOException {
		final CatalogException none = assertThrows(CatalogException.class, () -> Catalog.open(dir.resolve("nothing")));
		assertEquals(dir.resolve("nothing") + ": no catalogue here (run 'tessera index' first)", none.getMessage());
		try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
			w.addDocument(new Document());
			w.setLiveCommitData(Map.of("schema", "tessera-catalog-0").entrySet());
			w.commit();
		}
		final CatalogException e = assertThrows(CatalogException.class, () -> Catalog.open(dir));
		assertTrue(e.getMessage().startsWith(dir + ": unknown catalogue schema 'tessera-catalog-0' (this Tessera reads "
			+ "'tessera-catalog-1'"), e.getMessage());
		assertThrows(CatalogException.class, () -> CatalogWriter.open(dir));
	}

	@Test
	void pngIsValid() {
		final byte[] png = Png.grey(3, 2, new byte[] { 0, 1, 2, 3, 4, 5 });
		assertEquals(0x89, png[0] & 0xff);
		assertEquals("IHDR", new String(png, 12, 4));
		assertEquals("IEND", new String(png, png.length - 8, 4));
		assertThrows(IllegalArgumentException.class, () -> Png.grey(3, 3, new byte[4]));
	}
}
