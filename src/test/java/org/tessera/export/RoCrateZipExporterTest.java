package org.tessera.export;

import edu.kit.datamanager.ro_crate.RoCrate;
import edu.kit.datamanager.ro_crate.reader.RoCrateReader;
import edu.kit.datamanager.ro_crate.reader.ZipReader;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** RO-Crate zips: read back with ro-crate-java's zip reader and checked as JSON-LD inside the zip. */
class RoCrateZipExporterTest extends AbstractExporterTest {

	@Override
	protected String name() {
		return "rocrate";
	}

	@Override
	protected Path target() {
		return tmp.resolve("out/crate.zip");
	}

	@Override
	protected void check(final ExportResult r, final ExportSet set) throws Exception {
		try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + target().toUri()), Map.of())) {
			RoCrateExporterTest.checkCrate(zip.getPath("/"), set);
		}
		final RoCrate crate = new RoCrateReader(new ZipReader()).readCrate(target().toString());
		RoCrateExporterTest.checkWithReader(crate, set);
	}
}
