package org.tessera.export.zenodo;

import org.tessera.export.ExportException;
import org.tessera.export.ExportOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository access token: from the file named by {@code --token-file}, else from
 * {@code $TESSERA_ZENODO_TOKEN}. NB: the token is never put into messages, logs, packages or lineage.
 */
final class Tokens {

	static final String ENV = "TESSERA_ZENODO_TOKEN";

	private Tokens() {}

	static String of(final ExportOptions options) throws IOException {
		final String file = options.get(ExportOptions.TOKEN_FILE);
		if (file != null) {
			final String t = Files.readString(Path.of(file)).strip();
			if (t.isEmpty()) throw new ExportException(file + ": token file is empty");
			return t;
		}
		final String env = options.env().get(ENV);
		if (env == null || env.isBlank()) throw new ExportException("zenodo: no access token: set $" + ENV
			+ " or pass --token-file FILE");
		return env.strip();
	}
}
