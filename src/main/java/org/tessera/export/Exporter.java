package org.tessera.export;

import java.io.IOException;

/**
 * The export extension point: writes an {@link ExportSet} (data files, their records and lineage) to one
 * kind of package or repository. Implementations have a stable {@link #name()} ({@code "rocrate"},
 * {@code "bagit"}, {@code "ocfl"}, {@code "zenodo"}) used on the command line ({@code --to NAME:TARGET}) and
 * written into packages; they are found through {@link java.util.ServiceLoader} (see {@link Exporters}).
 * Exporters consume lineage, never compute it. A target is never left half-written: implementations write
 * beside it and move the result into place ({@link AtomicTarget}).
 */
public interface Exporter {

	/** The stable name, e.g. {@code "rocrate"}. */
	String name();

	/** The exporter's version, recorded as the {@code exporter.<name>} component of export activities. */
	default String version() {
		return org.tessera.lineage.Agents.version();
	}

	/** One line for {@code --help} and listings. */
	String description();

	/** Whether {@code target} (the part after {@code "name:"}) is something this exporter can write to. */
	default boolean accepts(final String target) {
		return target != null && !target.isBlank();
	}

	/**
	 * Writes the set to {@code target}.
	 *
	 * @throws ExportException naming the target and the cause when it cannot be written
	 */
	ExportResult export(ExportSet set, String target, ExportOptions options, ExportListener listener) throws IOException;
}
