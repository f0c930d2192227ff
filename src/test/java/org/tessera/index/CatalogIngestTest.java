package org.tessera.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestData;
import org.tessera.sample.SampleCollection;
import org.tessera.sample.TinyDatasets;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Ingest of real files and generated collections into an on-disk catalogue: incremental runs and bad files. */
class CatalogIngestTest {

	@TempDir
	Path tmp;

	static IngestReport index(final Path catalog, final Indexer.Options o, final Path... paths) throws IOException {
		try (CatalogWriter w = CatalogWriter.open(catalog)) {
			return new Indexer(w, o, new Indexer.Listener() {}).run(List.of(paths));
		}
	}

	static Indexer.Options options(final boolean hash, final boolean prune) {
		return new Indexer.Options(hash, prune, 5, 10_000, 2);
	}

	@Test
	void realFilesAreIndexedWithThumbnails() throws IOException {
		final Path real = TestData.real("dm").getParent();
		final IngestReport r = index(tmp.resolve("cat"), options(true, false), real);
		assertEquals(List.of(), r.failed());
		assertTrue(r.indexed() >= 10, "indexed " + r.indexed());
		try (Catalog c = Catalog.open(tmp.resolve("cat"))) {
			assertTrue(c.search(SearchRequest.of("format:emd-velox AND HAADF", 5)).total() > 0);
			assertTrue(c.search(SearchRequest.of("format:dm AND EELS", 5)).total() > 0);
			// NB: each of the 3 DM files holds an RGB thumbnail (image0) and one image: only the image is a hit.
			assertEquals(3, c.search(SearchRequest.of("format:dm", 10)).total());
			assertEquals(0, c.search(SearchRequest.of("format:dm AND array:image0", 10)).total());
			final SearchResult.Hit h = c.search(SearchRequest.of("format:zarr", 1)).hits().get(0);
			final BufferedImage png = ImageIO.read(new ByteArrayInputStream(c.thumbnail(h.id()).orElseThrow()));
			assertNotNull(png, "thumbnail decodes as PNG");
			assertTrue(Math.max(png.getWidth(), png.getHeight()) <= Thumbnails.SIZE);
			assertEquals(h.id().substring(0, 64), c.record(h.id()).orElseThrow().checksums().arraySha256());
		}
	}

	@Test
	void secondRunSkipsTouchedFilesReindexAndPruneRemoves() throws IOException {
		final Path data = tmp.resolve("data"), cat = tmp.resolve("cat");
		final List<Path> sets = SampleCollection.generate(data.resolve("sample"));
		TinyDatasets.write(data.resolve("tiny"), 6);
		final int n = sets.size() + 6;
		assertEquals(new IngestReport(n, 0, 0, List.of()), index(cat, options(true, false), data));
		assertEquals(new IngestReport(0, n, 0, List.of()), index(cat, options(true, false), data));
		final Path tiny0 = data.resolve("tiny/tiny-00000.n5/data/0/0");
		Files.setLastModifiedTime(tiny0, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		assertEquals(new IngestReport(0, n, 0, List.of()), index(cat, options(true, false), data), "same content hash");
		Files.setLastModifiedTime(tiny0, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
		assertEquals(new IngestReport(1, n - 1, 0, List.of()), index(cat, options(false, false), data), "no hash: re-read");
		TinyDatasets.write(data.resolve("tiny/tiny-00001.n5"), 1, 1);
		assertEquals(new IngestReport(1, n - 1, 0, List.of()), index(cat, options(true, false), data), "new pixels");
		SampleCollectionFiles.delete(data.resolve("tiny/tiny-00002.n5"));
		assertEquals(new IngestReport(0, n - 1, 0, List.of()), index(cat, options(true, false), data), "kept without prune");
		assertEquals(new IngestReport(0, n - 1, 1, List.of()), index(cat, options(true, true), data));
		try (Catalog c = Catalog.open(cat)) {
			assertEquals(0, c.search(SearchRequest.of("path:\"" + data.resolve("tiny/tiny-00002.n5") + "\"", 5)).total());
			assertEquals(1, c.search(SearchRequest.of("path:\"" + data.resolve("tiny/tiny-00001.n5") + "\"", 5)).total());
			final long docs = c.search(SearchRequest.of("*", 0)).total();
			assertEquals(docs, c.size(), "no duplicates after updates");
		}
	}

	@Test
	void corruptFilesAreListedAndTheRestIndexed() throws IOException {
		final Path data = tmp.resolve("data");
		TinyDatasets.write(data, 3);
		Files.write(data.resolve("broken.h5"), new byte[] { 1, 2, 3, 4 });
		final byte[] dm = Files.readAllBytes(TestData.real("dm/EELS_SI.dm4"));
		Files.write(data.resolve("truncated.dm4"), java.util.Arrays.copyOf(dm, dm.length / 3));
		Files.writeString(data.resolve("notes.txt"), "not a dataset");
		final IngestReport r = index(tmp.resolve("cat"), options(true, false), data);
		assertEquals(3, r.indexed());
		assertEquals(List.of(data.resolve("broken.h5").toString(), data.resolve("truncated.dm4").toString()),
			r.failed().stream().map(IngestReport.Failure::path).toList());
		for (final IngestReport.Failure f : r.failed()) assertTrue(f.error().contains(f.path()), f.error());
		assertTrue(r.failed().get(0).error().contains("not a dataset in any known format"), r.failed().get(0).error());
	}
}
