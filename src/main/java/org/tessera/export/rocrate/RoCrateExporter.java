package org.tessera.export.rocrate;

import org.tessera.export.ExportListener;
import org.tessera.export.ExportOptions;
import org.tessera.export.ExportResult;
import org.tessera.export.ExportSet;
import org.tessera.export.Exporter;
import org.tessera.export.PackageExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code rocrate:DIR} or {@code rocrate:FILE.zip}: an RO-Crate 1.2 with the Process Run Crate profile. */
public final class RoCrateExporter implements Exporter {

	@Override
	public String name() {
		return "rocrate";
	}

	@Override
	public String description() {
		return "RO-Crate 1.2 (directory, or zip when the target ends in .zip) with data, DataCite metadata and lineage";
	}

	@Override
	public ExportResult export(final ExportSet set, final String target, final ExportOptions options,
		final ExportListener listener) throws IOException
	{
		final boolean zip = target.toLowerCase(Locale.ROOT).endsWith(".zip");
		return PackageExport.run(Path.of(target), zip, sink -> CrateWriter.write(set, sink, "", listener), listener);
	}
}
