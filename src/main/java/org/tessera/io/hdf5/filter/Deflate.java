package org.tessera.io.hdf5.filter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * HDF5's deflate filter (1): a zlib stream, inflated straight into an array of the chunk's size.
 * NB: one {@link Inflater} per thread, reset between chunks: creating and ending one per chunk
 * costs native allocations, and the growing stream buffer of the former version two extra copies.
 */
final class Deflate implements Hdf5Filter {

	private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);
	/** Each thread's output array, reused while chunks keep their size. */
	private static final ThreadLocal<byte[]> OUT = ThreadLocal.withInitial(() -> new byte[0]);

	@Override
	public byte[] decode(final byte[] in, final int chunkBytes) throws IOException {
		final Inflater inflater = INFLATER.get();
		inflater.reset();
		inflater.setInput(in);
		return inflate(inflater, in, chunkBytes);
	}

	/** Inflates straight from a (direct) buffer: no copy of the stored chunk into an array. */
	@Override
	public byte[] decode(final ByteBuffer in, final int chunkBytes) throws IOException {
		final Inflater inflater = INFLATER.get();
		inflater.reset();
		inflater.setInput(in);
		return inflate(inflater, null, chunkBytes);
	}

	/** Inflates the inflater's input; {@code in} is the input array, if any, which the output must not reuse. */
	private static byte[] inflate(final Inflater inflater, final byte[] in, final int chunkBytes) throws IOException {
		try {
			// NB: the pipeline's output is consumed (decoded into elements) before the thread's next chunk;
			// a second deflate stage (never seen in practice) must not write over its own input.
			final byte[] out = OUT.get().length == chunkBytes && OUT.get() != in ? OUT.get() : new byte[chunkBytes];
			OUT.set(out);
			int n = 0;
			while (n < chunkBytes && !inflater.finished()) {
				final int k = inflater.inflate(out, n, chunkBytes - n);
				if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new IOException("deflate stream ends early after " + n + " bytes");
				}
				n += k;
			}
			if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
				throw new IOException("deflate stream inflates beyond the chunk size " + chunkBytes);
			}
			// NB: a shorter stream is legal for the pipeline (the caller checks the final size).
			return n == chunkBytes ? out : java.util.Arrays.copyOf(out, n);
		}
		catch (final DataFormatException e) {
			throw new IOException("invalid deflate data (" + e.getMessage() + ")", e);
		}
	}
}
