package org.tessera.index;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG encoder for 8-bit greyscale images (no AWT, no ImageIO: the core runs on headless
 * executors): signature, IHDR, one zlib IDAT with filter 0 rows, IEND.
 */
public final class Png {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private Png() {}

	/** Encodes {@code width × height} grey pixels, row by row. */
	public static byte[] grey(final int width, final int height, final byte[] pixels) {
		if (pixels.length != width * height) throw new IllegalArgumentException("PNG: " + pixels.length
			+ " pixels for " + width + " x " + height);
		final ByteArrayOutputStream out = new ByteArrayOutputStream(pixels.length / 2 + 64);
		out.writeBytes(SIGNATURE);
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
			.put((byte) 0).put((byte) 0).put((byte) 0).array());
		chunk(out, "IDAT", deflate(width, height, pixels));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static byte[] deflate(final int width, final int height, final byte[] pixels) {
		final byte[] raw = new byte[(width + 1) * height];
		for (int y = 0; y < height; y++) System.arraycopy(pixels, y * width, raw, y * (width + 1) + 1, width);
		final Deflater d = new Deflater(6);
		try {
			d.setInput(raw);
			d.finish();
			final ByteArrayOutputStream z = new ByteArrayOutputStream(raw.length / 2 + 64);
			final byte[] buf = new byte[8192];
			while (!d.finished()) z.write(buf, 0, d.deflate(buf));
			return z.toByteArray();
		}
		finally {
			d.end();
		}
	}

	private static void chunk(final ByteArrayOutputStream out, final String type, final byte[] data) {
		final byte[] t = type.getBytes(StandardCharsets.US_ASCII);
		final CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(t);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}
}
