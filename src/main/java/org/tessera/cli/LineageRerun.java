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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-executes recorded {@code reduce}, {@code open} ({@code stats}) and {@code extract} (indexing's
 * reading: array hashes and record ids) activities from their parameters and recorded input file,
 * writing into a scratch folder, and compares the content hashes of what they make now with what they
 * made then. Other steps ({@link #skipReason}) are listed as not re-executed, with the reason.
 */
final class LineageRerun {

	private static final String EXTRACT = "extract";

	/** The types that can be re-executed. */
	static final List<String> TYPES = List.of("reduce", StatsCommand.TYPE, EXTRACT);

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
		final Map<String, String> now = switch (a.type()) {
			case "reduce" -> reduce(a, input, scratch);
			case EXTRACT -> extract(a, input);
			default -> stats(a, input);
		};
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

	/**
	 * Re-reads the arrays an {@code extract} step recorded: each array's content hash, and its record id as
	 * the indexer makes it (the array hash, or the location without hashing, then {@code :<array>}).
	 */
	private static Map<String, String> extract(final Activity a, final Path input) throws IOException {
		final boolean hashed = !"false".equals(a.parameters().get("hash"));
		final Map<String, String> out = new HashMap<>(), shas = new HashMap<>();
		try (Container con = FormatReaders.open(input)) {
			for (final Entity e : a.outputs()) {
				final String name = arrayName(e);
				if (con.arrays().stream().noneMatch(i -> i.name().equals(name))) continue;
				if (!shas.containsKey(name)) shas.put(name, ArrayStatistics.compute(con.array(name)).sha256());
				final String sha = shas.get(name);
				if (Entities.ARRAY.equals(e.kind())) out.put(key(e), "array-sha256:" + sha);
				else out.put(key(e), (hashed ? sha : con.location().toString()) + ":" + name);
			}
		}
		return out;
	}

	/** Why a step of {@code type} is not re-executed. */
	static String skipReason(final String type) {
		return switch (type) {
			case "embed" -> "its vectors are recorded by name, not by content";
			case "index" -> "a catalogue commit is not reproducible byte for byte";
			case "export" -> "packages are verified with tessera import";
			default -> "no re-execution for this step type";
		};
	}

	// -- Helper methods --

	private static String arrayName(final Entity e) {
		return e.location().substring(e.location().lastIndexOf('#') + 1);
	}

	/** An output's key: the array name after '#' for arrays (and records), the file name for files. */
	private static String key(final Entity e) {
		if (Entities.ARRAY.equals(e.kind())) return arrayName(e);
		if (Entities.RECORD.equals(e.kind())) return "record:" + arrayName(e);
		return Path.of(e.location()).getFileName().toString();
	}

	private static Entity input(final Activity a) {
		return a.inputs().stream().filter(e -> Entities.FILE.equals(e.kind())).findFirst().orElseThrow(
			() -> new IllegalArgumentException("activity " + a.id() + " (" + a.type() + ") records no input file"));
	}
}
