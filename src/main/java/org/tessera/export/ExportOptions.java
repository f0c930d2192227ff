package org.tessera.export;

import java.util.Map;

/**
 * Settings an exporter may use besides its target, by stable key, and the environment it may read
 * (secrets such as the repository token come from there or from a file, never from the command line).
 *
 * @param settings e.g. {@link #TOKEN_FILE}, {@link #PUBLISH}, {@link #OBJECT_ID}
 * @param env the environment variables ({@code System.getenv()} outside tests)
 */
public record ExportOptions(Map<String, String> settings, Map<String, String> env) {

	/** A file holding the repository access token. */
	public static final String TOKEN_FILE = "token-file";

	/** {@code "true"} to publish a repository draft after upload. */
	public static final String PUBLISH = "publish";

	/** The OCFL object id to write (default: the export set's stable id). */
	public static final String OBJECT_ID = "object-id";

	public ExportOptions {
		settings = Map.copyOf(settings);
		env = Map.copyOf(env);
	}

	/** No settings, the process environment. */
	public static ExportOptions defaults() {
		return new ExportOptions(Map.of(), System.getenv());
	}

	/** The setting, or null. */
	public String get(final String key) {
		return settings.get(key);
	}

	/** Whether the setting is {@code "true"}. */
	public boolean flag(final String key) {
		return Boolean.parseBoolean(settings.get(key));
	}
}
