package org.tessera.cli;

import org.tessera.embed.Plane;
import org.tessera.embed.prep.PlaneSelection;
import org.tessera.embed.prep.Planes;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrArrayWriter;
import org.tessera.io.zarr.write.ZarrWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The images of {@code bench-embed}: generated uint16 Zarr arrays, or the datasets in a folder. */
final class BenchImages {

	private BenchImages() {}

	/** Writes {@code count} {@code size × size} uint16 Zarr v2 arrays (chunks of 256², uncompressed). */
	static List<Path> generate(final Path dir, final int count, final int size) throws IOException {
		final List<Path> out = new ArrayList<>();
		final int chunk = Math.min(256, size);
		for (int i = 0; i < count; i++) {
			final Path p = dir.resolve("image-" + i + ".zarr");
			final ZarrArrayWriter w = new ZarrWriter(p, 2).createArray("", new ZarrArraySpec(new long[] { size, size },
				new int[] { chunk, chunk }, DType.UINT16).optDimensionNames(List.of("y", "x")));
			final Random r = new Random(i);
			final double period = 4 + i % 29, angle = i * 0.37;
			for (int cy = 0; cy * chunk < size; cy++) {
				for (int cx = 0; cx * chunk < size; cx++) {
					w.writeChunk(new long[] { cy, cx }, texture(cy * chunk, cx * chunk, chunk, period, angle, r));
				}
			}
			out.add(p);
		}
		return out;
	}

	private static short[] texture(final int y0, final int x0, final int n, final double period, final double angle,
		final Random r)
	{
		final short[] d = new short[n * n];
		final double kx = Math.cos(angle) * 2 * Math.PI / period, ky = Math.sin(angle) * 2 * Math.PI / period;
		for (int y = 0; y < n; y++) {
			for (int x = 0; x < n; x++) {
				d[y * n + x] = (short) (20000 + 12000 * Math.sin(kx * (x0 + x) + ky * (y0 + y)) + 2000 * r.nextGaussian());
			}
		}
		return d;
	}

	/** The files and directories directly in {@code dir}, sorted. */
	static List<Path> list(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.sorted().toList();
		}
	}

	/** Opens {@code p} lazily and reads its default array's middle plane, at most {@code size} pixels. */
	static Plane read(final Path p, final int size) throws IOException {
		try (Container c = FormatReaders.open(p)) {
			return Planes.read(c, Containers.array(c, null), PlaneSelection.whole(size));
		}
	}
}
