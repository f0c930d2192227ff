package org.tessera.io;

/**
 * One axis of an array, in the array's C order: its name ({@code "x"}, {@code "t"}, ...), its
 * type as OME-NGFF names it ({@code "space"}, {@code "time"}, {@code "channel"}, or empty when
 * unknown), the physical unit (empty when unknown), and the affine calibration
 * {@code physical = offset + scale * index}.
 */
public record Axis(String name, String type, String unit, double scale, double offset) {

	public Axis {
		name = name == null ? "" : name;
		type = type == null ? "" : type;
		unit = unit == null ? "" : unit;
	}

	/** An uncalibrated axis with just a name. */
	public static Axis named(final String name) {
		return new Axis(name, "", "", 1, 0);
	}

	/** A copy with another scale and offset (e.g. for a coarser pyramid level). */
	public Axis withCalibration(final double newScale, final double newOffset) {
		return new Axis(name, type, unit, newScale, newOffset);
	}
}
