package org.tessera.embed.djl;

import org.tessera.embed.EmbedException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads little-endian float32 C-order {@code .npy} files (version 1–3) as {@link RawTensor}s, for parity tests. */
final class Npy {

	private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']+)'");
	private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

	private Npy() {}

	static RawTensor read(final Path p) throws IOException {
		final ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
		if (b.get() != (byte) 0x93 || b.get() != 'N') throw new EmbedException(p + ": not a .npy file");
		b.position(6);
		final int major = b.get();
		b.get();
		final int len = major == 1 ? b.getShort() & 0xffff : b.getInt();
		final byte[] h = new byte[len];
		b.get(h);
		final String header = new String(h, StandardCharsets.ISO_8859_1);
		if (!header.contains("'<f4'") || header.contains("'fortran_order': True")) throw new EmbedException(
			p + ": only little-endian float32 C-order .npy is read (header " + header.trim() + ")");
		final float[] data = new float[b.remaining() / 4];
		b.asFloatBuffer().get(data);
		return new RawTensor(data, shape(p, header));
	}

	private static long[] shape(final Path p, final String header) throws EmbedException {
		final Matcher m = SHAPE.matcher(header);
		if (!m.find() || !DESCR.matcher(header).find()) throw new EmbedException(p + ": .npy header without shape");
		return Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
			.mapToLong(Long::parseLong).toArray();
	}
}
