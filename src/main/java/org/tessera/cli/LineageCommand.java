package org.tessera.cli;

import org.tessera.index.Catalog;
import org.tessera.lineage.Activity;
import org.tessera.lineage.ActivitySource;
import org.tessera.lineage.Dot;
import org.tessera.lineage.ProvJson;
import org.tessera.meta.Checksums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tessera lineage --catalog DIR ID [--format json|dot] [--derived] [--rerun]}: what produced
 * ID (an entity id, record id, activity id, or a file whose SHA-256 is looked up), or with
 * {@code --derived} everything made from it, as W3C PROV-JSON or Graphviz DOT; {@code --component
 * KEY=VALUE} instead lists the activities a component took part in (which model made these vectors).
 * {@code --rerun} re-executes the recorded reduce, stats and extract steps and compares hashes (other
 * steps are listed as skipped, with the reason): exit 0 when all match, {@value #EXIT_DIFFERS} when one
 * differs (named on stderr).
 */
@Command(name = "lineage", description = "Show what produced an output (or what was derived from an input), "
	+ "as PROV-JSON or DOT; --rerun re-executes the recorded steps and checks their hashes.")
final class LineageCommand implements Callable<Integer> {

	/** Exit code when a re-executed step made something else. */
	static final int EXIT_DIFFERS = 3;

	@Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Entity id (sha256:…, array-sha256:…), "
		+ "record id, activity id (urn:uuid:…) or a file path.")
	String id;

	@Mixin
	CatalogOption catalog;

	@Option(names = "--format", paramLabel = "F", description = "json (PROV-JSON, default) or dot (Graphviz).")
	String format = "json";

	@Option(names = "--derived", description = "Everything derived from ID instead of what produced it.")
	boolean derived;

	@Option(names = "--component", paramLabel = "KEY=VALUE", description = "Activities with this component, e.g. "
		+ "model.sha256=HEX (which model made these vectors).")
	String component;

	@Option(names = "--rerun", description = "Re-execute the recorded reduce, stats and extract steps and compare output hashes.")
	boolean rerun;

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		if (!format.equals("json") && !format.equals("dot")) {
			throw new IllegalArgumentException("unknown format '" + format + "' (json, dot)");
		}
		final Path dir = catalog.dir();
		try (Catalog c = Catalog.open(dir)) {
			final List<Activity> found = select(c.lineage());
			if (found.isEmpty()) throw new IllegalArgumentException(dir + ": no lineage recorded for '" + what() + "'");
			if (rerun) return rerun(found);
			System.out.println(format.equals("dot") ? Dot.of(found) : Json.write(ProvJson.of(found), !options.json));
		}
		return 0;
	}

	// -- Selecting --

	private List<Activity> select(final ActivitySource src) throws IOException {
		if (component != null) {
			final int eq = component.indexOf('=');
			if (eq < 1) throw new IllegalArgumentException("--component wants KEY=VALUE, got '" + component + "'");
			return src.byComponent(component.substring(0, eq), component.substring(eq + 1));
		}
		if (id == null) throw new IllegalArgumentException("give an ID or --component KEY=VALUE");
		final String entity = entityId(id);
		final var activity = src.activity(entity);
		if (activity.isEmpty()) return derived ? src.downstream(entity) : src.upstream(entity);
		// NB: an activity id: the activity itself, then what led to its inputs (or followed from its outputs).
		final Map<String, Activity> out = new LinkedHashMap<>();
		out.put(activity.get().id(), activity.get());
		for (final var e : derived ? activity.get().outputs() : activity.get().inputs()) {
			for (final Activity a : derived ? src.downstream(e.id()) : src.upstream(e.id())) out.putIfAbsent(a.id(), a);
		}
		return new ArrayList<>(out.values());
	}

	/** An existing file or container is looked up by its SHA-256; anything else is an id. */
	static String entityId(final String id) throws IOException {
		final Path p = Path.of(id);
		return !id.contains(":") && Files.exists(p) ? "sha256:" + Checksums.fileSha256(p) : id;
	}

	private String what() {
		return component != null ? component : id;
	}

	// -- Re-running --

	private int rerun(final List<Activity> found) throws IOException {
		final Path scratch = Files.createTempDirectory("tessera-rerun");
		final List<Map<String, Object>> steps = new ArrayList<>(), skipped = new ArrayList<>();
		boolean all = true;
		try {
			// NB: upstream lists nearest first; re-execute oldest first, each step in its own folder.
			for (final Activity a : found.reversed()) {
				if (!LineageRerun.TYPES.contains(a.type())) {
					skipped.add(Map.of("activity", a.id(), "type", a.type(), "reason", LineageRerun.skipReason(a.type())));
					continue;
				}
				final LineageRerun.Step s = LineageRerun.rerun(a, Files.createDirectories(scratch.resolve("step" + steps.size())));
				steps.add(Map.of("activity", s.activity(), "type", s.type(), "expected", s.expected(), "actual", s.actual(),
					"same", s.same()));
				if (!s.same()) System.err.println("tessera lineage: step " + s.type() + " " + s.activity() + " differs: "
					+ "expected " + s.expected() + ", got " + s.actual());
				all &= s.same();
			}
		}
		finally {
			org.tessera.reduce.out.ResultFiles.delete(scratch);
		}
		System.out.println(Json.write(Map.of("steps", steps, "skipped", skipped, "same", all), !options.json));
		return all ? 0 : EXIT_DIFFERS;
	}
}
