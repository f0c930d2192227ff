package org.tessera.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The ANN benchmark set: {@code base.f32} (n × d), {@code queries.f32}, {@code gt_top10.i32}, raw
 * little-endian row-major, shapes from the {@code .json} headers.
 */
record AnnData(float[][] base, float[][] queries, int[][] truth) {

	static AnnData read(final Path dir) throws IOException {
		return new AnnData(floats(dir.resolve("base.f32")), floats(dir.resolve("queries.f32")), ints(dir.resolve("gt_top10.i32")));
	}

	/** {rows, cols} from the json header next to {@code file}. */
	static int[] shape(final Path file) throws IOException {
		final var n = Json.MAPPER.readTree(file.resolveSibling(file.getFileName() + ".json").toFile()).get("shape");
		return new int[] { n.get(0).asInt(), n.get(1).asInt() };
	}

	private static ByteBuffer bytes(final Path file) throws IOException {
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			return ch.map(FileChannel.MapMode.READ_ONLY, 0, Files.size(file)).order(ByteOrder.LITTLE_ENDIAN);
		}
	}

	private static float[][] floats(final Path file) throws IOException {
		final int[] s = shape(file);
		final var fb = bytes(file).asFloatBuffer();
		final float[][] out = new float[s[0]][s[1]];
		for (final float[] row : out) fb.get(row);
		return out;
	}

	private static int[][] ints(final Path file) throws IOException {
		final int[] s = shape(file);
		final var ib = bytes(file).asIntBuffer();
		final int[][] out = new int[s[0]][s[1]];
		for (final int[] row : out) ib.get(row);
		return out;
	}
}
