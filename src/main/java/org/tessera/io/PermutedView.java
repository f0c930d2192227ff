package org.tessera.io;

/**
 * A {@link ChunkedArray} that shows another array with its axes permuted and singleton axes
 * dropped (vendor readers present data the way the vendor's software does). Consumers that can work
 * in the source's axis order, such as reductions, read {@link #source()} directly and skip the
 * per-chunk transpose the view pays.
 */
public interface PermutedView extends ChunkedArray {

	/** The array as stored. */
	ChunkedArray source();

	/**
	 * The source axis of each shown axis: shown axis {@code k} is source axis
	 * {@code sourceAxes()[k]}; source axes not listed have length 1.
	 */
	int[] sourceAxes();
}
