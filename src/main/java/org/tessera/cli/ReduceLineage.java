package org.tessera.cli;

import org.tessera.io.ChunkedArray;
import org.tessera.lineage.Entities;
import org.tessera.lineage.Recorder;
import org.tessera.meta.Checksums;
import org.tessera.reduce.ReducedArray;
import org.tessera.reduce.out.ResultFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a {@code reduce} run records, and how a recorded one is set up again: the parameters are
 * exactly the command's options that determine the results (array, each operation's axes, preset
 * and its radii and centre, the output file's name), the outputs each result's content hash and
 * each written file's SHA-256.
 */
final class ReduceLineage {

	/** Separates repeated axes specifications of one operation ({@code "E;y,x"}). */
	private static final String SEP = ";";

	private ReduceLineage() {}

	/** Records the run's input file (and its SHA-256) and parameters. */
	static void inputs(final Recorder rec, final ReduceCommand c, final ChunkedArray a) throws IOException {
		rec.input(Entities.file(c.path, Checksums.fileSha256(c.path), size(c.path)));
		rec.parameter("array", a.name()).parameter("sum", join(c.sums)).parameter("mean", join(c.means))
			.parameter("max", join(c.maxes)).parameter("min", join(c.mins)).parameter("preset", c.preset)
			.parameter("bf", c.bf).parameter("adf", numbers(c.adf)).parameter("center", numbers(c.center))
			.parameter("out", c.out == null ? null : c.out.getFileName().toString());
	}

	/** Records each result's content hash and each written file's SHA-256. */
	static void outputs(final Recorder rec, final ReduceCommand c, final List<ReducedArray> results,
		final List<Path> written) throws IOException
	{
		final String where = written.size() == 1 ? written.getFirst().toAbsolutePath().toString()
			: c.path.toAbsolutePath().toString();
		for (final ReducedArray r : results) rec.output(Entities.array(ResultFiles.sha256(r), where, r.name()));
		for (final Path p : written) rec.output(Entities.file(p, Checksums.fileSha256(p), size(p)));
	}

	/** A reduce command set up from recorded parameters, reading {@code input}, writing into {@code outDir}. */
	static ReduceCommand command(final Map<String, String> p, final Path input, final Path outDir) {
		final ReduceCommand c = new ReduceCommand();
		c.path = input;
		c.array = p.get("array");
		c.sums = split(p.get("sum"));
		c.means = split(p.get("mean"));
		c.maxes = split(p.get("max"));
		c.mins = split(p.get("min"));
		c.preset = p.get("preset");
		c.bf = p.containsKey("bf") ? Double.valueOf(p.get("bf")) : null;
		c.adf = doubles(p.get("adf"));
		c.center = doubles(p.get("center"));
		c.out = p.containsKey("out") ? outDir.resolve(p.get("out")) : null;
		return c;
	}

	// -- Helper methods --

	private static long size(final Path p) throws IOException {
		return Files.isDirectory(p) ? -1 : Files.size(p);
	}

	private static String join(final List<String> specs) {
		return specs.isEmpty() ? null : String.join(SEP, specs);
	}

	private static List<String> split(final String joined) {
		return joined == null ? new ArrayList<>() : new ArrayList<>(List.of(joined.split(SEP)));
	}

	private static String numbers(final double[] v) {
		return v == null ? null : Arrays.stream(v).mapToObj(Double::toString).collect(Collectors.joining(","));
	}

	private static double[] doubles(final String s) {
		return s == null ? null : Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
	}
}
