package org.tessera.embed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Embeds images read one by one: reads a batch of planes, prepares it and runs the embedder, batch
 * after batch. With {@code prefetch > 0}, one background thread reads and prepares up to
 * {@code prefetch} batches ahead while the calling thread runs the model, so reading overlaps
 * inference (for a {@link StagedEmbedder}; other embedders overlap only the reading).
 */
public final class EmbedPipeline {

	/** Reads one plane, e.g. from a lazily opened dataset. */
	@FunctionalInterface
	public interface PlaneSource {
		Plane read() throws IOException;
	}

	private EmbedPipeline() {}

	/**
	 * One vector per source, in order.
	 *
	 * @param batch planes per batch (a staged embedder's own batch size is better)
	 * @param prefetch batches read ahead on a background thread; 0 reads on the calling thread
	 * @throws IOException when a source cannot be read (its message names the file), or an
	 *         {@link EmbedException} when the embedder fails
	 */
	public static List<float[]> embed(final Embedder e, final List<? extends PlaneSource> sources, final int batch,
		final int prefetch) throws IOException
	{
		if (batch < 1 || prefetch < 0) throw new IllegalArgumentException("batch must be >= 1 and prefetch >= 0");
		final Stages<?> s = e instanceof StagedEmbedder<?> st ? staged(st) : plain(e);
		return prefetch == 0 ? inline(s, sources, batch) : new Prefetch(s, sources, batch, prefetch).run();
	}

	// -- Stages --

	/** An embedder seen as prepare then run (prepare may be the identity). */
	interface Stages<B> {
		B prepare(List<Plane> planes) throws EmbedException;

		List<float[]> run(Object batch) throws EmbedException;
	}

	private static <B> Stages<B> staged(final StagedEmbedder<B> e) {
		return new Stages<>() {
			@Override
			public B prepare(final List<Plane> planes) throws EmbedException {
				return e.prepare(planes);
			}

			@SuppressWarnings("unchecked")
			@Override
			public List<float[]> run(final Object batch) throws EmbedException {
				return e.run((B) batch);
			}
		};
	}

	private static Stages<List<Plane>> plain(final Embedder e) {
		return new Stages<>() {
			@Override
			public List<Plane> prepare(final List<Plane> planes) {
				return planes;
			}

			@SuppressWarnings("unchecked")
			@Override
			public List<float[]> run(final Object batch) throws EmbedException {
				return e.embed((List<Plane>) batch);
			}
		};
	}

	/** Reads the planes of the batch starting at {@code from}. */
	static List<Plane> read(final List<? extends PlaneSource> sources, final int from, final int batch)
		throws IOException
	{
		final List<Plane> planes = new ArrayList<>(batch);
		for (int i = from; i < Math.min(sources.size(), from + batch); i++) planes.add(sources.get(i).read());
		return planes;
	}

	private static List<float[]> inline(final Stages<?> s, final List<? extends PlaneSource> sources, final int batch)
		throws IOException
	{
		final List<float[]> out = new ArrayList<>(sources.size());
		for (int from = 0; from < sources.size(); from += batch) out.addAll(s.run(s.prepare(read(sources, from, batch))));
		return out;
	}

	// -- Prefetching --

	/** One background reader feeding prepared batches (or its failure) through a bounded queue. */
	private static final class Prefetch {

		/** What the reader hands over: a prepared batch, or the exception that stopped it. */
		private record Item(Object batch, Throwable failure) {}

		private final Stages<?> s;
		private final List<? extends PlaneSource> sources;
		private final int batch;
		private final BlockingQueue<Item> queue;

		Prefetch(final Stages<?> s, final List<? extends PlaneSource> sources, final int batch, final int depth) {
			this.s = s;
			this.sources = sources;
			this.batch = batch;
			this.queue = new ArrayBlockingQueue<>(depth);
		}

		List<float[]> run() throws IOException {
			final Thread reader = Thread.ofPlatform().daemon().name("tessera-embed-prefetch").start(this::produce);
			try {
				final List<float[]> out = new ArrayList<>(sources.size());
				for (int from = 0; from < sources.size(); from += batch) out.addAll(s.run(take()));
				return out;
			}
			finally {
				reader.interrupt();
				join(reader);
			}
		}

		private void produce() {
			try {
				for (int from = 0; from < sources.size(); from += batch) {
					final Item it = next(from);
					queue.put(it);
					if (it.failure() != null) return;
				}
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		/** NB: every failure, errors included, goes to the consumer, which would otherwise wait forever. */
		private Item next(final int from) {
			try {
				return new Item(s.prepare(read(sources, from, batch)), null);
			}
			catch (final IOException | RuntimeException | Error e) {
				return new Item(null, e);
			}
		}

		private Object take() throws IOException {
			final Item it;
			try {
				it = queue.take();
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new EmbedException("embedding interrupted", e);
			}
			switch (it.failure()) {
				case null -> {
					return it.batch();
				}
				case IOException x -> throw x;
				case RuntimeException x -> throw x;
				case Error x -> throw x;
				default -> throw new IllegalStateException(it.failure());
			}
		}

		private static void join(final Thread t) {
			try {
				t.join();
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
