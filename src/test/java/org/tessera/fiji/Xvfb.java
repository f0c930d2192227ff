package org.tessera.fiji;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A private X server for GUI tests: starts {@code Xvfb} on a free display number and stops it on
 * {@link #close()}. Tests that need it are skipped when Xvfb is not installed.
 */
public final class Xvfb implements AutoCloseable {

	/** The virtual screen size. */
	public static final int WIDTH = 1280, HEIGHT = 1024;

	private final Process process;
	private final int display;

	private Xvfb(final Process process, final int display) {
		this.process = process;
		this.display = display;
	}

	/** Starts a server; skips the calling test when {@code Xvfb} is not on the PATH. */
	public static Xvfb start() throws IOException, InterruptedException {
		final Path exe = executable();
		assumeTrue(exe != null, "Xvfb is not installed (apt-get install xvfb)");
		for (int n = 90 + (int) (ProcessHandle.current().pid() % 50); n < 400; n++) {
			if (Files.exists(socket(n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
			final Process p = new ProcessBuilder(exe.toString(), ":" + n, "-screen", "0", WIDTH + "x" + HEIGHT + "x24",
				"-nolisten", "tcp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (awaitSocket(p, n)) return new Xvfb(p, n);
			p.destroyForcibly();
		}
		throw new IOException("no free X display number for Xvfb");
	}

	/** The value for {@code DISPLAY}, e.g. {@code ":93"}. */
	public String display() {
		return ":" + display;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
	}

	// -- Helper methods --

	private static Path executable() {
		for (final String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			final Path p = Path.of(dir, "Xvfb");
			if (Files.isExecutable(p)) return p;
		}
		return null;
	}

	private static Path socket(final int n) {
		return Path.of("/tmp/.X11-unix/X" + n);
	}

	/** Waits up to 10 s for the server's socket; false when the server died (display taken). */
	private static boolean awaitSocket(final Process p, final int n) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (!p.isAlive()) return false;
			if (Files.exists(socket(n))) return true;
			Thread.sleep(100);
		}
		return false;
	}
}
