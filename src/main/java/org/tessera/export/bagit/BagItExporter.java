package org.tessera.export.bagit;

import org.tessera.export.ExportListener;
import org.tessera.export.ExportOptions;
import org.tessera.export.ExportResult;
import org.tessera.export.ExportSet;
import org.tessera.export.Exporter;
import org.tessera.export.PackageExport;

import java.io.IOException;
import java.nio.file.Path;

/** {@code bagit:DIR}: a BagIt 1.0 bag (SHA-256 manifests) whose payload is the RO-Crate. */
public final class BagItExporter implements Exporter {

	@Override
	public String name() {
		return "bagit";
	}

	@Override
	public String description() {
		return "BagIt 1.0 bag with SHA-256 manifests holding the RO-Crate in data/";
	}

	@Override
	public ExportResult export(final ExportSet set, final String target, final ExportOptions options,
		final ExportListener listener) throws IOException
	{
		return PackageExport.run(Path.of(target), false, sink -> BagWriter.write(set, sink, listener), listener);
	}
}
