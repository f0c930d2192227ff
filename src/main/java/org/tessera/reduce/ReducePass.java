package org.tessera.reduce;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.ForwardingChunkedArray;
import org.tessera.io.ReusableChunks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One cancellable pass over every chunk with {@link ParallelChunks}, reporting progress. Before
 * each chunk read a worker checks the cancel flag and whether another worker has failed; the first
 * failure is the one rethrown, so an I/O error is not masked by the workers that stopped after it.
 */
final class ReducePass extends ForwardingChunkedArray implements ReusableChunks {

	/** Thrown by a worker that stops because another one failed first. */
	private static final class Stopped extends RuntimeException {

		Stopped() {
			super(null, null, false, false);
		}
	}

	private final ChunkedArray a;
	private final BooleanSupplier cancel;
	private final long total;
	private final AtomicLong read = new AtomicLong();
	private final AtomicReference<Exception> failure = new AtomicReference<>();

	private ReducePass(final ChunkedArray a, final BooleanSupplier cancel) {
		super(a);
		this.a = a;
		this.cancel = cancel;
		this.total = chunkCount(a);
	}

	/** Folds every chunk of {@code a} into per-thread workers and returns them. */
	static List<Worker> run(final ChunkedArray a, final int threads, final Supplier<Worker> init,
		final Progress progress, final BooleanSupplier cancel) throws IOException
	{
		final ReducePass pass = new ReducePass(a, cancel);
		final AtomicLong done = new AtomicLong();
		final int[] nominal = a.chunkShape();
		try {
			// NB: workers fold each chunk into their partials and keep nothing of it, so chunk arrays are reused.
			return ParallelChunks.fold(pass, threads, init, (w, c) -> {
				pass.guard(() -> w.add(c, nominal));
				progress.update(done.incrementAndGet(), pass.total);
			}, true);
		}
		catch (final IOException | RuntimeException e) {
			pass.failure.compareAndSet(null, e);
			final Exception first = pass.failure.get();
			if (first instanceof IOException io) throw io;
			throw (RuntimeException) first;
		}
	}

	/** The number of chunks in the grid (0 for an empty array). */
	static long chunkCount(final ChunkedArray a) {
		if (a.elementCount() == 0) return 0;
		long n = 1;
		for (final long g : a.chunkGrid()) n *= g;
		return n;
	}

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		return readChunk(null, position);
	}

	@Override
	public Chunk readChunk(final Object spare, final long... position) throws IOException {
		if (failure.get() != null) throw new Stopped();
		if (cancel.getAsBoolean()) {
			final CancellationException e = new CancellationException(a.location() + " [" + a.name()
				+ "]: reduction cancelled after " + read.get() + " of " + total + " chunks");
			failure.compareAndSet(null, e);
			throw e;
		}
		final Chunk[] c = new Chunk[1];
		guard(() -> c[0] = spare != null && a instanceof ReusableChunks r ? r.readChunk(spare, position) : a.readChunk(position));
		read.incrementAndGet();
		return c[0];
	}

	// -- Helper methods --

	/** A step that may fail. */
	private interface Step {
		void run() throws IOException;
	}

	/** Runs a step, recording its failure as the first one if no other came before. */
	private void guard(final Step step) throws IOException {
		try {
			step.run();
		}
		catch (final IOException | RuntimeException e) {
			failure.compareAndSet(null, e);
			throw e;
		}
	}
}
