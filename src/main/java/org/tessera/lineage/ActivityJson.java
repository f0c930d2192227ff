package org.tessera.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Activity} as JSON and back: the form stored in the catalogue. Field names are the
 * record components'; times are ISO-8601 instants; a missing person or ORCID is {@code null}.
 */
public final class ActivityJson {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private ActivityJson() {}

	/** The activity as compact JSON text. */
	public static String write(final Activity a) {
		return tree(a).toString();
	}

	/**
	 * Reads an activity written by {@link #write}.
	 *
	 * @throws IllegalArgumentException naming what is missing or malformed
	 */
	public static Activity read(final String json) {
		final JsonNode n;
		try {
			n = MAPPER.readTree(json);
		}
		catch (final JsonProcessingException e) {
			throw new IllegalArgumentException("stored activity is not JSON: " + e.getOriginalMessage(), e);
		}
		return new Activity(text(n, "id"), text(n, "type"), Instant.parse(text(n, "started")), Instant.parse(text(n,
			"ended")), text(n, "status"), entities(n.path("inputs")), entities(n.path("outputs")), map(n.path(
				"parameters")), agent(n.path("agent")), person(n.path("person")));
	}

	/** The activity as a JSON tree. */
	public static ObjectNode tree(final Activity a) {
		final ObjectNode o = MAPPER.createObjectNode();
		o.put("id", a.id()).put("type", a.type()).put("started", a.started().toString())
			.put("ended", a.ended().toString()).put("status", a.status());
		o.set("inputs", entities(a.inputs()));
		o.set("outputs", entities(a.outputs()));
		o.set("parameters", MAPPER.valueToTree(a.parameters()));
		final SoftwareAgent s = a.agent();
		final ObjectNode agent = o.putObject("agent").put("name", s.name()).put("version", s.version())
			.put("commit", s.commit()).put("java", s.java()).put("os", s.os());
		agent.set("components", MAPPER.valueToTree(s.components()));
		if (a.person() != null) o.putObject("person").put("name", a.person().name()).put("orcid", a.person().orcid());
		return o;
	}

	// -- Writing --

	private static ArrayNode entities(final List<Entity> es) {
		final ArrayNode arr = MAPPER.createArrayNode();
		for (final Entity e : es) {
			arr.addObject().put("id", e.id()).put("kind", e.kind()).put("location", e.location()).put("bytes", e.bytes());
		}
		return arr;
	}

	// -- Reading --

	private static List<Entity> entities(final JsonNode arr) {
		final List<Entity> out = new ArrayList<>();
		for (final JsonNode e : arr) {
			out.add(new Entity(text(e, "id"), optional(e, "kind"), optional(e, "location"), e.path("bytes").asLong(-1)));
		}
		return List.copyOf(out);
	}

	private static SoftwareAgent agent(final JsonNode n) {
		return new SoftwareAgent(optional(n, "name"), optional(n, "version"), optional(n, "commit"), optional(n, "java"),
			optional(n, "os"), map(n.path("components")));
	}

	private static Person person(final JsonNode n) {
		return n.isObject() ? new Person(optional(n, "name"), optional(n, "orcid")) : null;
	}

	private static Map<String, String> map(final JsonNode n) {
		final Map<String, String> out = new LinkedHashMap<>();
		n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
		return Collections.unmodifiableMap(out);
	}

	private static String text(final JsonNode n, final String field) {
		final String v = optional(n, field);
		if (v == null) throw new IllegalArgumentException("stored activity has no '" + field + "': " + n);
		return v;
	}

	private static String optional(final JsonNode n, final String field) {
		final JsonNode v = n.get(field);
		return v == null || v.isNull() ? null : v.asText();
	}
}
