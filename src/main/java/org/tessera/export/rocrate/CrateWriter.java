package org.tessera.export.rocrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.export.DataFile;
import org.tessera.export.Digests;
import org.tessera.export.ExportListener;
import org.tessera.export.ExportSet;
import org.tessera.export.PackageSink;
import org.tessera.lineage.Activity;
import org.tessera.meta.Record;
import org.tessera.meta.RecordJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an RO-Crate 1.2 into a {@link PackageSink} under a prefix ({@code ""}, or {@code "data/"} inside
 * a bag): the data files, one record JSON per record ({@code metadata/…json}), the lineage as PROV-JSON
 * ({@link CrateWorkflow}, the Workflow Run Crate's main entity) and {@code ro-crate-metadata.json} last,
 * built from the checksums computed while copying.
 */
public final class CrateWriter {

	/** The metadata file name. */
	public static final String METADATA = "ro-crate-metadata.json";

	private CrateWriter() {}

	/** Writes the crate; returns every written file's path (with the prefix) and digests, in write order. */
	public static Map<String, Digests> write(final ExportSet set, final PackageSink sink, final String prefix,
		final ExportListener listener) throws IOException
	{
		final Map<String, Digests> written = new LinkedHashMap<>();
		final CrateGraph g = new CrateGraph();
		final ObjectNode root = CrateRoot.add(g, set);
		final Map<String, String> known = new HashMap<>();
		final List<DataFile> files = set.files();
		sink.copyAll(files.stream().map(DataFile::source).toList(), files.stream().map(f -> prefix + f.path()).toList(),
			(i, d) -> {
				final String path = files.get(i).path();
				put(sink, prefix, path, written, listener, () -> d);
				CrateFiles.add(g, path, d);
				known.put("sha256:" + d.sha256(), path);
			});
		dataEntities(g, root, set, files, known);
		for (final ExportSet.Item i : set.items()) {
			final String path = "metadata/" + safe(i.record().id()) + ".json";
			final byte[] json = RecordJson.write(i.record()).getBytes(StandardCharsets.UTF_8);
			final Digests d = put(sink, prefix, path, written, listener, () -> sink.write(prefix + path, json));
			CrateFiles.add(g, path, d).set("about", CrateGraph.ref(known.get(i.record().id())));
			CrateGraph.link(root, "hasPart", path);
		}
		final byte[] prov = CrateWorkflow.json(set);
		CrateWorkflow.add(g, root, CrateWorkflow.FILE, put(sink, prefix, CrateWorkflow.FILE, written, listener,
			() -> sink.write(prefix + CrateWorkflow.FILE, prov)));
		final CrateActions actions = new CrateActions(g, known);
		for (final Activity a : set.activities()) actions.add(root, a);
		CrateWorkflow.run(g, root, actions, set, CrateWorkflow.FILE, set.items().stream().map(i -> known.get(i.record()
			.id())).distinct().toList());
		final byte[] meta = g.toJson();
		put(sink, prefix, METADATA, written, listener, () -> sink.write(prefix + METADATA, meta));
		return written;
	}

	// -- Helpers --

	private interface Step {

		Digests run() throws IOException;
	}

	private static Digests put(final PackageSink sink, final String prefix, final String path,
		final Map<String, Digests> written, final ExportListener listener, final Step step) throws IOException
	{
		final Digests d = step.run();
		written.put(prefix + path, d);
		listener.fileWritten(prefix + path, d.size());
		return d;
	}

	/** The data entity of each record (a File, or a Dataset for a container), linked from the root. */
	private static void dataEntities(final CrateGraph g, final ObjectNode root, final ExportSet set,
		final List<DataFile> files, final Map<String, String> known) throws IOException
	{
		final Map<String, String> entityOfRoot = new LinkedHashMap<>();
		for (final DataFile f : files) {
			final boolean single = f.path().equals(f.root());
			final String id = single ? f.root() : f.root() + "/";
			if (entityOfRoot.putIfAbsent(f.root(), id) == null) CrateGraph.link(root, "hasPart", id);
			if (!single) CrateGraph.link(g.entity(id, "Dataset").put("name", f.root().substring(f.root().indexOf('/')
				+ 1)), "hasPart", f.path());
		}
		for (final ExportSet.Item i : set.items()) {
			final String id = entityOfRoot.get(rootOf(files, i));
			record(g.entity(id, "Dataset"), i.record());
			known.put(i.record().id(), id);
			final Record.Checksums c = i.record().checksums();
			if (c != null && c.arraySha256() != null) known.put("array-sha256:" + c.arraySha256(), id);
		}
	}

	private static String rootOf(final List<DataFile> files, final ExportSet.Item i) throws IOException {
		final java.nio.file.Path src = i.source().toAbsolutePath().normalize();
		for (final DataFile f : files) {
			if (f.source().startsWith(src)) return f.root();
		}
		throw new org.tessera.export.ExportException(src + ": no data files to export");
	}

	private static void record(final ObjectNode e, final Record r) {
		final com.fasterxml.jackson.databind.node.ArrayNode ids = e.has("identifier") ? (com.fasterxml.jackson.databind.node.ArrayNode) e
			.get("identifier") : e.putArray("identifier");
		ids.add(r.id());
		if (!r.datacite().titles().isEmpty()) e.put("name", r.datacite().titles().get(0));
		if (r.acquired() != null) e.put("dateCreated", r.acquired());
		if (r.format() != null) e.put("additionalType", r.format());
	}

	/** A record id as a file name: characters other than letters, digits, {@code .-_} become {@code _}. */
	static String safe(final String id) {
		return id.replaceAll("[^A-Za-z0-9._-]", "_");
	}
}
