package org.tessera.meta.extract;

import org.tessera.meta.Quantity;
import org.tessera.meta.Trees;
import org.tessera.meta.Units;

import java.util.Optional;

/** Small readers shared by the extractors. */
final class Values {

	private Values() {}

	/** The number at {@code path}, written in {@code unit}, normalised to {@code kind}. */
	static Optional<Quantity> quantity(final Object tree, final String path, final String unit, final Units.Kind kind) {
		return Trees.number(tree, path).map(v -> Units.normalise(v, unit, kind));
	}
}
