package org.tessera.cli;

import picocli.CommandLine.Option;

/** Options every subcommand accepts. */
final class CommonOptions {

	@Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
	boolean json;

	@Option(names = "--debug", description = "Print stack traces of failures.")
	boolean debug;
}
