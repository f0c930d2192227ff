package org.tessera.search;

/**
 * A rectangle of an image, in pixels of its full resolution.
 *
 * @param x first column
 * @param y first row
 * @param w columns
 * @param h rows
 */
public record Roi(int x, int y, int w, int h) {

	public Roi {
		if (x < 0 || y < 0 || w < 1 || h < 1) throw new IllegalArgumentException("region " + x + "," + y + "," + w
			+ "," + h + " must have x, y >= 0 and w, h >= 1");
	}

	/**
	 * Parses {@code "x,y,w,h"}.
	 *
	 * @throws IllegalArgumentException naming the text when it is not four integers
	 */
	public static Roi parse(final String text) {
		final String[] p = text.split(",");
		try {
			if (p.length == 4) return new Roi(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()),
				Integer.parseInt(p[2].trim()), Integer.parseInt(p[3].trim()));
		}
		catch (final NumberFormatException e) {
			// NB: falls through to the one message below
		}
		throw new IllegalArgumentException("region '" + text + "' is not x,y,w,h (four integers)");
	}
}
