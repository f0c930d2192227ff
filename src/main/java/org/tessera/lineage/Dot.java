package org.tessera.lineage;

import java.util.Collection;
import java.util.List;

/**
 * Activities as a Graphviz DOT graph, data flowing left to right: entities are ellipses, activities
 * boxes (red when failed), the software and the person houses. Edges: entity → activity (used),
 * activity → entity (generated), activity → software (associated), software → person (on behalf of).
 * Every label is escaped, so any path or message is safe.
 */
public final class Dot {

	private final StringBuilder sb = new StringBuilder();

	private Dot() {}

	/** The DOT text of {@code activities}. */
	public static String of(final Collection<Activity> activities) {
		return new Dot().build(activities);
	}

	/** A DOT double-quoted string: backslashes, quotes and line breaks escaped. */
	public static String quote(final String s) {
		final String v = s == null ? "" : s;
		return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
	}

	// -- Building --

	private String build(final Collection<Activity> activities) {
		sb.append("digraph lineage {\n\trankdir=LR;\n\tnode [fontname=\"Helvetica\", fontsize=10];\n");
		final ProvIds ids = new ProvIds(activities);
		ids.entities.values().forEach(e -> node(e.id(), "ellipse", "", e.kind(), shortId(e.id()), e.location()));
		for (final Activity a : activities) {
			node(a.id(), "box", Activity.FAILED.equals(a.status()) ? ", color=red" : "", a.type(), a.started().toString(),
				a.status());
		}
		ids.agents.forEach((id, s) -> node(id, "house", "", ProvIds.label(s), s.java(), s.os()));
		ids.persons.forEach((id, p) -> node(id, "house", ", style=filled, fillcolor=lightyellow", p.name(),
			p.orcid() == null ? "" : p.orcid()));
		activities.forEach(this::edges);
		return sb.append("}\n").toString();
	}

	private void edges(final Activity a) {
		final String agent = ProvIds.agent(a.agent());
		a.inputs().forEach(e -> edge(e.id(), a.id(), "used", ""));
		a.outputs().forEach(e -> edge(a.id(), e.id(), "generated", ""));
		edge(a.id(), agent, "associated", ", style=dashed");
		if (a.person() != null) edge(agent, ProvIds.person(a.person()), "on behalf of", ", style=dotted");
	}

	/** NB: each label line is escaped on its own and joined with DOT's "\n" line break. */
	private void node(final String id, final String shape, final String extra, final String... lines) {
		final List<String> parts = java.util.Arrays.stream(lines).filter(l -> l != null && !l.isEmpty()).map(Dot::quote)
			.map(q -> q.substring(1, q.length() - 1)).toList();
		sb.append('\t').append(quote(id)).append(" [shape=").append(shape).append(", label=\"")
			.append(String.join("\\n", parts)).append('"').append(extra).append("];\n");
	}

	private void edge(final String from, final String to, final String label, final String extra) {
		sb.append('\t').append(quote(from)).append(" -> ").append(quote(to)).append(" [label=").append(quote(label))
			.append(extra).append("];\n");
	}

	/** A content id shortened for a label: the scheme and the first 12 hex digits. */
	private static String shortId(final String id) {
		final int colon = id.indexOf(':');
		return colon > 0 && id.length() > colon + 17 && id.substring(colon + 1).matches("[0-9a-f]{64}.*")
			? id.substring(0, colon + 13) + "…" + id.substring(colon + 65) : id;
	}
}
