package org.tessera.export.ocfl;

import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.FileDetails;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.VersionDetails;
import io.ocfl.api.model.VersionInfo;
import org.tessera.export.Digests;
import org.tessera.export.DirectorySink;
import org.tessera.export.ExportListener;
import org.tessera.export.ExportOptions;
import org.tessera.export.ExportResult;
import org.tessera.export.ExportSet;
import org.tessera.export.Exporter;
import org.tessera.export.PackageExport;
import org.tessera.export.TargetLock;
import org.tessera.export.Trees;
import org.tessera.export.rocrate.CrateWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ocfl:ROOT}: the RO-Crate as one OCFL 1.1 object (SHA-256 inventory) in a storage root, through
 * ocfl-java. The object id is the export set's {@link ExportSet#stableId()} (or {@code object-id}); exporting
 * changed content adds a version, exporting the same content adds none, and earlier versions are never
 * touched (ocfl-java stages each version and moves it into place).
 */
public final class OcflExporter implements Exporter {

	@Override
	public String name() {
		return "ocfl";
	}

	@Override
	public String description() {
		return "OCFL 1.1 object in a storage root: the RO-Crate, one new version per changed export";
	}

	@Override
	public ExportResult export(final ExportSet set, final String target, final ExportOptions options,
		final ExportListener listener) throws IOException
	{
		final Path root = Path.of(target).toAbsolutePath().normalize();
		final Path work = root.resolveSibling("." + root.getFileName() + ".ocfl-work");
		try (TargetLock lock = TargetLock.take(root)) {
			return export(set, options, listener, root, work);
		}
	}

	private static ExportResult export(final ExportSet set, final ExportOptions options, final ExportListener listener,
		final Path root, final Path work) throws IOException
	{
		final String id = options.get(ExportOptions.OBJECT_ID) != null ? options.get(ExportOptions.OBJECT_ID) : set
			.stableId();
		final Path stage = work.resolve("stage-" + UUID.randomUUID());
		final OcflRepository repo = OcflRepositories.open(root, work);
		// NB: stages of killed runs are deleted (the lock keeps out concurrent runs).
		try (var old = java.nio.file.Files.newDirectoryStream(work, "stage-*")) {
			for (final Path p : old) Trees.delete(p);
		}
		try {
			final Map<String, Digests> files;
			try (DirectorySink sink = new DirectorySink(stage, false)) {
				files = CrateWriter.write(set, sink, "", listener);
			}
			final boolean same = repo.containsObject(id) && same(repo.describeVersion(ObjectVersionId.head(id)), files);
			final ObjectVersionId v = same ? repo.describeObject(id).getHeadVersion().getObjectVersionId() : repo
				.putObject(ObjectVersionId.head(id), stage, new VersionInfo().setMessage("tessera export " + set.items()
					.size() + " record(s)"), OcflOption.MOVE_SOURCE);
			listener.step((same ? "unchanged " : "committed ") + id + " " + v.getVersionNum());
			return PackageExport.result(root.toString(), files).with("object", id).with("version", v.getVersionNum()
				.toString()).with("created", Boolean.toString(!same));
		}
		finally {
			repo.close();
			Trees.delete(stage);
		}
	}

	/** Whether the head version holds exactly these files with these SHA-256 digests. */
	static boolean same(final VersionDetails head, final Map<String, Digests> files) {
		final Map<String, String> have = new HashMap<>();
		for (final FileDetails f : head.getFiles()) have.put(f.getPath(), f.getFixity().get(DigestAlgorithmRegistry.sha256));
		final Map<String, String> want = new HashMap<>();
		files.forEach((p, d) -> want.put(p, d.sha256()));
		return have.equals(want);
	}

}
