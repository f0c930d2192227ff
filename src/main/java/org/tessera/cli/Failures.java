package org.tessera.cli;

import org.tessera.export.ExportException;
import org.tessera.io.TesseraIOException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns an exception from a subcommand into one line on stderr and an exit code: the message
 * already names the file and the cause; the stack trace is printed only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(final Exception ex, final CommandLine cl,
		final CommandLine.ParseResult parsed)
	{
		final Throwable cause = unwrap(ex);
		cl.getErr().println("tessera " + cl.getCommandName() + ": " + describe(cause));
		if (debug(parsed)) cause.printStackTrace(cl.getErr());
		return cause instanceof IOException || cause instanceof IllegalArgumentException ? Tessera.EXIT_INPUT : 3;
	}

	private static Throwable unwrap(final Throwable t) {
		Throwable c = t;
		while ((c instanceof UncheckedIOException || c.getClass() == RuntimeException.class) && c.getCause() != null) {
			c = c.getCause();
		}
		return c;
	}

	private static String describe(final Throwable t) {
		if (t instanceof TesseraIOException || t instanceof ExportException || t instanceof IllegalArgumentException) {
			return t.getMessage();
		}
		if (t instanceof java.nio.file.NoSuchFileException e) return e.getFile() + ": no such file or directory";
		if (t instanceof java.nio.file.AccessDeniedException e) return e.getFile() + ": permission denied";
		if (t instanceof OutOfMemoryError) return "out of memory (raise -Xmx or lower tessera.cache.bytes)";
		return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
	}

	private static boolean debug(final CommandLine.ParseResult parsed) {
		for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
			if (p.hasMatchedOption("--debug")) return true;
		}
		return false;
	}
}
