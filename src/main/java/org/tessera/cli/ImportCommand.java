package org.tessera.cli;

import org.tessera.export.ImportLimits;
import org.tessera.export.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tessera import PACKAGE [--to DIR]}: verify a bag or crate (directory or zip) and copy it in. */
@Command(name = "import", description = "Verify every checksum of a BagIt bag or RO-Crate (directory or zip) and "
	+ "copy it to DIR; without --to, only verify.")
final class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "PACKAGE", description = "Bag or crate directory, crate zip, or zipped bag "
		+ "(one top-level folder, RFC 8493 §4).")
	Path pkg;

	@Option(names = "--to", paramLabel = "DIR", description = "Where to put the verified package (must not be inside it).")
	Path to;

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		final Importer.Result r = new Importer(ImportLimits.DEFAULT).run(pkg, to);
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("package", r.pkg());
		m.put("target", r.target());
		m.put("kind", r.kind());
		m.put("files", r.files());
		m.put("verified", r.verified());
		System.out.println(options.json ? Json.write(m, false) : r.pkg() + ": " + r.kind() + ", " + r.files() + " files, "
			+ r.verified() + " checksums verified" + (r.target() == null ? "" : ", copied to " + r.target()));
		return 0;
	}
}
