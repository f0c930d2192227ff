package org.tessera.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test {@link ChunkedArray} whose elements are generated from a seed: element {@code i} (C-order
 * flat index) has a deterministic value, so any region can be checked without storing the array.
 * It counts {@link #readChunk} calls per chunk position, can be slowed down (to provoke concurrent
 * requests) and can be told to fail for one chunk.
 */
public final class MemoryChunkedArray extends AbstractChunkedArray {

	private static final AtomicLong IDS = new AtomicLong();

	private final long seed;
	private final Map<List<Long>, AtomicInteger> reads = new ConcurrentHashMap<>();
	private volatile long delayMillis;
	private volatile List<Long> failing;

	public MemoryChunkedArray(final String name, final DType dtype, final long[] shape, final int[] chunks,
		final List<Axis> axes, final long seed)
	{
		super(name, Location.of(Path.of("/memory/array-" + IDS.incrementAndGet() + ".zarr")), shape, chunks, dtype,
			axes, Map.of());
		this.seed = seed;
	}

	/** An array with axes named d0, d1, ... */
	public MemoryChunkedArray(final DType dtype, final long[] shape, final int[] chunks, final long seed) {
		this("/", dtype, shape, chunks, unnamed(shape.length), seed);
	}

	// -- Generator --

	/** The stored primitive of component {@code k} of element {@code index}, as raw long bits. */
	public long raw(final long index, final int k) {
		long z = seed * 0x9E3779B97F4A7C15L + index * 2 + k;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		z ^= z >>> 31;
		return switch (dtype().name()) {
			case "bool" -> z & 1;
			case "float16" -> Float.floatToFloat16((z % 4000) / 8f);
			case "float32", "complex64" -> Float.floatToRawIntBits((int) (z >> 32) / 1024f);
			case "float64", "complex128" -> Double.doubleToRawLongBits((z >> 11) * 1e-3);
			default -> z;
		};
	}

	/**
	 * The value of component {@code k} at a C-order position, as the image should report it: a
	 * Long for integer types (unsigned ones zero-extended, uint64 as raw bits), a Double otherwise.
	 */
	public Object value(final long[] position, final int k) {
		final long r = raw(flatIndex(position), k);
		return switch (dtype().name()) {
			case "bool", "uint8" -> r & 0xff;
			case "int8" -> (long) (byte) r;
			case "int16" -> (long) (short) r;
			case "uint16" -> r & 0xffff;
			case "int32" -> (long) (int) r;
			case "uint32" -> r & 0xffffffffL;
			case "int64", "uint64" -> r;
			case "float16" -> (double) Float.float16ToFloat((short) r);
			case "float32", "complex64" -> (double) Float.intBitsToFloat((int) r);
			default -> Double.longBitsToDouble(r);
		};
	}

	public long flatIndex(final long[] position) {
		return flatIndex(shape(), position);
	}

	// -- Test controls --

	/** How many times each chunk was read, keyed by C-order grid position. */
	public Map<List<Long>, AtomicInteger> reads() {
		return reads;
	}

	public int totalReads() {
		return reads.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	public void setDelayMillis(final long millis) {
		delayMillis = millis;
	}

	/** Makes reading the chunk at this grid position fail with a Corrupt exception. */
	public void failAt(final long... position) {
		failing = toList(position);
	}

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		reads.computeIfAbsent(toList(position), p -> new AtomicInteger()).incrementAndGet();
		if (toList(position).equals(failing)) {
			throw new TesseraIOException.Corrupt(location().resolve(key(position)).toString(), "injected failure");
		}
		sleep();
		final long[] shape = shape();
		final int[] chunks = chunkShape();
		final DType dtype = dtype();
		final int[] clipped = Chunks.clippedShape(shape, chunks, position);
		final int n = Chunks.product(clipped);
		final Object data = dtype.allocate(n);
		final long[] global = new long[shape.length];
		for (int e = 0; e < n; e++) {
			int rest = e;
			for (int d = shape.length - 1; d >= 0; d--) {
				global[d] = position[d] * chunks[d] + rest % clipped[d];
				rest /= clipped[d];
			}
			store(data, e, flatIndex(shape, global));
		}
		return new Chunk(position.clone(), clipped, data);
	}

	// -- Helper methods --

	private static long flatIndex(final long[] shape, final long[] position) {
		long i = 0;
		for (int d = 0; d < shape.length; d++) i = i * shape[d] + position[d];
		return i;
	}

	private void store(final Object data, final int e, final long index) {
		final int components = dtype().components();
		for (int k = 0; k < components; k++) {
			final long r = raw(index, k);
			final int i = e * components + k;
			switch (data) {
				case byte[] b -> b[i] = (byte) r;
				case short[] s -> s[i] = (short) r;
				case int[] a -> a[i] = (int) r;
				case long[] l -> l[i] = r;
				case float[] f -> f[i] = Float.intBitsToFloat((int) r);
				case double[] d -> d[i] = Double.longBitsToDouble(r);
				default -> throw new IllegalStateException("no storage for " + dtype());
			}
		}
	}

	private void sleep() throws IOException {
		if (delayMillis <= 0) return;
		try {
			Thread.sleep(delayMillis);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	private static String key(final long[] position) {
		return String.join(".", Arrays.stream(position).mapToObj(Long::toString).toList());
	}

	private static List<Long> toList(final long[] position) {
		return position == null ? null : Arrays.stream(position).boxed().toList();
	}

	private static List<Axis> unnamed(final int n) {
		final List<Axis> axes = new ArrayList<>();
		for (int d = 0; d < n; d++) axes.add(Axis.named("d" + d));
		return axes;
	}
}
