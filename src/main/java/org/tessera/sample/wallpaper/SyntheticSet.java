package org.tessera.sample.wallpaper;

import org.tessera.reduce.out.NpyWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A labelled synthetic set on disk for training: {@code images.npy} (float32 {@code [N, 1, size, size]}),
 * {@code labels.npy} (int64 {@code [N]}) and {@code classes.json} (class names in label order, the seed,
 * count and size). Image {@code i} of class {@code c} uses {@link SyntheticImages#imageSeed}{@code (seed,
 * c.label, i)}, so sets drawn with different seeds are disjoint. Images are grouped by class.
 */
public final class SyntheticSet {

	/** The format name written to {@code classes.json}. */
	public static final String FORMAT = "tessera-synthetic-wallpaper-1";

	private static final int BLOCK = 64;

	private SyntheticSet() {}

	/**
	 * Renders {@code count} images of every class into {@code dir} (created if needed), rendering blocks of
	 * images in parallel on the common pool.
	 *
	 * @return the number of images written
	 */
	public static int write(final Path dir, final List<SyntheticClass> classes, final int count, final long seed,
		final int size) throws IOException
	{
		Files.createDirectories(dir);
		final int n = classes.size() * count;
		try (OutputStream img = new BufferedOutputStream(Files.newOutputStream(dir.resolve("images.npy")), 1 << 20);
			OutputStream lab = new BufferedOutputStream(Files.newOutputStream(dir.resolve("labels.npy"))))
		{
			img.write(NpyWriter.header("<f4", n, 1, size, size));
			lab.write(NpyWriter.header("<i8", n));
			for (final SyntheticClass c : classes)
				for (int start = 0; start < count; start += BLOCK) writeBlock(img, lab, c, start, Math.min(count, start + BLOCK), seed, size);
		}
		Files.writeString(dir.resolve("classes.json"), classesJson(classes, count, seed, size));
		return n;
	}

	// -- Helper methods --

	private static void writeBlock(final OutputStream img, final OutputStream lab, final SyntheticClass c,
		final int from, final int to, final long seed, final int size) throws IOException
	{
		final List<float[]> block = IntStream.range(from, to).parallel()
			.mapToObj(i -> SyntheticImages.render(c, SyntheticImages.imageSeed(seed, c.label(), i), size)).toList();
		final ByteBuffer b = ByteBuffer.allocate(size * size * 4).order(ByteOrder.LITTLE_ENDIAN);
		final ByteBuffer l = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
		for (final float[] f : block) {
			b.clear();
			b.asFloatBuffer().put(f);
			img.write(b.array());
			lab.write(l.clear().putLong(0, c.label()).array());
		}
	}

	private static String classesJson(final List<SyntheticClass> classes, final int count, final long seed,
		final int size)
	{
		final String names = classes.stream().map(c -> "{\"label\": " + c.label() + ", \"name\": \"" + c.name() + "\"}")
			.collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
		return "{\n  \"format\": \"" + FORMAT + "\",\n  \"seed\": " + seed + ",\n  \"count_per_class\": " + count
			+ ",\n  \"size\": " + size + ",\n  \"classes\": " + names + "\n}\n";
	}
}
