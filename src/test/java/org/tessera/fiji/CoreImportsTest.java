package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * DESIGN: the core (every package but {@code org.tessera.fiji}) never imports ImageJ, SciJava or
 * AWT/Swing, so it runs on Spark executors and in plain Java. Scans the sources for imports and
 * fully qualified uses.
 */
class CoreImportsTest {

	private static final Path SOURCES = Path.of("src/main/java");
	private static final Path FIJI = SOURCES.resolve("org/tessera/fiji");
	private static final Pattern FORBIDDEN = Pattern.compile(
		"(?m)(^\\s*import\\s+(static\\s+)?(ij|org\\.scijava|java\\.awt|javax\\.swing)\\.)"
			+ "|(\\b(org\\.scijava|java\\.awt|javax\\.swing)\\.[a-z.]*[A-Z])|(\\bij\\.[a-z.]*[A-Z]\\w*\\.)");

	@Test
	void coreNeverImportsImageJSciJavaOrAwt() throws IOException {
		final List<String> offenders = new ArrayList<>();
		final List<Path> core = coreSources();
		for (final Path p : core) {
			final Matcher m = FORBIDDEN.matcher(Files.readString(p));
			if (m.find()) offenders.add(p + ": " + m.group().trim());
		}
		assertTrue(core.size() > 10, "expected the core sources under " + SOURCES.toAbsolutePath());
		assertEquals(List.of(), offenders);
	}

	@Test
	void patternCatchesImportsAndQualifiedUses() {
		assertTrue(FORBIDDEN.matcher("import ij.ImagePlus;").find());
		assertTrue(FORBIDDEN.matcher("  import static org.scijava.util.ClassUtils.x;").find());
		assertTrue(FORBIDDEN.matcher("final java.awt.Point p = null;").find());
		assertTrue(FORBIDDEN.matcher("ij.IJ.log(\"x\");").find());
		assertTrue(!FORBIDDEN.matcher("import java.util.List; // the ij. word in a comment").find());
	}

	// -- Helper methods --

	private static List<Path> coreSources() throws IOException {
		try (Stream<Path> s = Files.walk(SOURCES)) {
			return s.filter(p -> p.toString().endsWith(".java") && !p.startsWith(FIJI)).toList();
		}
	}
}
