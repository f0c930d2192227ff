package org.tessera.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.embed.Embedder;
import org.tessera.index.Catalog;
import org.tessera.index.VectorHit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Region search over patch documents, Rocchio refinement and the session's history, on on-disk catalogues. */
class RegionAndRefinementTest {

	static final int SQ_X = 320, SQ_Y = 192, SQ = 64;

	@TempDir
	Path tmp;

	@Test
	void regionQueryFindsThePlantedSquare() throws IOException {
		final Path planted = TestImages.write(tmp.resolve("planted.zarr"), TestImages.planted(512, 512, SQ_X, SQ_Y, SQ, 5));
		TestImages.write(tmp.resolve("noise1.zarr"), TestImages.planted(256, 256, 0, 0, 1, 6));
		TestImages.write(tmp.resolve("noise2.zarr"), TestImages.planted(256, 256, 0, 0, 1, 7));
		SearchFixture.index(tmp.resolve("cat"), SQ, List.of(SearchFixture.EMBEDDER), tmp);
		try (Catalog c = Catalog.open(tmp.resolve("cat")); Embedder e = SearchFixture.embedder()) {
			final SimilaritySearch s = new SimilaritySearch(c, List.of(e), Fusion.SUM);
			final SimilarityHit fromFile = s.search(s.byRegion(planted, null, new Roi(SQ_X + 8, SQ_Y + 8, 48, 48), 5)).get(0);
			assertEquals(planted.toString(), fromFile.path());
			assertTrue(overlapsSquare(fromFile.patch()), fromFile.explain());
			assertTrue(fromFile.explain().contains("; patch "), fromFile.explain());
			final var fresh = TestImages.contrast(TestImages.texture(1, SQ, SQ, 99), 3, 0);
			final SimilarityHit fromPlane = s.search(s.byRegion(fresh, new Roi(0, 0, SQ, SQ), 5)).get(0);
			assertTrue(overlapsSquare(fromPlane.patch()), fromPlane.explain());
		}
	}

	@Test
	void patchHitsRefineWithTheirOwnVectors() throws IOException {
		final Path planted = TestImages.write(tmp.resolve("planted.zarr"), TestImages.planted(512, 512, SQ_X, SQ_Y, SQ, 5));
		SearchFixture.index(tmp.resolve("cat"), SQ, List.of(SearchFixture.EMBEDDER), tmp);
		try (Catalog c = Catalog.open(tmp.resolve("cat")); Embedder e = SearchFixture.embedder()) {
			final SimilaritySearch s = new SimilaritySearch(c, List.of(e), Fusion.SUM);
			final SearchSession session = new SearchSession(s, s.byRegion(planted, null, new Roi(SQ_X, SQ_Y, SQ, SQ), 8));
			final List<SimilarityHit> first = session.hits();
			final SimilarityHit top = first.get(0);
			final float[] tv = c.patchVector(top.id(), top.patch(), SearchFixture.EMBEDDER).orElseThrow();
			final VectorHit again = c.nearest(new org.tessera.index.VectorQuery(SearchFixture.EMBEDDER, tv, 1, null, true)).get(0);
			assertEquals(top.key(), again.key(), "a patch's stored vector finds that patch");
			assertEquals(1.0, again.score(), 1e-5);
			final float[][] pos = new float[4][], neg = new float[4][];
			int p = 0, n = 0;
			for (final SimilarityHit h : first.subList(0, 4)) {
				final boolean in = overlapsSquare(h.patch());
				session.mark(h, in);
				final float[] v = c.patchVector(h.id(), h.patch(), SearchFixture.EMBEDDER).orElseThrow();
				if (in) pos[p++] = v;
				else neg[n++] = v;
			}
			final float[] q = session.current().vectors().get(SearchFixture.EMBEDDER);
			session.refine();
			assertArrayEquals(SearchSession.rocchio(q, mean(pos, p), mean(neg, n)),
				session.current().vectors().get(SearchFixture.EMBEDDER), 1e-5f, "Rocchio over the marked patches' vectors");
			assertTrue(overlapsSquare(session.hits().get(0).patch()), session.hits().get(0).explain());
		}
	}

	@Test
	void refinementRaisesPrecision() throws IOException {
		SearchFixture.textures(tmp.resolve("data"));
		SearchFixture.index(tmp.resolve("cat"), 0, List.of(SearchFixture.EMBEDDER), tmp.resolve("data"));
		double before = 0, after = 0;
		try (Catalog c = Catalog.open(tmp.resolve("cat")); Embedder e = SearchFixture.embedder()) {
			final SimilaritySearch s = new SimilaritySearch(c, List.of(e), Fusion.SUM);
			for (int cls = 0; cls < TestImages.CLASSES; cls++) {
				final SearchSession session = new SearchSession(s, s.byPlane(hardQuery(cls), SearchFixture.PER_CLASS));
				final List<SimilarityHit> first = session.hits();
				for (final SimilarityHit h : first) session.mark(h.id(), SearchFixture.label(h.path()) == cls);
				before += precision(first, cls);
				after += precision(session.refine(), cls);
			}
		}
		System.out.printf("refinement: precision@%d %.3f -> %.3f%n", SearchFixture.PER_CLASS, before / 4, after / 4);
		assertTrue(before < TestImages.CLASSES, "the first queries must leave room to improve");
		assertTrue(after > before, "precision " + before / 4 + " -> " + after / 4);
	}

	@Test
	void historyGoesBackAndForward() throws IOException {
		final List<Path> images = SearchFixture.textures(tmp.resolve("data"));
		SearchFixture.index(tmp.resolve("cat"), 0, List.of(SearchFixture.EMBEDDER), tmp.resolve("data"));
		try (Catalog c = Catalog.open(tmp.resolve("cat")); Embedder e = SearchFixture.embedder()) {
			final SimilaritySearch s = new SimilaritySearch(c, List.of(e), Fusion.SUM);
			final SimilarityQuery q0 = s.byPlane(SearchFixture.plane(0, 5), 4);
			final SearchSession session = new SearchSession(s, q0);
			final String hit = session.hits().get(1).id();
			session.mark(hit, true);
			session.refine();
			final SimilarityQuery q1 = session.current();
			assertEquals(hit, session.searchWith(hit).get(0).id(), "search with this hit finds it first");
			final SimilarityQuery q2 = session.current();
			assertSame(q1, session.back());
			assertSame(q0, session.back());
			assertFalse(session.canGoBack());
			assertThrows(IllegalStateException.class, session::back);
			assertSame(q1, session.forward());
			assertSame(q2, session.forward());
			assertFalse(session.canGoForward());
			session.back();
			session.push(q0.withK(2));
			assertFalse(session.canGoForward(), "a new query drops the forward history");
			assertEquals(2, session.hits().size());
			assertEquals(images.size(), c.size());
		}
	}

	// -- Helper methods --

	/** A query of class {@code cls} blended with the next class, so that the first hits are mixed. */
	private static org.tessera.embed.Plane hardQuery(final int cls) {
		final float[] a = SearchFixture.plane(cls, 31 + cls).data(), b = SearchFixture.plane((cls + 1) % 4, 57).data();
		final float[] v = new float[a.length];
		for (int i = 0; i < v.length; i++) v[i] = i % SearchFixture.SIDE < SearchFixture.SIDE * 0.6 ? a[i] : b[i];
		return new org.tessera.embed.Plane(SearchFixture.SIDE, SearchFixture.SIDE, 1, v);
	}

	/** The mean of the first {@code n} vectors, null for none. */
	private static float[] mean(final float[][] vs, final int n) {
		if (n == 0) return null;
		final float[] m = new float[vs[0].length];
		for (int k = 0; k < n; k++) {
			for (int i = 0; i < m.length; i++) m[i] += vs[k][i] / n;
		}
		return m;
	}

	private static double precision(final List<SimilarityHit> hits, final int cls) {
		return hits.stream().filter(h -> SearchFixture.label(h.path()) == cls).count() / (double) hits.size();
	}

	private static boolean overlapsSquare(final VectorHit.Patch p) {
		return p.x() < SQ_X + SQ && p.x() + p.w() > SQ_X && p.y() < SQ_Y + SQ && p.y() + p.h() > SQ_Y;
	}
}
