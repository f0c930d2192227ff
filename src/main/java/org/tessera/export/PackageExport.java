package org.tessera.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shared frame of the package exporters: write into a partial beside the target, then move it into place. */
public final class PackageExport {

	/** Writes the package's files into a sink; returns each path's digests. */
	public interface Body {

		Map<String, Digests> write(PackageSink sink) throws IOException;
	}

	private PackageExport() {}

	/**
	 * Writes {@code body} into a partial sibling of {@code target} (a zip file when {@code zip}) and moves
	 * it into place; on failure nothing is left at (or beside) the target.
	 */
	public static ExportResult run(final Path target, final boolean zip, final Body body, final ExportListener listener)
		throws IOException
	{
		try (AtomicTarget t = AtomicTarget.begin(target)) {
			final Map<String, Digests> files;
			try (PackageSink sink = PackageSink.open(t.partial(), zip, false)) {
				files = body.write(sink);
			}
			final Path done = t.commit();
			listener.step("committed " + done);
			return result(done.toString(), files);
		}
	}

	/** The {@code --json} result: each path with {@code "sha256:<hex>"}. */
	public static ExportResult result(final String target, final Map<String, Digests> files) {
		final Map<String, String> sums = new LinkedHashMap<>();
		files.forEach((p, d) -> sums.put(p, "sha256:" + d.sha256()));
		return new ExportResult(target, files.size(), sums, Map.of());
	}
}
