package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.tessera.export.ExportListener;
import org.tessera.export.ExportOptions;
import org.tessera.export.ExportResult;
import org.tessera.export.ExportSet;
import org.tessera.export.ExportSets;
import org.tessera.export.Exporters;
import org.tessera.export.RecordedExport;
import org.tessera.index.Catalog;
import org.tessera.index.SearchRequest;
import org.tessera.index.SearchResult;

/**
 * One "Export..." run, shared by the command, the plugin and {@code Ext.export}: catalogue records with
 * their data and lineage (what produced each record) written by the exporter {@code type} to
 * {@code target} ({@code rocrate:DIR|ZIP}, {@code bagit:DIR}, {@code ocfl:ROOT}, {@code zenodo:URL}; the
 * repository token comes from {@code $TESSERA_ZENODO_TOKEN} or {@code tokenFile}).
 *
 * @param catalog the catalogue folder
 * @param type the exporter's stable name
 * @param target where to write
 * @param ids the record ids, each once, in order
 * @param tokenFile a file holding the repository token, blank for none
 */
public record ExportRequest(Path catalog, String type, String target, List<String> ids, String tokenFile) {

	/** Where the records come from: the hits on show, a catalogue query, or typed ids. */
	public static final List<String> SOURCES = List.of("results", "query", "ids");

	/** NB: a query exports every match; more than this is surely a mistake. */
	static final int MAX_QUERY_RECORDS = 10_000;

	/** The stable names of the installed exporters, for the dialogs' choice. */
	public static List<String> types() {
		return Exporters.names();
	}

	/**
	 * The record ids of {@code source}: {@code results} (the last hits shown), {@code query} (every record
	 * matching {@code text}) or {@code ids} ({@code text} split at commas and white space).
	 *
	 * @throws IllegalArgumentException for an unknown source, no results yet, or no ids
	 */
	public static List<String> ids(final Path catalog, final String source, final String text) throws IOException {
		final List<String> ids = switch (source == null ? "" : source.trim()) {
			case "results" -> TesseraMacroExtensions.last().rows().stream().map(r -> r.hit().id()).toList();
			case "query" -> matching(catalog, text);
			case "ids" -> split(text);
			default -> throw new IllegalArgumentException("records from '" + source + "' is not one of " + SOURCES);
		};
		if (ids.isEmpty()) throw new IllegalArgumentException("no records to export (from " + source + ")");
		return List.copyOf(new LinkedHashSet<>(ids));
	}

	/**
	 * Writes the package; {@code progress} hears each file written (done of total).
	 *
	 * @throws org.tessera.export.ExportException naming the target or the unknown record and the cause
	 */
	public ExportResult run(final IndexRequest.Progress progress) throws IOException {
		final Exporters.Spec spec = Exporters.parse(type + ":" + target);
		final ExportSet set = ExportSets.fromCatalog(catalog, ids);
		final int total = set.files().size();
		final int[] done = { 0 };
		final ExportListener listener = new ExportListener() {

			@Override
			public void fileWritten(final String path, final long bytes) {
				progress.progress(++done[0], total);
			}
		};
		final Map<String, String> settings = tokenFile == null || tokenFile.isBlank() ? Map.of() : Map.of(
			ExportOptions.TOKEN_FILE, tokenFile.trim());
		// NB: recorded in the catalogue as an "export" activity, as the command line does.
		return RecordedExport.run(catalog, set, spec.exporter(), spec.target(), new ExportOptions(settings, System
			.getenv()), listener);
	}

	/** Ids separated by commas or white space. */
	static List<String> split(final String text) {
		return Arrays.stream((text == null ? "" : text).split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
	}

	private static List<String> matching(final Path catalog, final String query) throws IOException {
		final List<String> ids = new ArrayList<>();
		try (Catalog c = Catalog.open(catalog)) {
			final SearchResult r = c.search(SearchRequest.of(query == null || query.isBlank() ? "*" : query,
				MAX_QUERY_RECORDS));
			if (r.total() > MAX_QUERY_RECORDS) throw new IllegalArgumentException("query '" + query + "' matches "
				+ r.total() + " records, more than " + MAX_QUERY_RECORDS + ": narrow it");
			r.hits().forEach(h -> ids.add(h.id()));
		}
		return ids;
	}
}
