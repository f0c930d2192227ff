package org.tessera.sample;

import org.tessera.io.Chunks;
import org.tessera.io.DType;

/** Static helpers that render one chunk of a {@link Pattern} into a primitive array of a data type. */
public final class PatternChunks {

	private PatternChunks() {}

	/**
	 * The chunk of {@code shape} elements starting at {@code origin} (C order), rounded and clamped
	 * to the type's range for integer types.
	 */
	public static Object render(final Pattern pattern, final DType type, final long[] origin, final int[] shape) {
		final int count = Chunks.product(shape);
		final Object out = type.allocate(count);
		final long[] pos = origin.clone();
		final int n = shape.length;
		for (int i = 0; i < count; i++) {
			set(type, out, i, pattern.value(pos));
			for (int d = n - 1; d >= 0; d--) {
				if (++pos[d] < origin[d] + shape[d]) break;
				pos[d] = origin[d];
			}
		}
		return out;
	}

	/** The chunk at grid position {@code chunkPos} of an array of {@code arrayShape} in chunks of {@code chunk}. */
	public static Object renderChunk(final Pattern pattern, final DType type, final long[] arrayShape,
		final int[] chunk, final long[] chunkPos)
	{
		final long[] origin = new long[chunk.length];
		for (int d = 0; d < chunk.length; d++) origin[d] = chunkPos[d] * chunk[d];
		return render(pattern, type, origin, Chunks.clippedShape(arrayShape, chunk, chunkPos));
	}

	private static void set(final DType type, final Object out, final int i, final double v) {
		switch (type.storage()) {
			case BYTE -> ((byte[]) out)[i] = (byte) clamp(v, type);
			case SHORT -> ((short[]) out)[i] = type == DType.FLOAT16 ? Float.floatToFloat16((float) v) : (short) clamp(v, type);
			case INT -> ((int[]) out)[i] = (int) clamp(v, type);
			case LONG -> ((long[]) out)[i] = (long) clamp(v, type);
			case FLOAT -> ((float[]) out)[i * type.components()] = (float) v;
			case DOUBLE -> ((double[]) out)[i * type.components()] = v;
			case NONE -> throw new IllegalArgumentException("cannot render " + type);
		}
	}

	private static long clamp(final double v, final DType type) {
		final long r = Math.round(v);
		if (type == DType.BOOL) return r > 0 ? 1 : 0;
		if (type.kind() == DType.Kind.UINT && type.size() < 8) return Math.max(0, Math.min(r, (1L << (8 * type.size())) - 1));
		if (type.kind() == DType.Kind.INT && type.size() < 8) {
			final long half = 1L << (8 * type.size() - 1);
			return Math.max(-half, Math.min(r, half - 1));
		}
		return r;
	}
}
