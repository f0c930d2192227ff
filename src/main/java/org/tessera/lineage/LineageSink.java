package org.tessera.lineage;

import java.io.IOException;

/** Where finished activities go (the catalogue, a JSON-lines file, memory in tests). */
public interface LineageSink {

	/** Stores one finished activity. */
	void record(Activity activity) throws IOException;

	/** Drops everything: for runs that record nothing. */
	LineageSink NONE = a -> {};
}
