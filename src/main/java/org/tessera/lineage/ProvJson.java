package org.tessera.lineage;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Activities as W3C PROV-JSON (https://www.w3.org/submissions/prov-json/): {@code prefix},
 * {@code entity}, {@code activity}, {@code agent} (the software and the person) and the relations
 * {@code used}, {@code wasGeneratedBy}, {@code wasAssociatedWith}, {@code wasDerivedFrom} (every
 * output from every input of its activity) and {@code actedOnBehalfOf} (the software for the person).
 * Entity ids stay the content ids when their prefix is declared ({@code sha256:…},
 * {@code array-sha256:…}, {@code urn:…}); others (record ids) are put under {@code tessera:}.
 */
public final class ProvJson {

	/** Namespace of Tessera's own PROV terms. */
	public static final String NS = "https://github.com/tessera-fiji/tessera/ns#";

	private static final Map<String, String> PREFIXES = Map.of("tessera", NS, "param", NS + "parameter/",
		"component", NS + "component/", "sha256", "urn:tessera:sha256:", "array-sha256", "urn:tessera:array-sha256:",
		"urn", "urn:", "orcid", "https://orcid.org/");

	private final ObjectNode root = ActivityJson.MAPPER.createObjectNode();
	private int relations;

	private ProvJson() {}

	/** The PROV-JSON document of {@code activities}. */
	public static ObjectNode of(final Collection<Activity> activities) {
		return new ProvJson().build(activities);
	}

	/** The declared prefixes (every qualified name used starts with one of them or {@code prov:}). */
	public static Set<String> prefixes() {
		return PREFIXES.keySet();
	}

	/** The qualified name of an entity id. */
	public static String qname(final String entityId) {
		final int colon = entityId.indexOf(':');
		return colon > 0 && PREFIXES.containsKey(entityId.substring(0, colon)) ? entityId : "tessera:" + entityId;
	}

	// -- Building --

	private ObjectNode build(final Collection<Activity> activities) {
		final ObjectNode prefix = root.putObject("prefix");
		PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> prefix.put(e.getKey(), e.getValue()));
		final ProvIds ids = new ProvIds(activities);
		final ObjectNode entity = root.putObject("entity");
		ids.entities.values().forEach(e -> entity.putObject(qname(e.id())).put("prov:type", "tessera:" + e.kind())
			.put("prov:location", e.location()).put("tessera:bytes", e.bytes()));
		final ObjectNode activity = root.putObject("activity");
		activities.forEach(a -> activity(activity.putObject(a.id()), a));
		agents(root.putObject("agent"), ids);
		activities.forEach(this::relations);
		return root;
	}

	private static void activity(final ObjectNode o, final Activity a) {
		o.put("prov:type", "tessera:" + a.type()).put("prov:startTime", a.started().toString())
			.put("prov:endTime", a.ended().toString()).put("tessera:status", a.status());
		a.parameters().forEach((k, v) -> o.put("param:" + k, v));
	}

	private static void agents(final ObjectNode agent, final ProvIds ids) {
		ids.agents.forEach((id, s) -> {
			final ObjectNode o = agent.putObject(id).put("prov:type", "prov:SoftwareAgent").put("prov:label", ProvIds.label(s))
				.put("tessera:name", s.name()).put("tessera:version", s.version()).put("tessera:commit", s.commit())
				.put("tessera:java", s.java()).put("tessera:os", s.os());
			s.components().forEach((k, v) -> o.put("component:" + k, v));
		});
		ids.persons.forEach((id, p) -> agent.putObject(id).put("prov:type", "prov:Person").put("prov:label", p.name()));
	}

	private void relations(final Activity a) {
		final String agent = ProvIds.agent(a.agent());
		a.inputs().forEach(e -> relation("used", "u").put("prov:activity", a.id()).put("prov:entity", qname(e.id())));
		a.outputs().forEach(e -> relation("wasGeneratedBy", "g").put("prov:entity", qname(e.id()))
			.put("prov:activity", a.id()));
		relation("wasAssociatedWith", "w").put("prov:activity", a.id()).put("prov:agent", agent);
		for (final Entity out : a.outputs()) {
			a.inputs().forEach(in -> relation("wasDerivedFrom", "d").put("prov:generatedEntity", qname(out.id()))
				.put("prov:usedEntity", qname(in.id())).put("prov:activity", a.id()));
		}
		if (a.person() != null) relation("actedOnBehalfOf", "b").put("prov:delegate", agent)
			.put("prov:responsible", ProvIds.person(a.person())).put("prov:activity", a.id());
	}

	/** A new relation of {@code kind} with a fresh blank-node id. */
	private ObjectNode relation(final String kind, final String tag) {
		final ObjectNode group = root.has(kind) ? (ObjectNode) root.get(kind) : root.putObject(kind);
		return group.putObject("_:" + tag + (++relations));
	}
}
