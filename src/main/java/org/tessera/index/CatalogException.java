package org.tessera.index;

import java.io.IOException;

/** A catalogue that cannot be used: unknown schema, no readable commit, or a write that failed. */
public class CatalogException extends IOException {

	/** @param message names the catalogue directory and the cause */
	public CatalogException(final String message) {
		super(message);
	}

	public CatalogException(final String message, final Throwable cause) {
		super(message, cause);
	}
}
