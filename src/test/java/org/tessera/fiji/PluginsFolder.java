package org.tessera.fiji;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * An ImageJ 1 home folder whose {@code plugins/} holds a {@code Tessera_.jar} made from the compiled
 * classes, so ImageJ 1 reads its {@code plugins.config} exactly as it does in an installation
 * (ImageJ 1 reads {@code plugins.config} only from jars in the plugins folder, not from the class
 * path). Start ImageJ with {@code -Dplugins.dir=HOME}.
 */
public final class PluginsFolder {

	private PluginsFolder() {}

	/** Creates {@code home/plugins/Tessera_.jar} and returns {@code home}. */
	public static Path create(final Path home) throws IOException {
		final Path classes = classesDir();
		final Path jar = Files.createDirectories(home.resolve("plugins")).resolve("Tessera_.jar");
		try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os);
			Stream<Path> files = Files.walk(classes))
		{
			for (final Path f : files.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
				Files.copy(f, out);
				out.closeEntry();
			}
		}
		return home;
	}

	/** The folder of the main classes ({@code target/classes}). */
	static Path classesDir() throws IOException {
		try {
			final Path p = Path.of(OpenDatasetPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (!Files.isDirectory(p) || !Files.exists(p.resolve("plugins.config"))) {
				throw new IOException(p + ": not a classes folder with plugins.config");
			}
			return p;
		}
		catch (final URISyntaxException e) {
			throw new IOException("cannot locate the compiled classes", e);
		}
	}
}
