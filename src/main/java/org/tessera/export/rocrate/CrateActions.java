package org.tessera.export.rocrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.lineage.Activity;
import org.tessera.lineage.Entity;
import org.tessera.lineage.Person;
import org.tessera.lineage.SoftwareAgent;

import java.util.Map;

/**
 * Lineage as Process Run Crate {@code CreateAction}s, one per activity: Tessera (and each model) as
 * {@code instrument}, inputs and parameters as {@code object}, outputs as {@code result}, the person as
 * {@code agent}, with start and end time and status. Entities found in the crate (by file SHA-256, array
 * SHA-256 or record id) link to their data entity; the others become contextual entities.
 */
final class CrateActions {

	private static final String SCHEMA = "http://schema.org/";

	private final CrateGraph g;
	private final Map<String, String> known;

	/** @param known entity ids ({@code sha256:…}, {@code array-sha256:…}, record ids) to crate {@code @id}s */
	CrateActions(final CrateGraph g, final Map<String, String> known) {
		this.g = g;
		this.known = known;
	}

	/** Adds the action of {@code a} and links it from the root's {@code mentions}. */
	void add(final ObjectNode root, final Activity a) {
		final String id = a.id().contains(":") ? a.id() : "#" + a.id();
		final ObjectNode act = g.entity(id, "CreateAction").put("name", "tessera " + a.type());
		if (a.started() != null) act.put("startTime", a.started().toString());
		if (a.ended() != null) act.put("endTime", a.ended().toString());
		act.set("actionStatus", CrateGraph.ref(SCHEMA + (Activity.COMPLETED.equals(a.status()) ? "CompletedActionStatus"
			: "FailedActionStatus")));
		if (a.agent() != null) instruments(act, a.agent());
		a.inputs().forEach(e -> CrateGraph.link(act, "object", entity(e)));
		a.parameters().forEach((k, v) -> CrateGraph.link(act, "object", parameter(id, k, v)));
		a.outputs().forEach(e -> CrateGraph.link(act, "result", entity(e)));
		if (a.person() != null) act.set("agent", CrateGraph.ref(person(a.person())));
		CrateGraph.link(root, "mentions", id);
	}

	// -- Entities --

	private void instruments(final ObjectNode act, final SoftwareAgent s) {
		final String id = CrateGraph.local("software", s.name() + "-" + s.version() + "-" + s.commit());
		final ObjectNode app = g.entity(id, "SoftwareApplication").put("name", s.name()).put("softwareVersion", s
			.version());
		if (s.commit() != null && !"unknown".equals(s.commit())) app.put("identifier", s.commit());
		CrateGraph.link(act, "instrument", id);
		s.components().forEach((name, version) -> CrateGraph.link(act, "instrument", component(name, version)));
	}

	/** A model hash becomes a File with its SHA-256; other components a SoftwareApplication by stable name. */
	private String component(final String name, final String version) {
		if (name.endsWith("sha256")) {
			final String id = CrateGraph.local("model", version);
			g.entity(id, "File").put("name", name).put("sha256", version);
			return id;
		}
		final String id = CrateGraph.local("component", name + "-" + version);
		g.entity(id, "SoftwareApplication").put("name", name).put("softwareVersion", version);
		return id;
	}

	/** The crate {@code @id} of a lineage entity: its data entity when in the crate, else a new contextual entity. */
	String entity(final Entity e) {
		final String inCrate = known.get(e.id());
		if (inCrate != null) return inCrate;
		final String id = CrateGraph.local("entity", e.id());
		final ObjectNode n = g.entity(id, "file".equals(e.kind()) ? "File" : "CreativeWork").put("identifier", e.id());
		n.put("additionalType", e.kind());
		if (e.location() != null) n.put("name", e.location());
		if (e.bytes() >= 0) n.put("contentSize", Long.toString(e.bytes()));
		if (e.id().startsWith("sha256:")) n.put("sha256", e.id().substring(7));
		return id;
	}

	private String parameter(final String action, final String name, final String value) {
		final String id = CrateGraph.local("parameter", action + "/" + name);
		g.entity(id, "PropertyValue").put("name", name).put("value", value);
		return id;
	}

	private String person(final Person p) {
		final String id = p.orcid() != null ? p.orcid() : CrateGraph.local("person", p.name());
		g.entity(id, "Person").put("name", p.name());
		return id;
	}
}
