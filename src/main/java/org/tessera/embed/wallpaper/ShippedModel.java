package org.tessera.embed.wallpaper;

import org.tessera.embed.EmbedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The wallpaper model shipped inside the jar ({@code org/tessera/embed/models/wallpaper-v1.onnx} and its
 * descriptor {@code wallpaper-v1.json}), copied once to a cache folder because ONNX Runtime loads models
 * from a path. The folder is named by the ONNX file's SHA-256, so a new model never reuses an old copy.
 */
public final class ShippedModel {

	/** The resource folder. */
	static final String FOLDER = "/org/tessera/embed/models/";
	/** The model's file stem. */
	public static final String STEM = "wallpaper-v1";

	private ShippedModel() {}

	/**
	 * The descriptor file of the extracted model, extracting both files into {@code cacheRoot} first if
	 * needed.
	 *
	 * @throws EmbedException naming the resource when it is missing or cannot be copied
	 */
	public static Path descriptor(final Path cacheRoot) throws EmbedException {
		final byte[] onnx = resource(STEM + ".onnx");
		final Path dir = cacheRoot.resolve(STEM + "-" + sha256(onnx).substring(0, 16));
		try {
			Files.createDirectories(dir);
			place(dir.resolve(STEM + ".onnx"), onnx);
			place(dir.resolve(STEM + ".json"), resource(STEM + ".json"));
		}
		catch (final IOException e) {
			throw new EmbedException(dir + ": cannot extract the shipped wallpaper model (" + e.getMessage() + ")", e);
		}
		return dir.resolve(STEM + ".json");
	}

	/** The default cache root: {@code tessera-models} in the temporary folder. */
	public static Path defaultCache() {
		return Path.of(System.getProperty("java.io.tmpdir"), "tessera-models");
	}

	/** The SHA-256 of {@code bytes}, lower-case hex. */
	public static String sha256(final byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
		}
	}

	// -- Helper methods --

	static byte[] resource(final String name) throws EmbedException {
		try (InputStream in = ShippedModel.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) throw new EmbedException(FOLDER + name + ": shipped model resource not found on the class path");
			return in.readAllBytes();
		}
		catch (final IOException e) {
			throw new EmbedException(FOLDER + name + ": cannot read the shipped model (" + e.getMessage() + ")", e);
		}
	}

	/** NB: written to a temporary sibling and moved, so concurrent JVMs never see half a file. */
	private static void place(final Path target, final byte[] bytes) throws IOException {
		if (Files.exists(target) && Files.size(target) == bytes.length) return;
		final Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
		Files.write(tmp, bytes);
		Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
