package org.tessera.fiji;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders DOT text to PNG with the Graphviz {@code dot} program found on the {@code PATH}
 * ({@code apt-get install graphviz}); {@link LineagePicture} draws without it when it is absent.
 */
final class Graphviz {

	/** NB: a large graph takes dot a few seconds; a minute means it hangs. */
	private static final long TIMEOUT_S = 60;

	private Graphviz() {}

	/** Whether {@code dot} is on the {@code PATH}. */
	static boolean available() {
		return executable().isPresent();
	}

	/**
	 * The PNG of {@code dot}.
	 *
	 * @throws IOException naming dot and the cause (its exit code and error output) when it fails
	 */
	static byte[] render(final String dot) throws IOException {
		final Path exe = executable().orElseThrow(() -> new IOException("Graphviz dot: not found on the PATH"));
		final Path err = Files.createTempFile("tessera-dot", ".err");
		final Process p = new ProcessBuilder(exe.toString(), "-Tpng").redirectError(err.toFile()).start();
		final CompletableFuture<byte[]> out = drain(p.getInputStream());
		try (OutputStream in = p.getOutputStream()) {
			in.write(dot.getBytes(StandardCharsets.UTF_8));
		}
		try {
			if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IOException("Graphviz dot: no result within " + TIMEOUT_S + " s");
			}
			if (p.exitValue() != 0) throw new IOException("Graphviz dot: exit code " + p.exitValue() + ": " + Files
				.readString(err).trim());
			return out.get();
		}
		catch (final InterruptedException | java.util.concurrent.ExecutionException e) {
			p.destroyForcibly();
			throw new IOException("Graphviz dot: " + e.getMessage(), e);
		}
		finally {
			Files.deleteIfExists(err);
		}
	}

	// -- Helper methods --

	private static Optional<Path> executable() {
		final String path = System.getenv("PATH");
		if (path == null) return Optional.empty();
		for (final String dir : path.split(java.io.File.pathSeparator)) {
			final Path exe = Path.of(dir, "dot");
			if (Files.isRegularFile(exe) && Files.isExecutable(exe)) return Optional.of(exe);
		}
		return Optional.empty();
	}

	/** NB: on a thread of its own: the common pool may have a single worker. */
	private static CompletableFuture<byte[]> drain(final InputStream s) {
		return CompletableFuture.supplyAsync(() -> {
			try (s) {
				return s.readAllBytes();
			}
			catch (final IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}, r -> new Thread(r, "Graphviz dot output").start());
	}
}
