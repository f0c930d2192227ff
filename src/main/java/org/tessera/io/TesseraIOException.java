package org.tessera.io;

import java.io.IOException;

/**
 * The family of read failures. Every message names the file (or key inside a container) and the
 * cause, in the form {@code "<file>: <cause>"}, so that the command line and Fiji can show it as is.
 */
public class TesseraIOException extends IOException {

	private final String file;

	public TesseraIOException(final String file, final String cause) {
		super(file + ": " + cause);
		this.file = file;
	}

	public TesseraIOException(final String file, final String cause, final Throwable t) {
		super(file + ": " + cause, t);
		this.file = file;
	}

	/** The file or key the failure is about. */
	public String file() {
		return file;
	}

	/** The path does not exist, or is not a dataset or array Tessera can find. */
	public static class NotFound extends TesseraIOException {

		public NotFound(final String file, final String cause) {
			super(file, cause);
		}
	}

	/** Metadata is missing, unparsable or inconsistent (e.g. a shape/chunk mismatch). */
	public static class Malformed extends TesseraIOException {

		public Malformed(final String file, final String cause) {
			super(file, cause);
		}

		public Malformed(final String file, final String cause, final Throwable t) {
			super(file, cause, t);
		}
	}

	/** A codec, data type or feature that this version cannot read; the message names it. */
	public static class Unsupported extends TesseraIOException {

		public Unsupported(final String file, final String cause) {
			super(file, cause);
		}
	}

	/** Stored data cannot be decoded or has the wrong size. */
	public static class Corrupt extends TesseraIOException {

		public Corrupt(final String file, final String cause) {
			super(file, cause);
		}

		public Corrupt(final String file, final String cause, final Throwable t) {
			super(file, cause, t);
		}
	}
}
