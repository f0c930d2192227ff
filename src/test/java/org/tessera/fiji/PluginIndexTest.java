package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

import ij.plugin.PlugIn;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.scijava.command.Command;
import org.scijava.script.ScriptLanguage;
import org.tessera.fiji.script.GroovyScriptLanguage;
import org.tessera.fiji.script.JythonScriptLanguage;

/**
 * The menus as Fiji builds them: the SciJava plugin index written by the annotation processor,
 * {@code plugins.config} for ImageJ 1, and imagej-legacy's mirroring of SciJava {@code menuPath}s.
 * Every menu label must appear exactly once.
 */
class PluginIndexTest {

	@Test
	void annotationIndexListsTheCommandAndScriptLanguages() throws IOException {
		final Map<String, JsonNode> index = tesseraIndex();
		assertEquals(Command.class.getName(), index.get(OpenDatasetCommand.class.getName()).path("type").asText());
		assertEquals("Open Dataset...", index.get(OpenDatasetCommand.class.getName()).path("label").asText());
		for (final Class<?> c : List.of(GroovyScriptLanguage.class, JythonScriptLanguage.class)) {
			assertEquals(ScriptLanguage.class.getName(), index.get(c.getName()).path("type").asText(), c.getName());
		}
	}

	@Test
	void pluginsConfigNamesExistingPlugIns() throws Exception {
		final List<PluginsConfig.Entry> entries = PluginsConfig.ofClassPath();
		assertTrue(entries.contains(new PluginsConfig.Entry("Plugins>Tessera", "Open Dataset...",
			OpenDatasetPlugin.class.getName(), "")), entries.toString());
		for (final PluginsConfig.Entry e : entries) {
			assertTrue(PlugIn.class.isAssignableFrom(Class.forName(e.className())), e.className() + " is no PlugIn");
		}
	}

	@Test
	void everyMenuLabelAppearsOnceInFijisMenus() throws IOException {
		final List<String> labels = new ArrayList<>();
		for (final PluginsConfig.Entry e : PluginsConfig.ofClassPath()) labels.add(e.label());
		for (final JsonNode p : tesseraIndex().values()) {
			final String menuPath = p.path("menuPath").asText("");
			if (!menuPath.isEmpty()) labels.add(menuPath.substring(menuPath.lastIndexOf('>') + 1).trim());
		}
		for (final String label : labels) assertEquals(1, Collections.frequency(labels, label), label + " in " + labels);
		assertFalse(labels.isEmpty());
	}

	/** ImageJ 1 refuses a second command with a label it already has (it shows an error at start-up). */
	@Test
	void noLabelCollidesWithAnImageJ1Command() throws IOException {
		final String props;
		try (java.io.InputStream in = ij.IJ.class.getResourceAsStream("/IJ_Props.txt")) {
			props = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		final java.util.regex.Matcher m = java.util.regex.Pattern.compile("=\"([^\"]+)\",").matcher(props);
		final java.util.Set<String> builtIn = new java.util.HashSet<>();
		while (m.find()) builtIn.add(m.group(1));
		assertTrue(builtIn.contains("Reduce..."), "IJ_Props.txt parsed: " + builtIn.size() + " labels");
		for (final PluginsConfig.Entry e : PluginsConfig.ofClassPath()) {
			assertFalse(builtIn.contains(e.label()), e.label() + " is already an ImageJ 1 command");
		}
	}

	@Test
	void malformedPluginsConfigLineIsNamed() {
		final InputStream in = new java.io.ByteArrayInputStream("Plugins, Open Dataset, x.Y\n".getBytes());
		final IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> PluginsConfig.parse(in));
		assertEquals("plugins.config: cannot parse line: Plugins, Open Dataset, x.Y", e.getMessage());
	}

	// -- Helper methods --

	/** Tessera's entries of every {@code META-INF/json/org.scijava.plugin.Plugin} on the class path, by class. */
	private static Map<String, JsonNode> tesseraIndex() throws IOException {
		final Map<String, JsonNode> index = new TreeMap<>();
		final ObjectMapper mapper = new ObjectMapper();
		for (final URL url : Collections.list(PluginIndexTest.class.getClassLoader()
			.getResources("META-INF/json/org.scijava.plugin.Plugin")))
		{
			try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(url)) {
				it.forEachRemaining(n -> {
					if (n.path("class").asText().startsWith("org.tessera.")) index.put(n.path("class").asText(), n.path("values"));
				});
			}
		}
		return index;
	}
}
