package org.tessera.export;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The exporters on the class path, by stable name ({@code META-INF/services/org.tessera.export.Exporter}). */
public final class Exporters {

	private Exporters() {}

	/** Every exporter found, in service-file order. */
	public static List<Exporter> all() {
		final List<Exporter> out = new ArrayList<>();
		ServiceLoader.load(Exporter.class, Exporters.class.getClassLoader()).forEach(out::add);
		return out;
	}

	/** The exporter named {@code name}. @throws IllegalArgumentException listing the known names */
	public static Exporter byName(final String name) {
		for (final Exporter e : all()) {
			if (e.name().equals(name)) return e;
		}
		throw new IllegalArgumentException("unknown exporter \"" + name + "\" (known: " + names() + ")");
	}

	/** The stable names of every exporter. */
	public static List<String> names() {
		return all().stream().map(Exporter::name).toList();
	}

	/** A parsed {@code NAME:TARGET} (e.g. {@code rocrate:/tmp/x.zip}, {@code zenodo:https://zenodo.org}). */
	public record Spec(Exporter exporter, String target) {}

	/** Parses {@code NAME:TARGET}. @throws IllegalArgumentException when malformed or the exporter refuses it */
	public static Spec parse(final String spec) {
		final int colon = spec.indexOf(':');
		if (colon <= 0) throw new IllegalArgumentException(spec + ": expected NAME:TARGET, NAME one of " + names());
		final Exporter e = byName(spec.substring(0, colon));
		final String target = spec.substring(colon + 1);
		if (!e.accepts(target)) throw new IllegalArgumentException(spec + ": not a target " + e.name() + " can write");
		return new Spec(e, target);
	}
}
