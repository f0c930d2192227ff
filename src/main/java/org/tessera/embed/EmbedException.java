package org.tessera.embed;

import java.io.IOException;

/** An embedder could not be made or could not embed; the message names the model or input and the cause. */
public class EmbedException extends IOException {

	public EmbedException(final String message) {
		super(message);
	}

	public EmbedException(final String message, final Throwable cause) {
		super(message, cause);
	}
}
