package org.tessera.io.codec;

import java.util.SplittableRandom;

/**
 * The byte unshuffle of Blosc and HDF5 (filter 2): in a shuffled block of {@code n} elements of
 * {@code typesize} bytes, byte {@code k} of element {@code i} is stored at {@code k * n + i}; bytes
 * past the last whole element are stored as they are.
 * <p>
 * For 2- and 4-byte elements, where {@code jdk.incubator.vector} is in the boot layer (Tessera's
 * launcher adds it; Fiji does not), the work goes to {@link VectorUnshuffle}: 11 to 13 GB/s into bytes
 * and about 30 GB/s straight into 16-bit elements ({@link #toShorts}), against 2.6 to 4 GB/s for the byte
 * loop on the project's CI machine (AVX-512); the byte loop was most of a blosc-lz4 decode. Vector API
 * code runs a thousand times slower, allocating, until C2 has compiled it, so {@link #prepare} (or the
 * first call) starts a daemon thread that warms the kernels up on small blocks and checks them against
 * the byte loop; callers use the byte loop until then (the launcher also lowers the kernels' compile
 * thresholds: warm some 0.1 to 0.4 s after the command starts). {@code -Dtessera.simd=false} keeps the
 * byte loop.
 * </p>
 */
public final class Unshuffle {

	/** Blocks shorter than this many elements stay with the byte loop. */
	private static final int SIMD_MIN = 256;

	private static final boolean SIMD_PRESENT = !"false".equals(System.getProperty("tessera.simd"))
		&& ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

	private static volatile boolean warming, warm;

	private Unshuffle() {}

	/** Unshuffles {@code bsize} bytes of {@code in} (from index 0) into {@code out[at..at + bsize)}. */
	public static void unshuffle(final byte[] in, final int bsize, final int typesize, final byte[] out, final int at) {
		final int n = bsize / typesize;
		if (typesize <= 1 || n == 0) {
			System.arraycopy(in, 0, out, at, bsize);
			return;
		}
		if ((typesize == 2 || typesize == 4) && n >= SIMD_MIN && simd()) {
			if (typesize == 2) VectorUnshuffle.two(in, n, out, at);
			else VectorUnshuffle.four(in, n, out, at);
		}
		else bytes(in, n, typesize, out, at);
		final int done = n * typesize;
		System.arraycopy(in, done, out, at + done, bsize - done);
	}

	/**
	 * Joins {@code n} low bytes at {@code lo[loAt..]} and {@code n} high bytes at {@code hi[hiAt..]} (the two
	 * byte planes of a shuffled block of little-endian 16-bit elements) into {@code out[at..at + n)}.
	 */
	public static void toShorts(final byte[] lo, final int loAt, final byte[] hi, final int hiAt, final int n,
		final short[] out, final int at)
	{
		if (n >= SIMD_MIN && simd()) VectorUnshuffle.shorts(lo, loAt, hi, hiAt, n, out, at);
		else for (int i = 0; i < n; i++) out[at + i] = (short) ((lo[loAt + i] & 0xff) | hi[hiAt + i] << 8);
	}

	/**
	 * Starts warming the SIMD kernels up now, on an idle core, where a long streaming pass is about to
	 * begin (the command line calls it before opening the data); a no-op without the Vector API.
	 */
	public static void prepare() {
		if (SIMD_PRESENT && !warming) startWarmUp();
	}

	/** Whether the SIMD kernel is in use (warmed up and checked). */
	public static boolean simd() {
		if (warm) return true;
		if (SIMD_PRESENT && !warming) startWarmUp();
		return false;
	}

	/** The byte loop, for the {@code n} whole elements. */
	static void bytes(final byte[] in, final int n, final int typesize, final byte[] out, final int at) {
		if (typesize == 2) {
			for (int i = 0; i < n; i++) {
				out[at + 2 * i] = in[i];
				out[at + 2 * i + 1] = in[n + i];
			}
			return;
		}
		for (int k = 0; k < typesize; k++) {
			final int from = k * n;
			for (int i = 0; i < n; i++) out[at + i * typesize + k] = in[from + i];
		}
	}

	private static synchronized void startWarmUp() {
		if (warming) return;
		warming = true;
		final Thread t = new Thread(Unshuffle::warmUp, "tessera-simd-warm-up");
		t.setDaemon(true);
		t.setPriority(Thread.MIN_PRIORITY);
		t.start();
	}

	/**
	 * Runs the kernels on 512-byte blocks until a call is as fast as compiled code, for at most 20 s, then
	 * enables them if they were and if they equal the byte loop on odd sizes and offsets. NB: until C2 has
	 * compiled them, every vector operation allocates (some 40 KB per 8 KiB): after the calls that trip the
	 * compile thresholds the loop sleeps between calls, so the wait for C2 makes little garbage.
	 */
	private static void warmUp() {
		try {
			final SplittableRandom r = new SplittableRandom(7);
			final byte[] in = new byte[4096 + 61], out = new byte[in.length + 8], want = new byte[out.length];
			final short[] shorts = new short[2048 + 8];
			r.nextBytes(in);
			final long start = System.nanoTime();
			boolean fast = false;
			// NB: a generous deadline (a loaded machine compiles late; one fast call is enough), and longer
			// sleeps later on, so a runtime that never compiles them (C1 only) pays next to nothing for trying.
			for (int i = 0; !fast && System.nanoTime() - start < 20_000_000_000L; i++) {
				if (i >= 500) Thread.sleep(i < 2_500 ? 1 : 10);
				final long t = System.nanoTime();
				VectorUnshuffle.two(in, 256, out, 0);
				VectorUnshuffle.four(in, 128, out, 0);
				VectorUnshuffle.shorts(in, 0, in, 256, 256, shorts, 0);
				// NB: compiled, the three take some 0.1 us; interpreted, some 100 us.
				fast = System.nanoTime() - t < 1_000 && i > 50;
			}
			if (!fast) return;
			for (final int typesize : new int[] { 2, 4 }) {
				for (final int n : new int[] { 256, 257, 300, 1000, 1021 }) {
					final int at = n % 7;
					VectorUnshuffle.run(typesize, in, n, out, at);
					bytes(in, n, typesize, want, at);
					if (!java.util.Arrays.equals(out, at, at + n * typesize, want, at, at + n * typesize)) return;
				}
			}
			VectorUnshuffle.shorts(in, 5, in, 1031, 1021, shorts, 3);
			for (int i = 0; i < 1021; i++) if (shorts[3 + i] != (short) ((in[5 + i] & 0xff) | in[1031 + i] << 8)) return;
			warm = true;
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (final LinkageError | RuntimeException e) {
			// NB: no usable Vector API (an old or a stripped runtime): the byte loop stays.
		}
	}
}
