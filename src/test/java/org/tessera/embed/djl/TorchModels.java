package org.tessera.embed.djl;

import org.tessera.embed.EmbedException;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The TorchScript test models in {@code src/test/resources/org/tessera/embed/torch} (made by
 * {@code models/make_test_torchscript.py}); tests that need one are skipped when PyTorch's natives
 * cannot load here.
 */
final class TorchModels {

	/** Why PyTorch cannot start here, or null when it can (checked once). */
	private static String unavailable;
	private static boolean checked;

	private TorchModels() {}

	/** {@code torch/<file>} as a file, or the calling test is skipped when PyTorch cannot start. */
	static Path model(final String file) {
		final Path p = resource(file);
		assumeTrue(reason(p) == null, () -> "PyTorch natives do not load here: " + reason(p));
		return p;
	}

	/** {@code torch/<file>} as a file (no engine check). */
	static Path resource(final String file) {
		final URL u = TorchModels.class.getResource("/org/tessera/embed/torch/" + file);
		if (u == null) throw new IllegalStateException("test resource missing: torch/" + file);
		try {
			return Path.of(u.toURI());
		}
		catch (final URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static synchronized String reason(final Path model) {
		if (!checked) {
			checked = true;
			try {
				ModelLoading.engine(ModelDescriptor.of(model), 1);
			}
			catch (final EmbedException e) {
				unavailable = e.getMessage();
			}
		}
		return unavailable;
	}
}
