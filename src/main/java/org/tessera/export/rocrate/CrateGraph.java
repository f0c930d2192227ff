package org.tessera.export.rocrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flat JSON-LD {@code @graph} of an {@code ro-crate-metadata.json}: entities by {@code @id}, each
 * once, in insertion order (so the same export writes the same bytes).
 */
final class CrateGraph {

	/** The RO-Crate 1.2 context and specification. */
	static final String CONTEXT = "https://w3id.org/ro/crate/1.2/context", SPEC = "https://w3id.org/ro/crate/1.2";

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Map<String, ObjectNode> entities = new LinkedHashMap<>();

	/** The entity {@code id}, created with {@code type} when new. */
	ObjectNode entity(final String id, final String type) {
		return entities.computeIfAbsent(id, k -> NODES.objectNode().put("@id", k).put("@type", type));
	}

	/** Sets the {@code @type} of {@code node} to several types (e.g. {@code ["File", "ComputationalWorkflow"]}). */
	static ObjectNode types(final ObjectNode node, final String... types) {
		final ArrayNode a = NODES.arrayNode();
		for (final String t : types) a.add(t);
		node.set("@type", a);
		return node;
	}

	/** Whether {@code id} is in the graph. */
	boolean has(final String id) {
		return entities.containsKey(id);
	}

	/** {@code {"@id": id}}. */
	static ObjectNode ref(final String id) {
		return NODES.objectNode().put("@id", id);
	}

	/** Appends a reference to {@code id} to the array property {@code name} of {@code node}. */
	static void link(final ObjectNode node, final String name, final String id) {
		final ArrayNode a = node.has(name) ? (ArrayNode) node.get(name) : node.putArray(name);
		for (final var e : a) {
			if (id.equals(e.path("@id").asText())) return;
		}
		a.add(ref(id));
	}

	/** A local identifier {@code #prefix-text}, percent-encoded so it is a valid IRI fragment. */
	static String local(final String prefix, final String text) {
		return "#" + prefix + "-" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** The whole document as UTF-8 JSON. */
	byte[] toJson() {
		final ObjectNode doc = NODES.objectNode().put("@context", CONTEXT);
		doc.putArray("@graph").addAll(entities.values());
		try {
			return MAPPER.writeValueAsBytes(doc);
		}
		catch (final com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException("a tree of plain JSON nodes always serializes", e);
		}
	}
}
