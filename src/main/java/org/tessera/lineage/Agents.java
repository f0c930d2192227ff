package org.tessera.lineage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@link SoftwareAgent} running now: Tessera's version and git commit (from
 * {@code build.properties}, filled in by Maven at build time), the Java runtime and the OS.
 */
public final class Agents {

	/** The software name written into lineage. */
	public static final String NAME = "Tessera";

	/** What is not known (no build information, not built from git). */
	public static final String UNKNOWN = "unknown";

	private static final Properties BUILD = load();

	private Agents() {}

	/** The current agent with the given components (copied). */
	public static SoftwareAgent current(final Map<String, String> components) {
		return new SoftwareAgent(NAME, version(), commit(), System.getProperty("java.version") + " ("
			+ System.getProperty("java.vendor") + ")", System.getProperty("os.name") + " " + System.getProperty(
				"os.version") + " " + System.getProperty("os.arch"), Collections.unmodifiableMap(new LinkedHashMap<>(
					components)));
	}

	/** Tessera's version ({@code project.version} at build time). */
	public static String version() {
		return built("version");
	}

	/** The git commit Tessera was built from, or {@link #UNKNOWN}. */
	public static String commit() {
		return built("commit");
	}

	// -- Helper methods --

	/** NB: an unfiltered placeholder (run from sources) or the build-number plugin's "UNKNOWN" reads as unknown. */
	private static String built(final String key) {
		final String v = BUILD.getProperty(key, "").trim();
		return v.isEmpty() || v.startsWith("${") || v.equalsIgnoreCase(UNKNOWN) ? UNKNOWN : v;
	}

	private static Properties load() {
		final Properties p = new Properties();
		try (InputStream in = Agents.class.getResourceAsStream("build.properties")) {
			if (in != null) p.load(in);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("cannot read org/tessera/lineage/build.properties", e);
		}
		return p;
	}
}
