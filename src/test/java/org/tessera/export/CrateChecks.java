package org.tessera.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * JSON-LD checks of an {@code ro-crate-metadata.json} (offline: the RO-Crate 1.2 context cannot be fetched
 * here): the context, every referenced {@code @id} defined in the graph (or an absolute URL), every
 * property and type one of the RO-Crate 1.2 context's terms (a fixed list, each checked against
 * https://w3id.org/ro/crate/1.2/context), and every file's SHA-256 and size equal to the file's bytes.
 */
public final class CrateChecks {

	/** The terms Tessera writes, all defined by the RO-Crate 1.2 context (schema.org or dct:conformsTo). */
	static final Set<String> TERMS = Set.of("about", "actionStatus", "additionalType", "agent", "author",
		"conformsTo", "mainEntity", "programmingLanguage", "url", "ComputationalWorkflow", "SoftwareSourceCode",
		"ComputerLanguage", "contentSize", "dateCreated", "datePublished", "description", "encodingFormat", "endTime",
		"hasPart", "identifier", "instrument", "keywords", "license", "mentions", "name", "object", "publisher",
		"result", "sha256", "softwareVersion", "startTime", "value", "version", "CreateAction", "CreativeWork",
		"Dataset", "File", "Organization", "Person", "PropertyValue", "SoftwareApplication");

	private CrateChecks() {}

	/** Runs every check on the crate in {@code dir}; returns the graph by {@code @id}. */
	public static Map<String, JsonNode> check(final Path dir) throws IOException {
		final JsonNode doc = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("ro-crate-metadata.json")));
		assertEquals("https://w3id.org/ro/crate/1.2/context", doc.get("@context").asText());
		final Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
		doc.get("@graph").forEach(e -> assertNull(byId.put(e.get("@id").asText(), e), "one entity per @id"));
		for (final JsonNode e : byId.values()) {
			terms(e);
			references(e, byId.keySet());
		}
		assertEquals("https://w3id.org/ro/crate/1.2", byId.get("ro-crate-metadata.json").at("/conformsTo/0/@id").asText());
		for (final JsonNode e : byId.values()) {
			if (types(e).contains("File") && !e.get("@id").asText().startsWith("#")) file(dir, e);
		}
		return byId;
	}

	private static void terms(final JsonNode e) {
		for (final Iterator<String> it = e.fieldNames(); it.hasNext();) {
			final String k = it.next();
			assertTrue(k.startsWith("@") || TERMS.contains(k), "property not in the RO-Crate 1.2 context: " + k);
		}
		assertTrue(TERMS.containsAll(types(e)), "type " + e.get("@type"));
	}

	private static void references(final JsonNode n, final Set<String> ids) {
		for (final Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
			final JsonNode v = it.next().getValue();
			for (final JsonNode r : v.isArray() ? v : List.of(v)) {
				if (!r.isObject()) continue;
				final String id = r.get("@id").asText();
				assertTrue(ids.contains(id) || id.startsWith("http://schema.org/") || id.equals(
					"https://w3id.org/ro/crate/1.2"), "@id referenced but not defined: " + id);
			}
		}
	}

	private static void file(final Path dir, final JsonNode e) throws IOException {
		final Path f = dir.resolve(e.get("@id").asText());
		final byte[] b = Files.readAllBytes(f);
		assertEquals(Digests.of(b).sha256(), e.get("sha256").asText(), f.toString());
		assertEquals(Long.toString(b.length), e.get("contentSize").asText(), f.toString());
	}

	/** The {@code @type} of an entity: one name or an array of names. */
	public static List<String> types(final JsonNode e) {
		final JsonNode t = e.get("@type");
		if (!t.isArray()) return List.of(t.asText());
		final List<String> out = new java.util.ArrayList<>();
		t.forEach(n -> out.add(n.asText()));
		return out;
	}

	/** All @ids of entities of a type. */
	public static Set<String> ofType(final Map<String, JsonNode> g, final String type) {
		final Set<String> out = new HashSet<>();
		g.forEach((id, e) -> {
			if (types(e).contains(type)) out.add(id);
		});
		return out;
	}
}
