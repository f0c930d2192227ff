package org.tessera.export;

import com.fasterxml.jackson.databind.JsonNode;
import edu.kit.datamanager.ro_crate.RoCrate;
import edu.kit.datamanager.ro_crate.entities.AbstractEntity;
import edu.kit.datamanager.ro_crate.reader.FolderReader;
import edu.kit.datamanager.ro_crate.reader.RoCrateReader;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** RO-Crate directories: read back with ro-crate-java and checked as JSON-LD. */
class RoCrateExporterTest extends AbstractExporterTest {

	@Override
	protected String name() {
		return "rocrate";
	}

	@Override
	protected Path target() {
		return tmp.resolve("out/crate");
	}

	@Override
	protected void check(final ExportResult r, final ExportSet set) throws Exception {
		assertEquals(target().toString(), r.target());
		checkCrate(target(), set);
		final RoCrate crate = new RoCrateReader(new FolderReader()).readCrate(target().toString());
		checkWithReader(crate, set);
	}

	/** The JSON-LD checks and the expected entities, for any crate directory of the fixture's set. */
	static Map<String, JsonNode> checkCrate(final Path dir, final ExportSet set) throws Exception {
		final Map<String, JsonNode> g = CrateChecks.check(dir);
		final JsonNode root = g.get("./");
		assertEquals("https://w3id.org/ro/wfrun/process/0.5", root.at("/conformsTo/0/@id").asText());
		assertEquals(set.items().size() + set.activities().size() > 0, root.has("mentions"));
		assertEquals(set.activities().size() + 1, CrateChecks.ofType(g, "CreateAction").size(), "each step and the run");
		assertTrue(root.get("keywords").toString().contains("n5"), root.toString());
		assertFalse(g.containsKey("urn:uuid:22222222-0000-0000-0000-000000000002"), "downstream embed not exported");
		final JsonNode reduce = g.get(ExportFixture.REDUCE);
		assertEquals("tessera reduce", reduce.get("name").asText());
		assertEquals("http://schema.org/CompletedActionStatus", reduce.at("/actionStatus/@id").asText());
		assertEquals("2026-01-01T04:00:00Z", reduce.get("startTime").asText());
		final Set<String> instruments = Set.of(reduce.at("/instrument/0/@id").asText(), reduce.at("/instrument/1/@id")
			.asText(), reduce.at("/instrument/2/@id").asText());
		assertTrue(instruments.contains("#model-" + ExportFixture.MODEL), instruments.toString());
		assertEquals(ExportFixture.MODEL, g.get("#model-" + ExportFixture.MODEL).get("sha256").asText());
		assertEquals("Tessera", g.get(reduce.at("/instrument/0/@id").asText()).get("name").asText());
		final String dataset = "data/" + set.items().get(0).source().getFileName() + "/";
		assertEquals(dataset, reduce.at("/result/0/@id").asText(), "output array linked to its data entity");
		assertEquals("cd".repeat(32), g.get(reduce.at("/object/0/@id").asText()).get("sha256").asText());
		final JsonNode extract = g.get(CrateChecks.ofType(g, "CreateAction").stream().filter(id -> id.startsWith("urn:uuid:00000000"))
			.sorted().findFirst().orElseThrow());
		assertEquals(ExportFixture.ORCID, extract.at("/agent/@id").asText());
		assertEquals("Person", g.get(ExportFixture.ORCID).get("@type").asText());
		assertTrue(extract.at("/object/0/@id").asText().startsWith("data/"), "array input linked by its array hash");
		return g;
	}

	/** ro-crate-java sees the root, the data entities with their checksums, and the actions. */
	static void checkWithReader(final RoCrate crate, final ExportSet set) throws Exception {
		assertEquals(set.items().size() == 1 ? set.items().get(0).record().datacite().titles().stream().findFirst()
			.orElse(crate.getRootDataEntity().getProperty("name").asText()) : crate.getRootDataEntity().getProperty("name")
				.asText(), crate.getRootDataEntity().getProperty("name").asText());
		final DataFile f = set.files().get(0);
		final AbstractEntity e = crate.getEntityById(f.path());
		assertNotNull(e, f.path());
		assertEquals(Digests.of(java.nio.file.Files.readAllBytes(f.source())).sha256(), e.getProperty("sha256").asText());
		assertEquals(Long.toString(java.nio.file.Files.size(f.source())), e.getProperty("contentSize").asText());
		assertEquals(f.path().endsWith(".json") ? "application/json" : "application/octet-stream", e.getProperty("encodingFormat").asText());
		assertNotNull(crate.getDataEntityById("data/" + set.items().get(0).source().getFileName() + "/"));
		assertNotNull(crate.getEntityById(ExportFixture.REDUCE));
	}
}
