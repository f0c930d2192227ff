package org.tessera.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless {@code tessera} command line: the same services as the Fiji menus, for scripts,
 * clusters and benchmarks. {@code --json} prints exactly one JSON object on stdout; failures go to
 * stderr as one line naming the file and the cause, with a non-zero exit code (stack traces only
 * with {@code --debug}).
 */
@Command(name = "tessera", mixinStandardHelpOptions = true, versionProvider = Tessera.Version.class,
	description = "Open, inspect and stream big scientific image datasets lazily.",
	// NB: one per line, so that adding a subcommand never conflicts with another change.
	subcommands = {
		InfoCommand.class,
		StatsCommand.class,
		SampleCommand.class,
		BenchCommand.class,
		ReduceCommand.class,
		IndexCommand.class,
		SearchCommand.class,
		LineageCommand.class,
		ExportCommand.class,
		ImportCommand.class,
		CatalogBenchCommand.class,
		BenchEmbedCommand.class,
		BenchAnnCommand.class,
		ExportBenchCommand.class,
	})
public final class Tessera implements Runnable {

	/** Exit code for a dataset that could not be read (bad input). */
	public static final int EXIT_INPUT = 1;

	/** Exit code for a usage error (unknown option, missing argument). */
	public static final int EXIT_USAGE = 2;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(System.err);
	}

	public static void main(final String... args) {
		System.exit(execute(args));
	}

	/** Runs the command line without exiting (for tests and embedding); returns the exit code. */
	public static int execute(final String... args) {
		final CommandLine cl = new CommandLine(new Tessera());
		cl.setExecutionExceptionHandler(new Failures());
		cl.setParameterExceptionHandler((e, a) -> {
			e.getCommandLine().getErr().println("tessera: " + e.getMessage());
			return EXIT_USAGE;
		});
		return cl.execute(args);
	}

	/** The version from the jar manifest, or "dev" when run from classes. */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			final String v = Tessera.class.getPackage().getImplementationVersion();
			return new String[] { "tessera " + (v == null ? "dev" : v) };
		}
	}
}
