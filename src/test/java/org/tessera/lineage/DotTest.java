package org.tessera.lineage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** DOT output: shapes per node kind, edges between declared nodes, escaped labels; rendered by Graphviz when present. */
class DotTest {

	private static final Pattern NODE = Pattern.compile("^\t(\"(?:[^\"\\\\]|\\\\.)*\") \\[shape=(\\w+), label=\"(?:[^\"\\\\]|\\\\.)*\"[^\\]]*\\];$");
	private static final Pattern EDGE = Pattern.compile("^\t(\"(?:[^\"\\\\]|\\\\.)*\") -> (\"(?:[^\"\\\\]|\\\\.)*\") \\[label=\"(\\w[\\w ]*)\"[^\\]]*\\];$");

	private static String chain() throws IOException {
		final LineageGraph g = new LineageGraph();
		new Chain(g);
		return Dot.of(g.activities());
	}

	@Test
	void everyLineIsANodeOrAnEdgeBetweenNodes() throws IOException {
		final List<String> lines = chain().lines().toList();
		assertEquals("digraph lineage {", lines.getFirst());
		assertEquals("}", lines.getLast());
		final java.util.Map<String, String> shapes = new java.util.HashMap<>();
		int edges = 0;
		for (final String l : lines.subList(3, lines.size() - 1)) {
			final Matcher n = NODE.matcher(l), e = EDGE.matcher(l);
			if (n.matches()) shapes.put(n.group(1), n.group(2));
			else {
				assertTrue(e.matches(), "node or edge: " + l);
				assertTrue(shapes.containsKey(e.group(1)) && shapes.containsKey(e.group(2)), "declared first: " + l);
				edges++;
			}
		}
		assertEquals(7, shapes.values().stream().filter("ellipse"::equals).count());
		assertEquals(4, shapes.values().stream().filter("box"::equals).count());
		assertEquals(3 + 2, shapes.values().stream().filter("house"::equals).count());
		assertEquals(5 + 5 + 4 + 4, edges);
	}

	@Test
	void labelsAreEscaped() throws IOException {
		final String dot = chain();
		assertTrue(dot.contains("/data/out \\\\ \\\"x\\\".zarr"), dot);
		assertTrue(dot.contains("tester \\\"quoted\\\""), dot);
		assertEquals("\"a\\\\b\\\"c\\nd\"", Dot.quote("a\\b\"c\nd"));
		assertTrue(dot.contains("shape=box, label=\"open\\n"), "failed activity drawn");
		assertTrue(dot.contains("color=red"), "failed activity in red");
	}

	@Test
	void graphvizRendersIt(@TempDir final Path dir) throws Exception {
		final Path dot = Path.of("/usr/bin/dot");
		assumeTrue(Files.isExecutable(dot), "Graphviz dot is not installed");
		final Path in = Files.writeString(dir.resolve("g.dot"), chain(), StandardCharsets.UTF_8), out = dir.resolve("g.svg");
		final Process p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", out.toString(), in.toString())
			.redirectErrorStream(true).start();
		final String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), log);
		assertEquals("", log);
		final String svg = Files.readString(out);
		assertTrue(svg.contains("<svg"), "an SVG");
		assertEquals(7 + 4 + 5, svg.split("class=\"node\"", -1).length - 1, "every node drawn");
	}
}
