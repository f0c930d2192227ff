package org.tessera.export;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** BagIt bags: verified complete and valid by the Library of Congress bagit library, the crate inside checked. */
class BagItExporterTest extends AbstractExporterTest {

	@Override
	protected String name() {
		return "bagit";
	}

	@Override
	protected Path target() {
		return tmp.resolve("out/bag");
	}

	@Override
	protected String prefix() {
		return "data/";
	}

	@Override
	protected void check(final ExportResult r, final ExportSet set) throws Exception {
		final Bag bag = new BagReader().read(target());
		assertEquals("1.0", bag.getVersion().toString());
		try (BagVerifier v = new BagVerifier()) {
			v.isValid(bag, false);
		}
		final long payload = set.files().size() + set.items().size() + 2; // + lineage.prov.json, ro-crate-metadata.json
		assertTrue(bag.getMetadata().get("Payload-Oxum").get(0).endsWith("." + payload), bag.getMetadata().toString());
		RoCrateExporterTest.checkCrate(target().resolve("data"), set);
		assertTrue(Files.readString(target().resolve("tagmanifest-sha256.txt")).contains("  manifest-sha256.txt\n"));
	}

	@org.junit.jupiter.api.Test
	void tamperedPayloadIsCaughtByTheVerifier() throws Exception {
		export(fixture.set(1));
		final Path f = target().resolve("data").resolve(fixture.set(1).files().get(0).path());
		Files.write(f, new byte[] { 1, 2, 3 });
		try (BagVerifier v = new BagVerifier()) {
			assertThrows(Exception.class, () -> v.isValid(new BagReader().read(target()), false));
		}
	}
}
