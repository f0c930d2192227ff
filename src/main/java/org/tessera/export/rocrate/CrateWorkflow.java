package org.tessera.export.rocrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.export.Digests;
import org.tessera.export.ExportSet;
import org.tessera.lineage.Activity;
import org.tessera.lineage.Agents;
import org.tessera.lineage.Entity;
import org.tessera.lineage.ProvJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The Workflow Run Crate part of a crate: the recorded Tessera steps as the root's {@code mainEntity}, a
 * {@code ["File", "SoftwareSourceCode", "ComputationalWorkflow"]} ({@value #FILE}, the activities as W3C
 * PROV-JSON, {@code programmingLanguage} Tessera), and one {@code CreateAction} for the whole run with that
 * workflow as {@code instrument}, the inputs no recorded step made as {@code object} and the exported data
 * as {@code result}. NB: no {@code OrganizeAction}: that belongs to the Provenance Run Crate profile, which
 * Tessera does not claim; the steps are the per-activity {@code CreateAction}s of Process Run Crate.
 */
final class CrateWorkflow {

	/** The workflow file in the crate. */
	static final String FILE = "lineage.prov.json";

	/** The programming language entity of the workflow. */
	static final String LANGUAGE = "#tessera-lineage";

	/** Tessera's home page, the language's identifier. */
	static final String URL = "https://github.com/tessera-fiji/tessera";

	private CrateWorkflow() {}

	/** The PROV-JSON bytes of {@code set}'s activities. */
	static byte[] json(final ExportSet set) {
		return ProvJson.of(set.activities()).toPrettyString().getBytes(StandardCharsets.UTF_8);
	}

	/** Adds the workflow entity (written as {@code path} with {@code d}) as the root's main entity. */
	static void add(final CrateGraph g, final ObjectNode root, final String path, final Digests d) {
		final ObjectNode wf = CrateGraph.types(CrateFiles.add(g, path, d), "File", "SoftwareSourceCode",
			"ComputationalWorkflow");
		wf.put("name", "Tessera lineage (W3C PROV-JSON)").put("description", "The recorded Tessera steps that made the "
			+ "exported data: one activity per step, with inputs, outputs, parameters and software.");
		wf.set("programmingLanguage", CrateGraph.ref(LANGUAGE));
		g.entity(LANGUAGE, "ComputerLanguage").put("name", Agents.NAME).put("identifier", URL).put("url", URL).put(
			"version", Agents.version());
		root.set("mainEntity", CrateGraph.ref(path));
		CrateGraph.link(root, "hasPart", path);
	}

	/** Adds the run's {@code CreateAction}, mentioned from the root. */
	static void run(final CrateGraph g, final ObjectNode root, final CrateActions actions, final ExportSet set,
		final String workflow, final Collection<String> results)
	{
		final String id = "#run-" + set.stableId().substring(set.stableId().lastIndexOf(':') + 1);
		final ObjectNode run = g.entity(id, "CreateAction").put("name", "Tessera run of " + set.activities().size()
			+ " recorded step(s)");
		set.activities().stream().map(Activity::started).filter(Objects::nonNull).min(Instant::compareTo).ifPresent(
			t -> run.put("startTime", t.toString()));
		set.activities().stream().map(Activity::ended).filter(Objects::nonNull).max(Instant::compareTo).ifPresent(
			t -> run.put("endTime", t.toString()));
		run.set("actionStatus", CrateGraph.ref("http://schema.org/CompletedActionStatus"));
		CrateGraph.link(run, "instrument", workflow);
		final Set<String> made = new HashSet<>();
		set.activities().forEach(a -> a.outputs().forEach(e -> made.add(e.id())));
		for (final Activity a : set.activities()) {
			for (final Entity e : a.inputs()) {
				if (!made.contains(e.id())) CrateGraph.link(run, "object", actions.entity(e));
			}
		}
		results.forEach(r -> CrateGraph.link(run, "result", r));
		CrateGraph.link(root, "mentions", id);
	}
}
