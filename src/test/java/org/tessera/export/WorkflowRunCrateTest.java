package org.tessera.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.kit.datamanager.ro_crate.RoCrate;
import edu.kit.datamanager.ro_crate.entities.AbstractEntity;
import edu.kit.datamanager.ro_crate.reader.FolderReader;
import edu.kit.datamanager.ro_crate.reader.RoCrateReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Workflow Run Crate 0.5 profile, read back with ro-crate-java: the PROV-JSON lineage file as the
 * root's ComputationalWorkflow mainEntity in the Tessera language, the run's CreateAction with that
 * workflow as instrument, the unmade inputs as object and the exported data as result, one CreateAction
 * per recorded step, and the profile URIs on the root and the descriptor.
 */
class WorkflowRunCrateTest {

	@TempDir
	Path tmp;

	private static List<String> ids(final JsonNode refs) {
		final List<String> out = new ArrayList<>();
		(refs.isArray() ? refs : List.of(refs)).forEach(r -> out.add(r.get("@id").asText()));
		return out;
	}

	@Test
	void theLineageIsTheMainWorkflowAndItsRunLinksInputsAndResults() throws Exception {
		final ExportSet set = ExportFixture.create(tmp, 3).set(3);
		final Path dir = tmp.resolve("crate");
		Exporters.byName("rocrate").export(set, dir.toString(), ExportOptions.defaults(), ExportListener.NONE);
		final JsonNode descriptor = CrateChecks.check(dir).get("ro-crate-metadata.json");
		final RoCrate crate = new RoCrateReader(new FolderReader()).readCrate(dir.toString());
		final JsonNode root = crate.getRootDataEntity().getProperties();
		assertEquals(List.of("https://w3id.org/ro/wfrun/process/0.5", "https://w3id.org/ro/wfrun/workflow/0.5",
			"https://w3id.org/workflowhub/workflow-ro-crate/1.0"), ids(root.get("conformsTo")));
		assertEquals(List.of("https://w3id.org/ro/crate/1.2", "https://w3id.org/workflowhub/workflow-ro-crate/1.0"), ids(
			descriptor.get("conformsTo")));
		assertEquals("lineage.prov.json", root.at("/mainEntity/@id").asText());
		final JsonNode wf = crate.getEntityById("lineage.prov.json").getProperties();
		assertEquals("[\"File\",\"SoftwareSourceCode\",\"ComputationalWorkflow\"]", wf.get("@type").toString());
		final JsonNode lang = crate.getEntityById(wf.at("/programmingLanguage/@id").asText()).getProperties();
		assertEquals("ComputerLanguage", lang.get("@type").asText());
		assertEquals("Tessera", lang.get("name").asText());
		final JsonNode prov = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("lineage.prov.json")));
		final Set<String> recorded = new TreeSet<>();
		prov.get("activity").fieldNames().forEachRemaining(recorded::add);
		assertEquals(new TreeSet<>(set.activities().stream().map(a -> a.id()).toList()), recorded);
		run(crate, root, set);
		step(crate);
	}

	/** The run: the workflow as instrument, the raw file no step made as object, every dataset as result. */
	private static void run(final RoCrate crate, final JsonNode root, final ExportSet set) {
		final String runId = ids(root.get("mentions")).stream().filter(id -> id.startsWith("#run-")).findFirst().orElseThrow();
		final JsonNode run = crate.getEntityById(runId).getProperties();
		assertEquals("CreateAction", run.get("@type").asText());
		assertEquals(List.of("lineage.prov.json"), ids(run.get("instrument")));
		final List<String> objects = ids(run.get("object"));
		assertTrue(objects.stream().anyMatch(o -> "cd".repeat(32).equals(crate.getEntityById(o).getProperty("sha256")
			.asText())), objects.toString());
		final List<String> datasets = set.items().stream().map(i -> "data/" + i.source().getFileName() + "/").toList();
		assertEquals(datasets, ids(run.get("result")));
		assertEquals("2026-01-01T04:00:00Z", run.get("startTime").asText());
		assertEquals("2026-01-02T03:04:06Z", run.get("endTime").asText());
	}

	/** One step: Tessera and the model as instruments, the raw file and a parameter as object, the dataset as result. */
	private static void step(final RoCrate crate) {
		final AbstractEntity reduce = crate.getEntityById(ExportFixture.REDUCE);
		final List<String> instruments = ids(reduce.getProperty("instrument"));
		assertTrue(instruments.contains("#model-" + ExportFixture.MODEL), instruments.toString());
		assertEquals("SoftwareApplication", crate.getEntityById(instruments.get(0)).getProperty("@type").asText());
		final List<String> objects = ids(reduce.getProperty("object"));
		assertEquals("PropertyValue", crate.getEntityById(objects.get(1)).getProperty("@type").asText());
		assertEquals("tiny", crate.getEntityById(objects.get(1)).getProperty("value").asText());
		assertTrue(ids(reduce.getProperty("result")).get(0).startsWith("data/"));
	}
}
