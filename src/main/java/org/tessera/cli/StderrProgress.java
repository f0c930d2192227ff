package org.tessera.cli;

import org.tessera.index.Indexer;

/**
 * Indexing progress on stderr, never stdout: a one-line bar redrawn in place when stderr is a
 * terminal, and one line per commit always (scripts and tests can see what is durable).
 */
final class StderrProgress implements Indexer.Listener, AutoCloseable {

	private final String command;
	// NB: Java 21 cannot ask about stderr alone; an interactive console is the nearest test.
	private final boolean terminal = System.console() != null;
	private long lastDraw;
	private boolean drawn;

	StderrProgress(final String command) {
		this.command = command;
	}

	@Override
	public void progress(final int done, final int total) {
		final long now = System.currentTimeMillis();
		if (!terminal || (now - lastDraw < 200 && done < total)) return;
		lastDraw = now;
		final int width = 30, filled = total == 0 ? width : (int) ((long) done * width / total);
		System.err.print("\r" + command + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
		drawn = true;
	}

	@Override
	public void committed(final int done) {
		if (drawn) System.err.print("\r");
		System.err.println("tessera " + command + ": committed " + done + " datasets");
	}

	@Override
	public void close() {
		if (drawn) System.err.println();
	}
}
