package org.tessera.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * A package target (directory or file) written beside itself and moved into place: the export writes into
 * {@link #partial()} ({@code .<name>.partial-<uuid>} in the same folder), and {@link #commit()} renames it
 * to the target with {@code ATOMIC_MOVE}. A killed export leaves only a hidden partial, which the next
 * export to the same target deletes. One export per target at a time: {@link #begin} takes the target's
 * {@link TargetLock} and {@link #close()} releases it.
 */
public final class AtomicTarget implements Closeable {

	private final Path target, partial;
	private final TargetLock lock;
	private boolean committed;

	private AtomicTarget(final Path target, final Path partial, final TargetLock lock) {
		this.target = target;
		this.partial = partial;
		this.lock = lock;
	}

	/**
	 * Prepares an export to {@code target}: locks it, cleans up after killed runs and picks a fresh partial path.
	 *
	 * @throws ExportException when another export holds the target
	 */
	public static AtomicTarget begin(final Path target) throws IOException {
		final Path t = target.toAbsolutePath().normalize();
		final TargetLock lock = TargetLock.take(t);
		try {
			recover(t);
		}
		catch (final IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
		return new AtomicTarget(t, t.resolveSibling(prefix(t, "partial") + UUID.randomUUID()), lock);
	}

	/** Where to write: does not exist yet. */
	public Path partial() {
		return partial;
	}

	/** The final location. */
	public Path target() {
		return target;
	}

	/**
	 * Moves the partial into place. An existing target is first renamed to {@code .<name>.old-<uuid>} and
	 * deleted afterwards; if the process dies between the two renames, the next {@link #begin} restores it.
	 */
	public Path commit() throws IOException {
		if (!Files.exists(target)) Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		else {
			final Path old = target.resolveSibling(prefix(target, "old") + UUID.randomUUID());
			Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			Trees.delete(old);
		}
		committed = true;
		return target;
	}

	/** Deletes the partial when not committed (a failed export leaves nothing behind); releases the lock. */
	@Override
	public void close() throws IOException {
		try (lock) {
			if (!committed) Trees.delete(partial);
		}
	}

	// -- Helpers --

	private static String prefix(final Path t, final String kind) {
		return "." + t.getFileName() + "." + kind + "-";
	}

	/** Deletes stale partials; puts back an old target a killed commit had moved aside. */
	private static void recover(final Path t) throws IOException {
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(t.getParent(), "." + t.getFileName() + ".*-*")) {
			for (final Path p : ds) {
				final String n = p.getFileName().toString();
				if (n.startsWith(prefix(t, "partial"))) Trees.delete(p);
				else if (n.startsWith(prefix(t, "old"))) {
					if (Files.exists(t)) Trees.delete(p);
					else Files.move(p, t, StandardCopyOption.ATOMIC_MOVE);
				}
			}
		}
	}
}
