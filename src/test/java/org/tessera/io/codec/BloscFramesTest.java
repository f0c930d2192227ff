package org.tessera.io.codec;

import com.scalableminds.bloscjava.Blosc;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Java decoder of blosc-lz4 frames against c-blosc itself: frames c-blosc wrote (lz4 and lz4hc, with
 * and without the byte shuffle, type sizes 1–16, block sizes from tiny to automatic, data from
 * incompressible to constant, short last blocks) decode to exactly c-blosc's bytes, into the caller's
 * buffer; other frames are left to c-blosc; broken frames fail with a message.
 */
class BloscFramesTest {

	/** Smooth values with some noise (compresses like detector data), or pure noise, or constant. */
	private static byte[] data(final int size, final int kind, final long seed) {
		final byte[] b = new byte[size];
		final SplittableRandom r = new SplittableRandom(seed);
		for (int i = 0; i < size; i++) {
			b[i] = switch (kind) {
				case 0 -> (byte) ((i / 64) + (r.nextInt(4) == 0 ? r.nextInt(3) : 0));
				case 1 -> (byte) r.nextInt();
				default -> (byte) 7;
			};
		}
		return b;
	}

	/** Little-endian 16-bit counts under 1024: a random low byte over a high byte of 0 to 3. */
	private static byte[] counts(final int elements, final long seed) {
		final byte[] b = new byte[2 * elements];
		final SplittableRandom r = new SplittableRandom(seed);
		for (int i = 0; i < elements; i++) {
			b[2 * i] = (byte) r.nextInt();
			b[2 * i + 1] = (byte) r.nextInt(4);
		}
		return b;
	}

	@Test
	void decodesWhatCBloscWroteExactlyIntoTheCallersBuffer() throws IOException {
		int frames = 0;
		for (final String cname : new String[] { "lz4", "lz4hc" }) {
			for (final Blosc.Shuffle sh : new Blosc.Shuffle[] { Blosc.Shuffle.NO_SHUFFLE, Blosc.Shuffle.BYTE_SHUFFLE }) {
				for (final int typesize : new int[] { 1, 2, 3, 4, 8, 16 }) {
					for (final int size : new int[] { 1, 100, 4099, 300_001, (1 << 20) + 6 }) {
						for (final int blocksize : new int[] { 0, 256, 65536 }) {
							final byte[] in = data(size, frames % 3, frames);
							final BloscCodec codec = new BloscCodec(cname, 5, sh, typesize, blocksize);
							final byte[] enc = codec.encode(in);
							if (!BloscFrames.handles(enc)) fail("lz4 frame not handled: " + cname + " " + sh);
							final byte[] room = new byte[size + 10];
							final byte[] out = codec.decodeInto(Arrays.copyOf(enc, enc.length + 5), enc.length, room, size);
							final String what = cname + " " + sh + " typesize " + typesize + " size " + size + " block " + blocksize;
							assertSame(room, out, what);
							assertArrayEquals(in, Arrays.copyOf(out, size), what);
							assertArrayEquals(Blosc.decompress(enc), Arrays.copyOf(out, size), what);
							frames++;
						}
					}
				}
			}
		}
		assertEquals(360, frames);
	}

	@Test
	void decodesShuffled16BitFramesStraightIntoElementsOnceTheSimdUnshuffleIsWarm() throws Exception {
		final long until = System.nanoTime() + 30_000_000_000L;
		while (!Unshuffle.simd() && System.nanoTime() < until) Thread.sleep(20);
		assertTrue(Unshuffle.simd(), "the SIMD unshuffle was not enabled within 30 s");
		int frames = 0, seed = 0;
		for (final String cname : new String[] { "lz4", "lz4hc" }) {
			for (final int elements : new int[] { 1, 50, 2049, 150_001, (1 << 19) + 3 }) {
				for (final int blocksize : new int[] { 0, 256, 65536, 1000 }) {
					// NB: smooth, constant, or counts with a random low byte (that plane is stored raw); c-blosc
					// stores pure noise unshuffled
					final byte[] in = seed % 3 == 2 ? counts(elements, seed) : data(2 * elements, 2 * (seed % 3), seed);
					seed++;
					final BloscCodec codec = new BloscCodec(cname, 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, blocksize);
					final byte[] enc = codec.encode(in);
					final short[] got = new short[elements];
					final String what = cname + " elements " + elements + " block " + blocksize;
					// NB: c-blosc stores tiny buffers unshuffled (memcpyed): those are left to the byte decode
					final boolean shuffled = BloscFrames.shuffledShorts(enc);
					assertEquals(shuffled, codec.decodeShorts(enc, enc.length, got, java.nio.ByteOrder.LITTLE_ENDIAN), what);
					if (!shuffled) continue;
					final short[] want = new short[elements];
					java.nio.ByteBuffer.wrap(Blosc.decompress(enc)).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(want);
					assertArrayEquals(want, got, what);
					frames++;
				}
			}
		}
		// NB: what it does not take is left to the byte decode: another byte order, element size, shuffle or length.
		final byte[] in = data(8000, 0, 1);
		final byte[] two = new BloscCodec("lz4", 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0).encode(in);
		assertFalse(new BloscCodec("lz4", 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0).decodeShorts(two, two.length, new short[4000], java.nio.ByteOrder.BIG_ENDIAN));
		assertFalse(new BloscCodec("lz4", 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0).decodeShorts(two, two.length, new short[3999], java.nio.ByteOrder.LITTLE_ENDIAN));
		for (final byte[] other : new byte[][] { new BloscCodec("lz4", 5, Blosc.Shuffle.BYTE_SHUFFLE, 4, 0).encode(in),
			new BloscCodec("lz4", 5, Blosc.Shuffle.NO_SHUFFLE, 2, 0).encode(in), new BloscCodec("zstd", 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0).encode(in) }) {
			assertFalse(new BloscCodec("lz4", 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0).decodeShorts(other, other.length, new short[4000], java.nio.ByteOrder.LITTLE_ENDIAN));
		}
		// a broken frame is an error, not a fallback
		final byte[] big = new BloscCodec("lz4", 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0).encode(data(400_000, 0, 2));
		big[19] = 0x7f; // the first block starts past the end
		assertThrows(IOException.class, () -> new BloscCodec("lz4", 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0)
			.decodeShorts(big, big.length, new short[200_000], java.nio.ByteOrder.LITTLE_ENDIAN));
		assertTrue(frames >= 24, frames + " shuffled frames");
	}

	@Test
	void leavesOtherCompressorsAndTheBitShuffleToCBlosc() throws IOException {
		final byte[] in = data(50_000, 0, 3);
		for (final String cname : new String[] { "zstd", "blosclz", "zlib" }) {
			final byte[] enc = new BloscCodec(cname, 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0).encode(in);
			assertFalse(BloscFrames.handles(enc), cname);
			assertArrayEquals(in, new BloscCodec(cname, 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0).decode(enc, in.length), cname);
		}
		final byte[] bits = new BloscCodec("lz4", 5, Blosc.Shuffle.BIT_SHUFFLE, 2, 0).encode(in);
		assertFalse(BloscFrames.handles(bits));
		assertArrayEquals(in, new BloscCodec("lz4", 5, Blosc.Shuffle.BIT_SHUFFLE, 2, 0).decode(bits, in.length));
	}

	@Test
	void brokenFramesFailWithTheCause() {
		final BloscCodec codec = new BloscCodec("lz4", 5, Blosc.Shuffle.BYTE_SHUFFLE, 2, 0);
		final byte[] enc = codec.encode(data(200_000, 0, 5));
		final byte[] cut = Arrays.copyOf(enc, enc.length - 100);
		cut[12] = (byte) cut.length; // header's compressed size says the cut length
		cut[13] = (byte) (cut.length >>> 8);
		cut[14] = (byte) (cut.length >>> 16);
		final IOException e = assertThrows(IOException.class, () -> codec.decode(cut, 200_000));
		assertTrue(e.getMessage().startsWith("corrupt blosc chunk"), e.getMessage());
		final byte[] bad = enc.clone();
		bad[8] = bad[9] = bad[10] = bad[11] = 0; // block size 0
		assertEquals("corrupt blosc chunk: block size 0", assertThrows(IOException.class, () -> codec.decode(bad, 200_000))
			.getMessage());
	}
}
