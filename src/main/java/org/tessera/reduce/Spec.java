package org.tessera.reduce;

/**
 * One requested reduction: its name, operation, reduced axes and, for {@link Op#WEIGHTED}, its mask.
 */
record Spec(String name, Op op, int[] axes, Mask mask) {

	/** The same request under another name. */
	Spec named(final String newName) {
		return new Spec(newName, op, axes, mask);
	}
}
