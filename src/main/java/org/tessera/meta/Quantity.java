package org.tessera.meta;

/**
 * A measured value with its unit, normalised to Tessera's canonical unit for its kind (kV, nm, pm,
 * 1/nm, eV, s, mrad, mm), keeping what the instrument wrote.
 *
 * @param value the value in {@code unit}
 * @param unit the canonical unit
 * @param originalValue the value as stored in the file
 * @param originalUnit the unit as stored in the file (empty when the file gave none)
 */
public record Quantity(double value, String unit, double originalValue, String originalUnit) {

	/** A quantity already in its canonical unit. */
	public static Quantity of(final double value, final String unit) {
		return new Quantity(value, unit, value, unit);
	}

	@Override
	public String toString() {
		return value + " " + unit;
	}
}
