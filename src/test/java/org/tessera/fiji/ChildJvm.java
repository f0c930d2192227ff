package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a separate JVM with the test's own java binary and class path, e.g. an
 * ImageJ 1 GUI on an {@link Xvfb} display. Output goes to files (no pipe can block the child); a
 * child that overruns its timeout is killed and reported.
 */
public final class ChildJvm {

	/** What the child did. */
	public record Result(int exitCode, boolean timedOut, String stdout, String stderr) {

		/** Everything, for assertion messages. */
		public String describe() {
			return "exit " + exitCode + (timedOut ? " (killed after timeout)" : "") + "\n--- stdout ---\n" + stdout
				+ "\n--- stderr ---\n" + stderr;
		}
	}

	private ChildJvm() {}

	/**
	 * Runs {@code main} with the given system properties, environment additions and arguments.
	 *
	 * @param workDir holds the child's output files and is its working directory
	 */
	public static Result run(final Class<?> main, final Map<String, String> properties, final Map<String, String> env,
		final List<String> args, final Path workDir, final Duration timeout) throws IOException, InterruptedException
	{
		final List<String> cmd = new ArrayList<>();
		cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString()));
		cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
		properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
		cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
		cmd.addAll(args);
		final Path out = workDir.resolve("child-stdout.txt"), err = workDir.resolve("child-stderr.txt");
		final ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
			.redirectError(err.toFile());
		pb.environment().putAll(env);
		final Process p = pb.start();
		final boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (!done) {
			p.destroyForcibly();
			p.waitFor(10, TimeUnit.SECONDS);
		}
		return new Result(done ? p.exitValue() : -1, !done, Files.readString(out), Files.readString(err));
	}
}
