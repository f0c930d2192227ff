package org.tessera;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where the shared test data lives: {@code ../shared} beside the checkout (system property
 * {@code tessera.shared}, set by the POM). Tests that need it are skipped, not passed, when it is
 * missing.
 */
public final class TestData {

	private static JsonNode truth;

	private TestData() {}

	/** The shared folder; skips the calling test when it does not exist. */
	public static Path shared() {
		final Path p = Path.of(System.getProperty("tessera.shared", "../shared")).toAbsolutePath().normalize();
		assumeTrue(Files.isDirectory(p), "shared data folder not found: " + p);
		return p;
	}

	/** A file or container under {@code shared/data/real}, e.g. {@code "n5/n5-java_data-1.5.0.n5"}. */
	public static Path real(final String relative) {
		final Path p = shared().resolve("data/real").resolve(relative);
		assumeTrue(Files.exists(p), "real test file not found: " + p);
		return p;
	}

	/**
	 * The files or containers under {@code shared/data/real} that exist, in the given order; never
	 * skips (for tests that also have fixtures of their own).
	 */
	public static List<Path> realIfPresent(final String... relative) {
		final Path real = Path.of(System.getProperty("tessera.shared", "../shared"), "data/real");
		return Arrays.stream(relative).map(real::resolve).filter(Files::exists).toList();
	}

	/** {@code shared/data/real/truth.json}, parsed once. */
	public static synchronized JsonNode truth() {
		if (truth == null) {
			try {
				truth = new ObjectMapper().readTree(shared().resolve("data/real/truth.json").toFile());
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return truth;
	}

	/** The truth entry of one real file or container, e.g. {@code truth("zarr_v2/zarr-python_fixture_nested")}. */
	public static JsonNode truth(final String relative) {
		final JsonNode n = truth().get(relative);
		assumeTrue(n != null, "no truth.json entry for " + relative);
		return n;
	}
}
