package org.tessera.embed;

/**
 * One 2-D image handed to an {@link Embedder}: float samples, channel-planar, C order
 * ({@code [channel][y][x]}), in the array's own value range (each embedder scales and resizes).
 *
 * @param width pixels per row
 * @param height rows
 * @param channels 1 for grey, 3 for RGB, …
 * @param data {@code channels * height * width} samples
 */
public record Plane(int width, int height, int channels, float[] data) {

	public Plane {
		if (width < 1 || height < 1 || channels < 1) throw new IllegalArgumentException(
			"plane size must be positive (got " + channels + "x" + height + "x" + width + ")");
		if ((long) width * height * channels != data.length) throw new IllegalArgumentException(
			"plane of " + channels + "x" + height + "x" + width + " needs " + (long) width * height * channels
				+ " samples, got " + data.length);
	}

	/** The sample at channel {@code c}, row {@code y}, column {@code x}. */
	public float at(final int c, final int y, final int x) {
		return data[(c * height + y) * width + x];
	}
}
