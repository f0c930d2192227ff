package org.tessera.cli;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.io.FormatReaders;
import org.tessera.lineage.Activity;
import org.tessera.lineage.Entities;
import org.tessera.lineage.Entity;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.ReducedArray;
import org.tessera.reduce.out.ResultFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Re-executes recorded {@code reduce} and {@code open} ({@code stats}) activities from their
 * parameters and recorded input file, writing into a scratch folder, and compares the content
 * hashes of what they make now with what they made then.
 */
final class LineageRerun {

	/** The types that can be re-executed. */
	static final List<String> TYPES = List.of("reduce", StatsCommand.TYPE);

	/** One re-executed step: the recorded and the recomputed output ids, in recorded order. */
	record Step(String activity, String type, List<String> expected, List<String> actual) {

		boolean same() {
			return expected.equals(actual);
		}
	}

	private LineageRerun() {}

	/** Re-executes {@code a} into {@code scratch}. */
	static Step rerun(final Activity a, final Path scratch) throws IOException {
		final Path input = Path.of(input(a).location());
		final Map<String, String> now = a.type().equals("reduce") ? reduce(a, input, scratch) : stats(a, input);
		final List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
		for (final Entity e : a.outputs()) {
			expected.add(e.id());
			actual.add(now.getOrDefault(key(e), "missing"));
		}
		return new Step(a.id(), a.type(), expected, actual);
	}

	// -- Re-executions: output key (array name or file name) → content id --

	private static Map<String, String> reduce(final Activity a, final Path input, final Path scratch) throws IOException {
		final ReduceCommand c = ReduceLineage.command(a.parameters(), input, scratch);
		final Map<String, String> out = new java.util.HashMap<>();
		try (Container con = FormatReaders.open(input)) {
			final ChunkedArray arr = Containers.array(con, c.array);
			final List<ReducedArray> results = c.build(arr).run(c.threads, org.tessera.reduce.Progress.NONE, () -> false);
			for (final ReducedArray r : results) out.put(r.name(), "array-sha256:" + ResultFiles.sha256(r));
			for (final Path p : c.write(results, arr)) {
				out.put(p.getFileName().toString(), "sha256:" + org.tessera.meta.Checksums.fileSha256(p));
			}
		}
		return out;
	}

	private static Map<String, String> stats(final Activity a, final Path input) throws IOException {
		try (Container con = FormatReaders.open(input)) {
			final ChunkedArray arr = Containers.array(con, a.parameters().get("array"));
			return Map.of(arr.name(), "array-sha256:" + ArrayStatistics.compute(arr).sha256());
		}
	}

	// -- Helper methods --

	/** An output's key: the array name after '#' for arrays, the file name for files. */
	private static String key(final Entity e) {
		if (Entities.ARRAY.equals(e.kind())) return e.location().substring(e.location().lastIndexOf('#') + 1);
		return Path.of(e.location()).getFileName().toString();
	}

	private static Entity input(final Activity a) {
		return a.inputs().stream().filter(e -> Entities.FILE.equals(e.kind())).findFirst().orElseThrow(
			() -> new IllegalArgumentException("activity " + a.id() + " (" + a.type() + ") records no input file"));
	}
}
