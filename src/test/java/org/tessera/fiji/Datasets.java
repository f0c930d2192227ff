package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code *.tessera-test} fixtures (see {@link GeneratedFormat}) and knows their pixels.
 * <p>
 * The standard {@link #pyramid(Path)} fixture holds a two-level pyramid {@code s0} (uint16,
 * z,y,x = 3,40,50, chunks 2,16,16, 2 x 0.5 x 0.5 micrometer) and {@code s1} (3,20,25, 2 x 1 x 1),
 * plus a 2-D uint8 array {@code mask} (40,50) outside the pyramid.
 * </p>
 */
public final class Datasets {

	/** Depth, height and width of level {@code s0}. */
	public static final int Z = 3, H = 40, W = 50;

	private Datasets() {}

	/** Writes the standard fixture into {@code dir} and returns its path. */
	public static Path pyramid(final Path dir) throws IOException {
		return write(dir.resolve("pyramid" + GeneratedFormat.SUFFIX), """
			arrays=s0,s1,mask
			multiscale=s0,s1
			s0.shape=3,40,50
			s0.chunks=2,16,16
			s0.dtype=uint16
			s0.axes=z:2.0:micrometer,y:0.5:micrometer,x:0.5:micrometer
			s1.shape=3,20,25
			s1.chunks=2,16,16
			s1.dtype=uint16
			s1.axes=z:2.0:micrometer,y:1.0:micrometer,x:1.0:micrometer
			mask.shape=40,50
			mask.chunks=16,16
			mask.dtype=uint8
			mask.axes=y:0.5:micrometer,x:0.5:micrometer
			""");
	}

	/** Writes a fixture file with the given properties text. */
	public static Path write(final Path file, final String properties) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, properties);
	}

	/** The value of voxel (x, y, z) of a C-order array of height h and width w (before wrapping). */
	public static long voxel(final int x, final int y, final int z, final int h, final int w) {
		return GeneratedArray.valueAt(((long) z * h + y) * w + x);
	}

	/** The centre voxel of {@code s0} as the scripts and the macro report it: (25, 20, 1) = 3025. */
	public static long centreOfS0() {
		return voxel(W / 2, H / 2, Z / 2, H, W);
	}
}
