package org.tessera.reduce;

import org.tessera.io.ChunkedArray;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Several streaming reductions of one array computed in a single pass over its chunks:
 * <pre>
 * List&lt;ReducedArray&gt; r = Reduction.over(cube).sum(2).as("image").sum(0, 1).as("spectrum")
 *     .run(2, Progress.NONE, () -&gt; false);
 * </pre>
 * Every chunk is read and decoded once, whatever the number of reductions; each worker thread holds
 * one chunk and one partial output per reduction, merged at the end, so memory never grows with the
 * array. Results are small arrays over the kept axes (see {@link ReducedArray}); integer sums are
 * exact. Axes are C-order indices; negative ones count from the end, as in numpy.
 */
public final class Reduction {

	/** The largest result, in elements, a reduction may produce (2^28, 2 GiB of doubles). */
	public static final long MAX_RESULT_ELEMENTS = 1L << 28;

	private final ChunkedArray array;
	private final List<Spec> specs = new ArrayList<>();

	private Reduction(final ChunkedArray array) {
		this.array = array;
	}

	/** Starts a set of reductions over {@code array}. */
	public static Reduction over(final ChunkedArray array) {
		return new Reduction(array);
	}

	// -- Requests --

	/** Adds a sum over {@code axes}. */
	public Reduction sum(final int... axes) {
		return add(Op.SUM, axes, null);
	}

	/** Adds a mean over {@code axes}. */
	public Reduction mean(final int... axes) {
		return add(Op.MEAN, axes, null);
	}

	/** Adds a maximum over {@code axes}. */
	public Reduction max(final int... axes) {
		return add(Op.MAX, axes, null);
	}

	/** Adds a minimum over {@code axes}. */
	public Reduction min(final int... axes) {
		return add(Op.MIN, axes, null);
	}

	/** Adds the sum of the values times {@code mask} over {@code axes} (the mask's shape is theirs). */
	public Reduction weighted(final Mask mask, final int... axes) {
		return add(Op.WEIGHTED, axes, mask);
	}

	/** Renames the reduction added last (results are named {@code op_axisnames} by default). */
	public Reduction as(final String name) {
		if (specs.isEmpty()) throw new IllegalStateException("no reduction to name yet");
		specs.set(specs.size() - 1, specs.getLast().named(name));
		return this;
	}

	/** Adds one reduction. */
	public Reduction add(final Op op, final int[] axes, final Mask mask) {
		final int[] norm = Axes.normalize(array, axes, op);
		if (op == Op.WEIGHTED) Axes.checkMask(array, norm, mask);
		specs.add(new Spec(op.key() + "_" + Axes.names(array, norm), op, norm, mask));
		return this;
	}

	// -- Running --

	/** Runs the reductions with one thread per core, without progress or cancellation. */
	public List<ReducedArray> run() throws IOException {
		return run(Runtime.getRuntime().availableProcessors(), Progress.NONE, () -> false);
	}

	/**
	 * Reads every chunk once and computes every reduction.
	 *
	 * @param threads worker threads (at least 1)
	 * @param progress told after each chunk
	 * @param cancel checked before each chunk read; when true the pass stops with a
	 *          {@link java.util.concurrent.CancellationException}
	 * @throws TesseraIOException.Unsupported for a dtype that cannot be read as numbers
	 * @throws IOException on a read failure, naming the file
	 * @throws ArithmeticException when an int64/uint64 sum does not fit its type
	 */
	public List<ReducedArray> run(final int threads, final Progress progress, final BooleanSupplier cancel)
		throws IOException
	{
		if (!array.dtype().isNumeric()) {
			throw new TesseraIOException.Unsupported(where(), "data type '" + array.dtype() + "' cannot be reduced");
		}
		if (specs.isEmpty()) throw new IllegalStateException("no reduction requested");
		final List<Layout> layouts = specs.stream().map(s -> Layout.of(array, s, MAX_RESULT_ELEMENTS)).toList();
		final SourceOrder plan = SourceOrder.of(array, specs);
		final List<Layout> work = plan.specs.stream().map(s -> Layout.of(plan.source, s, MAX_RESULT_ELEMENTS)).toList();
		final int row = Layout.rowAxis(plan.source);
		final List<Worker> workers = ReducePass.run(plan.source, Math.max(1, threads),
			() -> new Worker(plan.specs, work, array.dtype(), row), progress, cancel);
		return results(layouts, work, plan, workers);
	}

	/** Merges the workers' partials; {@code layouts} are the view's, {@code work} those the pass used. */
	private List<ReducedArray> results(final List<Layout> layouts, final List<Layout> work, final SourceOrder plan,
		final List<Worker> workers)
	{
		final List<ReducedArray> out = new ArrayList<>();
		for (int r = 0; r < specs.size(); r++) {
			final Accumulator acc = workers.isEmpty() ? Accumulator.create(plan.specs.get(r), work.get(r), array.dtype())
				: workers.getFirst().accumulators[r];
			for (int w = 1; w < workers.size(); w++) acc.merge(workers.get(w).accumulators[r]);
			final Spec s = specs.get(r);
			final Layout l = layouts.get(r);
			final Object data = plan.toView(r, acc.dtype(), acc.finish(where() + ": " + s.name()), work.get(r).shape);
			out.add(new ReducedArray(s.name(), s.op(), s.axes(), l.shape, l.axes, acc.dtype(), data));
		}
		return out;
	}

	private String where() {
		return array.location() + " [" + array.name() + "]";
	}
}
