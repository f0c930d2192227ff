package org.tessera.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tessera.TestData;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bench-embed} prints one JSON object with the overlapped and the single-threaded end-to-end
 * rate, the reading mode, and the inference rate (a smoke test: no timing is asserted beyond "ran").
 */
class BenchEmbedCommandTest {

	@Test
	void reportsBothEndToEndRatesAndHowItRead() throws Exception {
		final Path model = TestData.shared().resolve("models/tiny-embed.onnx");
		assumeTrue(Files.isRegularFile(model), "shared model not found: " + model);
		final CliTest.Run r = CliTest.run("bench-embed", "--model", model.toString(), "--count", "6", "--size", "64",
			"--batch", "4", "--repeat", "1");
		assertEquals(0, r.code(), r.err());
		final JsonNode j = r.json();
		assertEquals("tiny-embed", j.get("model").asText());
		assertEquals(6, j.get("images").asInt());
		assertEquals("1 background thread, 2 batches ahead", j.get("reading").asText());
		for (final String k : new String[] { "end_to_end_images_per_s", "end_to_end_single_thread_images_per_s",
			"inference_images_per_s" }) assertTrue(j.get(k).asDouble() > 0, k + " in " + j);
	}
}
