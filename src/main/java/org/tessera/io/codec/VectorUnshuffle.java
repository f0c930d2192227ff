package org.tessera.io.codec;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Unshuffle}'s SIMD kernels (loaded only when {@code jdk.incubator.vector} is present): the
 * bytes of {@code typesize} planes are widened into 16- or 32-bit lanes, shifted into place, ORed and
 * stored as the lanes' little-endian bytes (the Vector API's reinterpretation order on every platform).
 */
final class VectorUnshuffle {

	private static final VectorSpecies<Short> S = ShortVector.SPECIES_PREFERRED;
	private static final VectorSpecies<Byte> HALF = species(S.vectorBitSize() / 2);
	private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
	private static final VectorSpecies<Byte> QUARTER = species(I.vectorBitSize() / 4);

	private VectorUnshuffle() {}

	static void run(final int typesize, final byte[] in, final int n, final byte[] out, final int at) {
		if (typesize == 2) two(in, n, out, at);
		else four(in, n, out, at);
	}

	/** Planes {@code in[0..n)}, {@code in[n..2n)} into {@code n} 2-byte elements at {@code out[at..]}. */
	static void two(final byte[] in, final int n, final byte[] out, final int at) {
		int i = 0;
		if (HALF != null) {
			for (final int bound = HALF.loopBound(n); i < bound; i += HALF.length()) {
				pair(in, i, in, n + i).reinterpretAsBytes().intoArray(out, at + 2 * i);
			}
		}
		for (; i < n; i++) {
			out[at + 2 * i] = in[i];
			out[at + 2 * i + 1] = in[n + i];
		}
	}

	/** {@code n} low bytes at {@code lo[loAt..]} and high bytes at {@code hi[hiAt..]} into {@code out[at..at + n)}. */
	static void shorts(final byte[] lo, final int loAt, final byte[] hi, final int hiAt, final int n, final short[] out,
		final int at)
	{
		int i = 0;
		if (HALF != null) {
			for (final int bound = HALF.loopBound(n); i < bound; i += HALF.length()) {
				pair(lo, loAt + i, hi, hiAt + i).intoArray(out, at + i);
			}
		}
		for (; i < n; i++) out[at + i] = (short) ((lo[loAt + i] & 0xff) | hi[hiAt + i] << 8);
	}

	/** The 16-bit lanes joining the low bytes at {@code lo[l..]} with the high bytes at {@code hi[h..]}. */
	private static ShortVector pair(final byte[] lo, final int l, final byte[] hi, final int h) {
		final ShortVector low = (ShortVector) ByteVector.fromArray(HALF, lo, l).convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
		final ShortVector high = (ShortVector) ByteVector.fromArray(HALF, hi, h).convertShape(VectorOperators.B2S, S, 0);
		return low.or(high.lanewise(VectorOperators.LSHL, 8));
	}

	/** Four planes of {@code n} bytes into {@code n} 4-byte elements at {@code out[at..]}. */
	static void four(final byte[] in, final int n, final byte[] out, final int at) {
		int i = 0;
		if (QUARTER != null) {
			for (final int bound = QUARTER.loopBound(n); i < bound; i += QUARTER.length()) {
				IntVector v = widen(in, i, VectorOperators.ZERO_EXTEND_B2I);
				v = v.or(widen(in, n + i, VectorOperators.ZERO_EXTEND_B2I).lanewise(VectorOperators.LSHL, 8));
				v = v.or(widen(in, 2 * n + i, VectorOperators.ZERO_EXTEND_B2I).lanewise(VectorOperators.LSHL, 16));
				v = v.or(widen(in, 3 * n + i, VectorOperators.B2I).lanewise(VectorOperators.LSHL, 24));
				v.reinterpretAsBytes().intoArray(out, at + 4 * i);
			}
		}
		for (int k = 0; k < 4; k++) {
			for (int j = i; j < n; j++) out[at + 4 * j + k] = in[k * n + j];
		}
	}

	private static IntVector widen(final byte[] in, final int from,
		final VectorOperators.Conversion<Byte, Integer> op)
	{
		return (IntVector) ByteVector.fromArray(QUARTER, in, from).convertShape(op, I, 0);
	}

	/** The byte species of {@code bits}, or null where there is none (vectors under 64 bits). */
	private static VectorSpecies<Byte> species(final int bits) {
		return bits < 64 ? null : ByteVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(bits));
	}
}
