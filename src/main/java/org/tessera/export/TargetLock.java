package org.tessera.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per package target: an exclusive {@link FileChannel#tryLock()} on {@code .<name>.lock} beside
 * the target, so a second export (or import) to the same target fails at once with a clear message instead
 * of deleting the first one's partial. The operating system releases the lock when a process dies.
 * NB: the lock file is left in place (deleting it would let two writers lock two different files).
 */
public final class TargetLock implements Closeable {

	private final FileChannel channel;
	private final FileLock lock;

	private TargetLock(final FileChannel channel, final FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** The lock file of {@code target}. */
	public static Path file(final Path target) {
		final Path t = target.toAbsolutePath().normalize();
		return t.resolveSibling("." + t.getFileName() + ".lock");
	}

	/**
	 * Locks {@code target} for this writer.
	 *
	 * @throws ExportException naming the target when another writer holds it
	 */
	public static TargetLock take(final Path target) throws IOException {
		final Path f = file(target);
		Files.createDirectories(f.getParent());
		final FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock l;
		try {
			l = ch.tryLock();
		}
		catch (final OverlappingFileLockException e) {
			l = null;
		}
		if (l == null) {
			ch.close();
			throw new ExportException(target.toAbsolutePath().normalize() + ": another export is writing to this target "
				+ "(locked: " + f.getFileName() + "); try again when it has finished");
		}
		return new TargetLock(ch, l);
	}

	@Override
	public void close() throws IOException {
		try (channel) {
			lock.release();
		}
	}
}
