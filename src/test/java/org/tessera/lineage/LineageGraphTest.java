package org.tessera.lineage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The in-memory graph answers both directions transitively, and by component. */
class LineageGraphTest {

	private static List<String> types(final List<Activity> as) {
		return as.stream().map(Activity::type).toList();
	}

	@Test
	void upstreamAndDownstreamFollowTheChain() throws IOException {
		final LineageGraph g = new LineageGraph();
		new Chain(g);
		assertEquals(List.of("index", "reduce", "extract"), types(g.producersOf(Chain.COMMIT)));
		assertEquals(List.of("reduce", "extract"), types(g.producersOf(Chain.RESULT_ARRAY)));
		assertEquals(List.of(), g.producersOf(Chain.FILE));
		assertEquals(List.of("extract", "reduce", "index"), types(g.derivedFrom(Chain.FILE)));
		assertEquals(List.of("reduce", "index"), types(g.derivedFrom(Chain.ARRAY)));
		assertEquals(List.of(), g.derivedFrom(Chain.COMMIT));
		assertEquals(List.of("open"), types(g.derivedFrom(Chain.OTHER)));
	}

	@Test
	void byComponentFindsTheModelsActivities() throws IOException {
		final LineageGraph g = new LineageGraph();
		final Chain c = new Chain(g);
		assertEquals(List.of(c.reduce), g.byComponent("model.sha256", Chain.MODEL));
		assertEquals(List.of(), g.byComponent("model.sha256", "0".repeat(64)));
		assertEquals(c.index, g.activity(c.index.id()).orElseThrow());
	}

	@Test
	void recorderRecordsFailuresAndFinishesOnce() throws IOException {
		final LineageGraph g = new LineageGraph();
		final Chain c = new Chain(g);
		assertEquals(Activity.FAILED, c.unrelated.status());
		assertEquals("line one\nline \"two\"", c.unrelated.parameters().get(Recorder.ERROR));
		assertEquals(Activity.COMPLETED, c.reduce.status());
		assertEquals("E", c.reduce.parameters().get("sum"));
		assertEquals(4, g.activities().size());
		final Recorder r = Recorder.start("open", g);
		r.finish();
		final IllegalStateException e = assertThrows(IllegalStateException.class, r::finish);
		assertEquals("activity " + r.id() + " was already completed", e.getMessage());
	}
}
