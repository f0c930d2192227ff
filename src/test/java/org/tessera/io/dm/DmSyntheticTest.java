package org.tessera.io.dm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.io.TesseraIOException;

/**
 * The tag parser and pixel reader on hand-built DM files: DM3 and DM4 layouts, little- and big-endian
 * data, structs, text, calibrations, and the RGB, bool and packed-complex pixel types.
 */
class DmSyntheticTest {

	@TempDir
	Path temp;

	static Stream<Arguments> layouts() {
		return Stream.of(Arguments.of(3, ByteOrder.LITTLE_ENDIAN), Arguments.of(3, ByteOrder.BIG_ENDIAN),
			Arguments.of(4, ByteOrder.LITTLE_ENDIAN), Arguments.of(4, ByteOrder.BIG_ENDIAN));
	}

	@ParameterizedTest
	@MethodSource("layouts")
	void parsesTheTreeAndPixelsOfEveryLayout(final int version, final ByteOrder order) throws IOException {
		final DmBytes b = new DmBytes(version, order, 5);
		b.int32("Answer", -42).float64("Pi", 3.25).text("Units", "\u00b5m");
		b.data("Pair", new long[] { 15, 0, 2, 0, 6, 0, 3 }, b.data(8).putFloat(1.5f).putInt(7));
		final ByteBuffer px = b.data(12);
		for (int i = 0; i < 6; i++) px.putShort((short) (60000 + i));
		image(b, 10, new long[] { 3, 2 }, DmBytes.UINT16, 6, px);
		try (Container c = FormatReaders.open(write(b))) {
			assertEquals("dm", c.format());
			assertEquals(version, c.metadata().get("dm_version"));
			final Map<?, ?> tags = (Map<?, ?>) c.metadata().get("tags");
			assertEquals(-42, tags.get("Answer"));
			assertEquals(3.25, tags.get("Pi"));
			assertEquals("\u00b5m", tags.get("Units"));
			assertEquals(List.of(1.5, 7), tags.get("Pair"));
			assertEquals(1, ((List<?>) tags.get("ImageList")).size(), "unnamed groups form a list");
			final ChunkedArray a = c.array("image0");
			assertArrayEquals(new long[] { 2, 3 }, a.shape(), "DM's fastest-first dimensions reversed");
			assertEquals(DType.UINT16, a.dtype());
			assertArrayEquals(new short[] { (short) 60000, (short) 60001, (short) 60002, (short) 60003, (short) 60004, (short) 60005 },
				(short[]) a.readChunk(0, 0).data());
			assertEquals(List.of(new Axis("y", "", "\u00b5m", 1.0, -2.0), new Axis("x", "", "nm", 0.5, -0.5)), a.axes());
			assertEquals("synthetic", a.attributes().get("title"));
			assertEquals(false, a.attributes().get("thumbnail"));
		}
	}

	@Test
	void rgbBecomesAnRgbaChannelAxis() throws IOException {
		final DmBytes b = new DmBytes(4, ByteOrder.LITTLE_ENDIAN, 1);
		image(b, 23, new long[] { 2, 1 }, DmBytes.UINT32, 2, b.data(8).putInt(0xff102030).putInt(0x80405060));
		try (Container c = FormatReaders.open(write(b))) {
			final ChunkedArray a = c.array("image0");
			assertArrayEquals(new long[] { 1, 2, 4 }, a.shape());
			assertEquals(DType.UINT8, a.dtype());
			assertEquals("c", a.axes().get(2).name());
			assertArrayEquals(new byte[] { 0x10, 0x20, 0x30, (byte) 0xff, 0x40, 0x50, 0x60, (byte) 0x80 }, (byte[]) a.readChunk(0, 0, 0).data());
		}
	}

	@Test
	void boolPixelsAreZeroOrOne() throws IOException {
		final DmBytes b = new DmBytes(3, ByteOrder.LITTLE_ENDIAN, 1);
		image(b, 14, new long[] { 3 }, 10, 3, b.data(3).put((byte) 0).put((byte) 2).put((byte) 1));
		try (Container c = FormatReaders.open(write(b))) {
			assertEquals(DType.BOOL, c.array("image0").dtype());
			assertArrayEquals(new byte[] { 0, 1, 1 }, (byte[]) c.array("image0").readChunk(0).data());
		}
	}

	@Test
	void packedComplexRowsAreUnpackedAsHyperspyDoes() throws IOException {
		final DmBytes b = new DmBytes(3, ByteOrder.LITTLE_ENDIAN, 1);
		final ByteBuffer px = b.data(48);
		for (int i = 0; i < 12; i++) px.putFloat(i + 1);
		image(b, 27, new long[] { 4, 2 }, DmBytes.FLOAT32, 12, px);
		try (Container c = FormatReaders.open(write(b))) {
			final ChunkedArray a = c.array("image0");
			assertArrayEquals(new long[] { 2, 4 }, a.shape());
			assertEquals(DType.COMPLEX64, a.dtype());
			// row 0 stores p = (1+2i, 3+4i, 5+6i): reversed p, then conj(p[1])
			assertArrayEquals(new float[] { 5, 6, 3, 4, 1, 2, 3, -4, 11, 12, 9, 10, 7, 8, 9, -10 }, (float[]) a.readChunk(0, 0).data());
		}
	}

	@Test
	void oldPackedComplexIsListedButNotReadable() throws IOException {
		final DmBytes b = new DmBytes(3, ByteOrder.LITTLE_ENDIAN, 1);
		image(b, 5, new long[] { 2, 2 }, DmBytes.FLOAT32, 4, b.data(16).position(16));
		try (Container c = FormatReaders.open(write(b))) {
			final ChunkedArray a = c.array("image0");
			assertEquals("DM data type 5", a.dtype().name());
			final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class, () -> a.readChunk(0, 0));
			assertTrue(e.getMessage().contains("[image0]") && e.getMessage().contains("cannot be read as pixels"), e.getMessage());
		}
	}

	// -- Helper methods --

	/** One image in an ImageList, calibrated: DM axis 0 origin 1, scale 0.5, nm; axis 1 origin 2, scale 1, µm. */
	static void image(final DmBytes b, final int dataType, final long[] dims, final int elementType, final long count,
		final ByteBuffer pixels)
	{
		b.group("ImageList", 1).group("", 3).group("ImageData", 4);
		b.group("Calibrations", 1).group("Dimension", dims.length);
		for (int i = 0; i < dims.length; i++) {
			b.group("", 3).float32("Origin", i + 1).float32("Scale", 0.5f * (i + 1)).text("Units", i == 0 ? "nm" : "\u00b5m");
		}
		b.int32("DataType", dataType).group("Dimensions", dims.length);
		for (final long d : dims) b.uint32("", d);
		b.array("Data", elementType, count, pixels);
		b.group("ImageTags", 0).text("Name", "synthetic");
	}

	private Path write(final DmBytes b) throws IOException {
		final Path p = temp.resolve("synthetic.dm4");
		Files.write(p, b.bytes());
		assertTrue(new DmFormat().canOpen(org.tessera.io.Location.of(p)), "detected by its header");
		return p;
	}
}
