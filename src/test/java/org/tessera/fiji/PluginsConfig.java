package org.tessera.fiji;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an ImageJ 1 {@code plugins.config}: lines {@code Menu>Sub, "Label", package.Class("arg")},
 * comments starting with {@code #}.
 */
final class PluginsConfig {

	/** One menu entry. */
	record Entry(String menu, String label, String className, String arg) {}

	private static final Pattern LINE = Pattern.compile("^\\s*([^,]+?)\\s*,\\s*\"([^\"]+)\"\\s*,\\s*([\\w.$]+)(?:\\(\"(.*)\"\\))?\\s*$");

	private PluginsConfig() {}

	/** The {@code plugins.config} of this project, from the class path. */
	static List<Entry> ofClassPath() throws IOException {
		try (InputStream in = PluginsConfig.class.getResourceAsStream("/plugins.config")) {
			if (in == null) throw new IOException("plugins.config not on the class path");
			return parse(in);
		}
	}

	/**
	 * Parses every non-comment line.
	 *
	 * @throws IOException naming the line that does not parse
	 */
	static List<Entry> parse(final InputStream in) throws IOException {
		final List<Entry> entries = new ArrayList<>();
		final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		for (String line = r.readLine(); line != null; line = r.readLine()) {
			if (line.isBlank() || line.trim().startsWith("#")) continue;
			final Matcher m = LINE.matcher(line);
			if (!m.matches()) throw new IOException("plugins.config: cannot parse line: " + line);
			entries.add(new Entry(m.group(1), m.group(2), m.group(3), m.group(4) == null ? "" : m.group(4)));
		}
		return entries;
	}
}
