package org.tessera.lineage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored JSON form reads back equal; the agent carries the build's version and commit. */
class ActivityJsonTest {

	@Test
	void roundTripIsEqual() throws IOException {
		final LineageGraph g = new LineageGraph();
		final Chain c = new Chain(g);
		for (final Activity a : g.activities()) assertEquals(a, ActivityJson.read(ActivityJson.write(a)));
		final Activity noPerson = new Activity("urn:uuid:x", "open", c.index.started(), c.index.ended(), "completed",
			c.index.inputs(), c.index.outputs(), Map.of(), c.index.agent(), null);
		assertEquals(noPerson, ActivityJson.read(ActivityJson.write(noPerson)));
	}

	@Test
	void malformedStoredJsonIsNamed() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> ActivityJson.read("{\"id\":\"urn:uuid:x\"}"));
		assertEquals("stored activity has no 'type': {\"id\":\"urn:uuid:x\"}", e.getMessage());
	}

	@Test
	void agentComesFromTheBuild() {
		final SoftwareAgent s = Agents.current(Map.of("reader.zarr", "1"));
		assertEquals("Tessera", s.name());
		assertEquals(System.getProperty("tessera.test.version", "0.1.0-SNAPSHOT"), s.version());
		assertTrue(s.commit().matches("[0-9a-f]{40}") || s.commit().equals(Agents.UNKNOWN), s.commit());
		assertTrue(s.java().startsWith(System.getProperty("java.version")), s.java());
		assertEquals(Map.of("reader.zarr", "1"), s.components());
	}
}
