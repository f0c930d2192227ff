package org.tessera.embed.djl;

import org.tessera.TestData;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shared ONNX models ({@code shared/models}); tests that need one are skipped when it is absent. */
final class SharedModels {

	private SharedModels() {}

	/** {@code shared/models/<file>}, or the calling test is skipped. */
	static Path model(final String file) {
		final Path p = TestData.shared().resolve("models").resolve(file);
		assumeTrue(Files.isRegularFile(p), "shared model not found: " + p);
		return p;
	}
}
