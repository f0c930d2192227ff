package org.tessera.image;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A chunk could not be read while a lazy image was being accessed. ImgLib2's accessors cannot
 * throw checked exceptions, so the reader's {@link IOException} (normally a
 * {@link org.tessera.io.TesseraIOException} naming the file and the cause) travels inside this
 * unchecked exception; {@link #getCause()} returns it, and the message is the cause's message
 * (e.g. {@code "/data/a.zarr/0/0.1: truncated blosc block"}) followed by the chunk's position.
 */
public class ChunkLoadException extends UncheckedIOException {

	public ChunkLoadException(final String chunk, final IOException cause) {
		super(cause.getMessage() + " (while loading chunk " + chunk + ")", cause);
	}

	private ChunkLoadException(final ChunkLoadException original) {
		super(original.getMessage(), original.getCause());
	}

	/**
	 * A copy with the same message and cause, thrown in another thread that waited for this load
	 * (so that its stack trace shows where that thread asked).
	 */
	public ChunkLoadException rethrown() {
		return new ChunkLoadException(this);
	}

	/**
	 * The exception to throw in a thread that waited for a load that failed with {@code cause}:
	 * a {@link #rethrown()} copy of a chunk load failure, other unchecked exceptions as they are.
	 */
	static RuntimeException unwrap(final Throwable cause) {
		if (cause instanceof ChunkLoadException c) return c.rethrown();
		if (cause instanceof RuntimeException r) return r;
		return new IllegalStateException("loading a chunk failed: " + cause, cause);
	}
}
