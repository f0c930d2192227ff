package org.tessera.export.bagit;

import org.tessera.export.Digests;
import org.tessera.export.ExportListener;
import org.tessera.export.ExportSet;
import org.tessera.export.PackageSink;
import org.tessera.export.rocrate.CrateWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BagIt 1.0 bag (RFC 8493) holding the RO-Crate as its payload in {@code data/}: {@code bagit.txt},
 * {@code manifest-sha256.txt} from the checksums computed while copying, {@code bag-info.txt} with
 * Payload-Oxum and Bagging-Date, and {@code tagmanifest-sha256.txt} over the tag files.
 */
public final class BagWriter {

	/** The bag declaration. */
	static final String DECLARATION = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

	private BagWriter() {}

	/** Writes the bag; returns every file's path and digests. */
	public static Map<String, Digests> write(final ExportSet set, final PackageSink sink, final ExportListener listener)
		throws IOException
	{
		final Map<String, Digests> payload = CrateWriter.write(set, sink, "data/", listener);
		final Map<String, Digests> all = new LinkedHashMap<>(payload), tags = new LinkedHashMap<>();
		tag(sink, "bagit.txt", DECLARATION, tags);
		tag(sink, "manifest-sha256.txt", manifest(payload), tags);
		tag(sink, "bag-info.txt", info(set, payload), tags);
		all.putAll(tags);
		final Map<String, Digests> tagManifest = new LinkedHashMap<>();
		tag(sink, "tagmanifest-sha256.txt", manifest(tags), tagManifest);
		all.putAll(tagManifest);
		return all;
	}

	// -- Tag files --

	private static void tag(final PackageSink sink, final String name, final String text, final Map<String, Digests> out)
		throws IOException
	{
		out.put(name, sink.write(name, text.getBytes(StandardCharsets.UTF_8)));
	}

	/** {@code <sha256>  <path>} lines, paths percent-encoded as RFC 8493 §2.1.3 asks. */
	static String manifest(final Map<String, Digests> files) {
		final StringBuilder sb = new StringBuilder();
		files.forEach((p, d) -> sb.append(d.sha256()).append("  ").append(encode(p)).append('\n'));
		return sb.toString();
	}

	static String encode(final String path) {
		return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

	private static String info(final ExportSet set, final Map<String, Digests> payload) {
		final long bytes = payload.values().stream().mapToLong(Digests::size).sum();
		return "Bag-Software-Agent: " + set.agent().name() + " " + set.agent().version() + "\n" + "Bagging-Date: "
			+ LocalDate.now(ZoneOffset.UTC) + "\n" + "External-Identifier: " + set.stableId() + "\n" + "Payload-Oxum: "
			+ bytes + "." + payload.size() + "\n";
	}
}
