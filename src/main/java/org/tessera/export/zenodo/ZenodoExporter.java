package org.tessera.export.zenodo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.tessera.export.Digests;
import org.tessera.export.DirectorySink;
import org.tessera.export.ExportException;
import org.tessera.export.ExportListener;
import org.tessera.export.ExportOptions;
import org.tessera.export.ExportResult;
import org.tessera.export.ExportSet;
import org.tessera.export.Exporter;
import org.tessera.export.PackageExport;
import org.tessera.export.Trees;
import org.tessera.export.rocrate.CrateWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code zenodo:URL}: a deposit into Zenodo or any InvenioRDM over its REST API. The RO-Crate is staged in a
 * temporary folder (MD5 and SHA-256 computed while copying), each file is uploaded and committed, and the
 * MD5 the server reports is compared with the local one; the draft gets the records' DataCite metadata and
 * is published only with {@code publish}. A failed deposit leaves a draft (never a published record).
 */
public final class ZenodoExporter implements Exporter {

	/** Setting: a folder for the staged crate (default: the system temporary folder). */
	public static final String WORK_DIR = "work-dir";

	@Override
	public String name() {
		return "zenodo";
	}

	@Override
	public String description() {
		return "Zenodo / InvenioRDM deposit (REST API): the RO-Crate's files and the DataCite metadata";
	}

	@Override
	public boolean accepts(final String target) {
		return target.startsWith("https://") || target.startsWith("http://");
	}

	@Override
	public ExportResult export(final ExportSet set, final String target, final ExportOptions options,
		final ExportListener listener) throws IOException
	{
		final InvenioClient api = new InvenioClient(target, Tokens.of(options));
		final String wd = options.get(WORK_DIR);
		final Path stage = wd == null ? Files.createTempDirectory("tessera-deposit") : Files.createTempDirectory(Path.of(
			wd), "tessera-deposit");
		try {
			final Map<String, Digests> files;
			try (DirectorySink sink = new DirectorySink(stage.resolve("crate"), true)) {
				files = CrateWriter.write(set, sink, "", ExportListener.NONE);
			}
			final String id = api.createDraft(InvenioMetadata.of(set));
			final ArrayNode keys = JsonNodeFactory.instance.arrayNode();
			files.keySet().forEach(k -> keys.addObject().put("key", k));
			api.startFiles(id, keys);
			for (final Map.Entry<String, Digests> f : files.entrySet()) upload(api, id, stage.resolve("crate"), f, listener);
			api.updateDraft(id, InvenioMetadata.of(set));
			final boolean publish = options.flag(ExportOptions.PUBLISH);
			if (publish) api.publish(id);
			listener.step((publish ? "published " : "drafted ") + id);
			return PackageExport.result(api.url("/records/" + id), files).with("record", id).with("published", Boolean
				.toString(publish));
		}
		finally {
			Trees.delete(stage);
		}
	}

	private static void upload(final InvenioClient api, final String id, final Path dir, final Map.Entry<String, Digests> f,
		final ExportListener listener) throws IOException
	{
		final String server = api.upload(id, f.getKey(), dir.resolve(f.getKey()));
		if (!server.equals("md5:" + f.getValue().md5())) throw new ExportException(api.url("/api/records/" + id
			+ "/draft/files/" + f.getKey()) + ": checksum mismatch after upload (server " + server + ", local md5:" + f
				.getValue().md5() + ")");
		listener.fileWritten(f.getKey(), f.getValue().size());
	}
}
