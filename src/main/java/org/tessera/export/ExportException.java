package org.tessera.export;

import java.io.IOException;

/** An export or import that cannot be done; the message names the target or package, the entry and the cause. */
public class ExportException extends IOException {

	public ExportException(final String message) {
		super(message);
	}

	public ExportException(final String message, final Throwable cause) {
		super(message, cause);
	}
}
