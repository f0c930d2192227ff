package org.tessera.export.rocrate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.export.ExportSet;
import org.tessera.meta.DataCite;
import org.tessera.meta.Record;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The metadata descriptor and the root dataset, with the records' DataCite core mapped to schema.org:
 * titles → name, descriptions → description, creators → author, publisher, rights → license, subjects →
 * keywords, issue/creation date → datePublished. Profiles: RO-Crate 1.2, and the Workflow Run Crate family:
 * Process Run Crate 0.5, Workflow Run Crate 0.5 and Workflow RO-Crate 1.0 (on the root; the descriptor names
 * RO-Crate 1.2 and Workflow RO-Crate 1.0, as the Workflow Run Crate example does).
 */
public final class CrateRoot {

	/** NB: the Process Run Crate profile of the Workflow Run Crate family: activities without a workflow. */
	static final String PROCESS_RUN = "https://w3id.org/ro/wfrun/process/0.5";

	/** The Workflow Run Crate profile: a ComputationalWorkflow as mainEntity, a CreateAction of its run. */
	static final String WORKFLOW_RUN = "https://w3id.org/ro/wfrun/workflow/0.5";

	/** Workflow RO-Crate, which Workflow Run Crate 0.5 extends. */
	static final String WORKFLOW_CRATE = "https://w3id.org/workflowhub/workflow-ro-crate/1.0";

	private CrateRoot() {}

	/** Adds the descriptor and the root; returns the root. */
	static ObjectNode add(final CrateGraph g, final ExportSet set) {
		final ObjectNode descriptor = g.entity("ro-crate-metadata.json", "CreativeWork");
		CrateGraph.link(descriptor, "conformsTo", CrateGraph.SPEC);
		CrateGraph.link(descriptor, "conformsTo", WORKFLOW_CRATE);
		descriptor.set("about", CrateGraph.ref("./"));
		final ObjectNode root = g.entity("./", "Dataset");
		profile(g, root, PROCESS_RUN, "Process Run Crate", "0.5");
		profile(g, root, WORKFLOW_RUN, "Workflow Run Crate", "0.5");
		profile(g, root, WORKFLOW_CRATE, "Workflow RO-Crate", "1.0");
		final List<DataCite> dc = set.items().stream().map(i -> i.record().datacite()).toList();
		root.put("name", name(set));
		root.put("description", description(set, dc));
		root.put("datePublished", published(set));
		people(g, root, dc);
		licence(g, root, dc);
		keywords(root, set);
		return root;
	}

	private static void profile(final CrateGraph g, final ObjectNode root, final String id, final String name,
		final String version)
	{
		CrateGraph.link(root, "conformsTo", id);
		g.entity(id, "CreativeWork").put("name", name).put("version", version);
	}

	// -- DataCite to schema.org --

	public static String name(final ExportSet set) {
		if (set.items().size() == 1) return title(set.items().get(0));
		return "Tessera export of " + set.items().size() + " datasets: " + String.join("; ", set.items().stream().limit(5)
			.map(CrateRoot::title).toList()) + (set.items().size() > 5 ? "; …" : "");
	}

	/** The record's first title, else its file name and array. */
	static String title(final ExportSet.Item i) {
		final List<String> t = i.record().datacite().titles();
		if (!t.isEmpty()) return t.get(0);
		final String file = i.source().getFileName().toString();
		return i.record().array() == null ? file : file + " " + i.record().array();
	}

	/** The records' descriptions, or a generated one. */
	public static String description(final ExportSet set) {
		return description(set, set.items().stream().map(i -> i.record().datacite()).toList());
	}

	static String description(final ExportSet set, final List<DataCite> dc) {
		final Set<String> d = new LinkedHashSet<>();
		dc.forEach(c -> d.addAll(c.descriptions()));
		return d.isEmpty() ? "Data, metadata and lineage of " + set.items().size() + " dataset(s), exported by Tessera."
			: String.join("\n\n", d);
	}

	/** The first DataCite issue/creation date or year, else the acquisition date, else today (ISO 8601). */
	public static String published(final ExportSet set) {
		for (final ExportSet.Item i : set.items()) {
			final DataCite c = i.record().datacite();
			for (final String type : List.of("Issued", "Available", "Created")) {
				if (c.dates().containsKey(type)) return c.dates().get(type);
			}
			if (c.publicationYear() != null) return c.publicationYear().toString();
		}
		for (final ExportSet.Item i : set.items()) {
			if (i.record().acquired() != null && i.record().acquired().length() >= 10) return i.record().acquired()
				.substring(0, 10);
		}
		return java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
	}

	private static void people(final CrateGraph g, final ObjectNode root, final List<DataCite> dc) {
		for (final DataCite c : dc) {
			for (final String creator : c.creators()) {
				final String id = CrateGraph.local("person", creator);
				g.entity(id, "Person").put("name", creator);
				CrateGraph.link(root, "author", id);
			}
			if (c.publisher() != null) {
				final String id = CrateGraph.local("organization", c.publisher());
				g.entity(id, "Organization").put("name", c.publisher());
				if (!root.has("publisher")) root.set("publisher", CrateGraph.ref(id));
			}
		}
	}

	private static void licence(final CrateGraph g, final ObjectNode root, final List<DataCite> dc) {
		final String rights = dc.stream().map(DataCite::rights).filter(r -> r != null && !r.isBlank()).findFirst()
			.orElse(null);
		if (rights == null) return;
		final boolean url = rights.startsWith("http://") || rights.startsWith("https://");
		final String id = url ? rights : "#license";
		final ObjectNode l = g.entity(id, "CreativeWork").put("name", rights);
		if (!url) l.put("description", rights);
		root.set("license", CrateGraph.ref(id));
	}

	private static void keywords(final ObjectNode root, final ExportSet set) {
		final Set<String> k = new LinkedHashSet<>();
		for (final ExportSet.Item i : set.items()) {
			final Record r = i.record();
			k.addAll(r.datacite().subjects());
			if (r.format() != null) k.add(r.format());
		}
		final ArrayNode a = root.putArray("keywords");
		k.forEach(a::add);
	}
}
