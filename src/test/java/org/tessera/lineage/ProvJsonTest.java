package org.tessera.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PROV-JSON structure: the sections of the W3C submission, every relation refers to a declared
 * entity, activity or agent of the right section, and every qualified name has a declared prefix.
 */
class ProvJsonTest {

	/** Each relation's attributes and the section each must be declared in. */
	private static final Map<String, Map<String, String>> RELATIONS = Map.of(
		"used", Map.of("prov:activity", "activity", "prov:entity", "entity"),
		"wasGeneratedBy", Map.of("prov:activity", "activity", "prov:entity", "entity"),
		"wasAssociatedWith", Map.of("prov:activity", "activity", "prov:agent", "agent"),
		"wasDerivedFrom", Map.of("prov:generatedEntity", "entity", "prov:usedEntity", "entity", "prov:activity", "activity"),
		"actedOnBehalfOf", Map.of("prov:delegate", "agent", "prov:responsible", "agent", "prov:activity", "activity"));

	private static JsonNode chain() throws IOException {
		final LineageGraph g = new LineageGraph();
		new Chain(g);
		// NB: through text, as a consumer reads it.
		return new ObjectMapper().readTree(ProvJson.of(g.activities()).toString());
	}

	@Test
	void everyRelationReferencesDeclaredIds() throws IOException {
		final JsonNode prov = chain();
		int checked = 0;
		for (final Map.Entry<String, Map<String, String>> rel : RELATIONS.entrySet()) {
			assertTrue(prov.has(rel.getKey()), "has " + rel.getKey());
			for (final JsonNode r : prov.get(rel.getKey())) {
				for (final Map.Entry<String, String> attr : rel.getValue().entrySet()) {
					final String ref = r.get(attr.getKey()).asText();
					assertTrue(prov.get(attr.getValue()).has(ref), rel.getKey() + "." + attr.getKey() + " " + ref + " declared");
					checked++;
				}
			}
		}
		// 5 used, 5 generated, 4 associated, 7 derived (extract 2x1, reduce 2x2, index 1x1), 4 on behalf
		assertEquals(5 * 2 + 5 * 2 + 4 * 2 + 7 * 3 + 4 * 3, checked);
	}

	@Test
	void sectionsHoldTheChainsNodes() throws IOException {
		final JsonNode prov = chain();
		assertEquals(7, prov.get("entity").size());
		assertEquals(4, prov.get("activity").size());
		final JsonNode reduce = find(prov.get("activity"), "tessera:reduce");
		assertEquals("E", reduce.get("param:sum").asText());
		assertEquals("completed", reduce.get("tessera:status").asText());
		assertEquals("tessera:file", prov.get("entity").get(Chain.FILE).get("prov:type").asText());
		assertTrue(prov.get("entity").has("tessera:" + Chain.RECORD), "record id under tessera:");
		assertEquals("prov:Person", prov.get("agent").get("orcid:0000-0002-1825-0097").get("prov:type").asText());
		assertEquals("prov:Person", prov.get("agent").get("tessera:person/other").get("prov:type").asText());
		final long software = count(prov.get("agent"), "prov:SoftwareAgent");
		assertEquals(3, software, "one agent per distinct component set (reader, model, none)");
	}

	@Test
	void everyQualifiedNameHasADeclaredPrefix() throws IOException {
		final JsonNode prov = chain();
		final Set<String> declared = new HashSet<>(List.of("prov", "_"));
		prov.get("prefix").fieldNames().forEachRemaining(declared::add);
		for (final String section : List.of("entity", "activity", "agent")) {
			prov.get(section).fieldNames().forEachRemaining(id -> assertTrue(declared.contains(id.substring(0,
				id.indexOf(':'))), id));
			for (final JsonNode n : prov.get(section)) {
				n.fieldNames().forEachRemaining(k -> assertTrue(declared.contains(k.substring(0, k.indexOf(':'))), k));
			}
		}
	}

	private static JsonNode find(final JsonNode section, final String type) {
		for (final JsonNode n : section) if (n.get("prov:type").asText().equals(type)) return n;
		throw new AssertionError("no " + type + " in " + section);
	}

	private static long count(final JsonNode section, final String type) {
		long n = 0;
		for (final JsonNode x : section) if (x.get("prov:type").asText().equals(type)) n++;
		return n;
	}
}
