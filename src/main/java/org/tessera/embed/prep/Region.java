package org.tessera.embed.prep;

/**
 * A rectangle of a plane in full-resolution pixels: columns {@code x .. x + width - 1}, rows
 * {@code y .. y + height - 1}.
 */
public record Region(long x, long y, long width, long height) {

	public Region {
		if (x < 0 || y < 0 || width < 1 || height < 1) throw new IllegalArgumentException(
			"region must lie at x, y >= 0 with a positive size (got " + x + "," + y + " " + width + "x" + height + ")");
	}

	/** The longer side, pixels. */
	public long longSide() {
		return Math.max(width, height);
	}

	/** This region clipped to a plane of {@code w} × {@code h} pixels. */
	public Region clip(final long w, final long h) {
		if (x >= w || y >= h) throw new IllegalArgumentException(
			"region at " + x + "," + y + " lies outside the " + w + "x" + h + " plane");
		return new Region(x, y, Math.min(width, w - x), Math.min(height, h - y));
	}

	/** The same area in a level whose pixels are {@code sx} × {@code sy} full-resolution pixels. */
	Region scaled(final double sx, final double sy) {
		final long x0 = (long) Math.floor(x / sx), y0 = (long) Math.floor(y / sy);
		final long x1 = (long) Math.ceil((x + width) / sx), y1 = (long) Math.ceil((y + height) / sy);
		return new Region(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
	}
}
