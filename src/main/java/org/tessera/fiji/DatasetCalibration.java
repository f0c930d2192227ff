package org.tessera.fiji;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ij.measure.Calibration;

import org.tessera.io.Axis;

/**
 * Turns array axes into an ImageJ {@link Calibration}: pixel sizes and units from the x, y and z
 * axes, the origin in pixels ({@code -offset / scale}, ImageJ's convention), the frame interval and
 * time unit from the t axis. OME-NGFF unit names become ImageJ's short forms
 * ({@code "nanometer"} to {@code "nm"}, {@code "micrometer"} to {@code "µm"}); other units pass through.
 */
final class DatasetCalibration {

	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("angstrom", "Å"),
		Map.entry("picometer", "pm"), Map.entry("nanometer", "nm"), Map.entry("micrometer", "µm"),
		Map.entry("micron", "µm"), Map.entry("um", "µm"), Map.entry("millimeter", "mm"), Map.entry("centimeter", "cm"),
		Map.entry("meter", "m"), Map.entry("kilometer", "km"), Map.entry("second", "s"), Map.entry("millisecond", "ms"),
		Map.entry("microsecond", "µs"), Map.entry("nanosecond", "ns"), Map.entry("minute", "min"),
		Map.entry("hour", "h"));

	private DatasetCalibration() {}

	/** ImageJ's short form of a unit name; empty stays empty. */
	static String unit(final String name) {
		return UNITS.getOrDefault(name.toLowerCase(Locale.ROOT), name);
	}

	/** The calibration of a stack whose axes play {@code roles}. */
	static Calibration of(final List<Axis> axes, final AxisRoles roles) {
		final Calibration cal = new Calibration();
		final Axis x = axes.get(roles.x());
		cal.pixelWidth = x.scale();
		cal.xOrigin = origin(x);
		setUnit(x, cal::setXUnit);
		if (roles.y() >= 0) {
			final Axis y = axes.get(roles.y());
			cal.pixelHeight = y.scale();
			cal.yOrigin = origin(y);
			setUnit(y, cal::setYUnit);
		}
		if (roles.z() >= 0) {
			final Axis z = axes.get(roles.z());
			cal.pixelDepth = z.scale();
			cal.zOrigin = origin(z);
			setUnit(z, cal::setZUnit);
		}
		if (roles.t() >= 0) {
			final Axis t = axes.get(roles.t());
			cal.frameInterval = t.scale();
			setUnit(t, cal::setTimeUnit);
		}
		return cal;
	}

	// -- Helper methods --

	private static double origin(final Axis a) {
		return a.scale() == 0 ? 0 : -a.offset() / a.scale();
	}

	private static void setUnit(final Axis a, final java.util.function.Consumer<String> setter) {
		if (!a.unit().isEmpty()) setter.accept(unit(a.unit()));
	}
}
