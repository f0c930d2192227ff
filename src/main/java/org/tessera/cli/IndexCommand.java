package org.tessera.cli;

import org.tessera.index.CatalogWriter;
import org.tessera.index.Indexer;
import org.tessera.index.IngestReport;
import org.tessera.index.LineageStore;
import org.tessera.lineage.LineageSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tessera index PATH... --catalog DIR [--prune] [--no-hash] [--embedder NAME]... [--patches SIZE] [--quantize]
 * [--model FILE]}: incremental ingest into a catalogue, with vectors and patch documents on request.
 */
@Command(name = "index", description = "Index files and folders into a catalogue (unchanged datasets are skipped).")
final class IndexCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, containers or folders to index.")
	List<Path> paths;

	@Mixin
	CatalogOption catalog;

	@Option(names = "--prune", description = "Remove datasets under PATH that no longer exist.")
	boolean prune;

	@Option(names = "--no-hash", description = "Do not stream arrays for their content hash (ids from location).")
	boolean noHash;

	@Option(names = "--threads", paramLabel = "N", description = "Reader threads (default: one per core).")
	int threads = Indexer.Options.DEFAULT.threads();

	@Option(names = "--commit-every", paramLabel = "N", description = "Datasets between commits (default 500).")
	int commitEvery = Indexer.Options.DEFAULT.commitEvery();

	@Option(names = "--no-lineage", description = "Do not record extract/index activities (and skip hashing files for them).")
	boolean noLineage;

	@Option(names = "--embedder", paramLabel = "NAME", description = "Embed each array with this embedder "
		+ "(repeatable; e.g. classical, onnx, wallpaper).")
	List<String> embedders = List.of();

	@Option(names = "--patches", paramLabel = "SIZE", description = "Also index tiles of SIZE pixels (stride SIZE/2) "
		+ "for region search.")
	int patches;

	@Option(names = "--quantize", description = "Store the catalogue's vector graphs 8-bit scalar quantised (smaller; "
		+ "searches rescore the top candidates with the full-precision vectors). Sticks to the catalogue.")
	boolean quantize;

	@Option(names = "--patch-level", paramLabel = "N", description = "Pyramid level the patches are cut from (default 0).")
	int patchLevel;

	@Mixin
	EmbedderOptions embed;

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		final Map<String, org.tessera.embed.EmbedOptions> e = new LinkedHashMap<>();
		embedders.forEach(n -> e.put(n, embed.options()));
		final Indexer.Options o = new Indexer.Options(!noHash, prune, commitEvery, Indexer.Options.DEFAULT.commitMillis(),
			threads).withEmbedding(new Indexer.Embedding(e, patches, patchLevel));
		final IngestReport r;
		try (CatalogWriter w = CatalogWriter.open(catalog.dir(), quantize); StderrProgress progress = new StderrProgress("index")) {
			w.warnings().forEach(m -> System.err.println("tessera index: warning: " + m));
			r = new Indexer(w, o, progress, noLineage ? LineageSink.NONE : LineageStore.batched(w)).run(paths);
		}
		System.out.println(Json.write(json(r), !options.json));
		return 0;
	}

	static Map<String, Object> json(final IngestReport r) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("indexed", r.indexed());
		m.put("skipped", r.skipped());
		m.put("removed", r.removed());
		m.put("failed", r.failed().stream().map(f -> Map.of("path", f.path(), "error", f.error())).toList());
		m.put("cancelled", r.cancelled());
		return m;
	}
}
