package org.tessera.meta;

import org.junit.jupiter.api.Test;
import org.tessera.meta.Units.Kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Unit normalisation, parsing, originals kept, unknown units left alone; flattening of nested trees. */
class UnitsTest {

	@Test
	void convertsToCanonicalUnitsKeepingTheOriginal() {
		final Quantity v = Units.normalise(300000, "V", Kind.VOLTAGE);
		assertEquals(new Quantity(300, "kV", 300000, "V"), v);
		assertEquals(200, Units.normalise(200, "keV", Kind.VOLTAGE).value());
		assertEquals(0.0081728831923, Units.normalise(8.1728831922978511e-12, "m", Kind.LENGTH).value(), 1e-15);
		assertEquals(1.99207360856, Units.normalise(0.0019920736085623503, "µm", Kind.LENGTH).value(), 1e-10);
		assertEquals(2.5, Units.normalise(25, "Å", Kind.LENGTH).value());
		assertEquals(0.5, Units.normalise(500, "pm", Kind.LENGTH).value());
		assertEquals(30, Units.normalise(30, "nanometer", Kind.LENGTH).value());
		assertEquals(4000, Units.normalise(4, "micrometer", Kind.LENGTH).value());
		assertEquals(10, Units.normalise(1, "1/Å", Kind.RECIPROCAL_LENGTH).value());
		assertEquals(250, Units.normalise(0.25, "keV", Kind.ENERGY).value());
		assertEquals(3.5e-6, Units.normalise(3.5, "µs", Kind.TIME).value());
		assertEquals(0.02, Units.normalise(20, "ms", Kind.TIME).value());
		assertEquals(25.0106527111, Units.normalise(0.025010652711104642, "rad", Kind.ANGLE).value(), 1e-9);
		assertEquals(478, Units.normalise(0.47799999999999998, "m", Kind.CAMERA_LENGTH).value());
		assertEquals(-12.5864, Units.normalise(-0.2196736, "rad", Kind.TILT).value(), 1e-4);
	}

	@Test
	void parsesNumbersWithUnits() {
		assertEquals(new Quantity(200, "kV", 200, "kV"), Units.parse("200 kV", Kind.VOLTAGE));
		assertEquals(new Quantity(0.5, "nm", 0.5, "nm"), Units.parse("0.5nm", Kind.LENGTH));
		assertEquals(new Quantity(3, "1/nm", 3, "1/nm"), Units.parse("3 1/nm", Kind.RECIPROCAL_LENGTH));
		assertEquals(1e3, Units.parse("1e-6 m", Kind.LENGTH).value());
		assertNull(Units.parse("kV", Kind.VOLTAGE));
		assertNull(Units.parse(null, Kind.VOLTAGE));
	}

	@Test
	void unknownUnitsStayAsWritten() {
		assertEquals(new Quantity(7, "furlong", 7, "furlong"), Units.normalise(7, "furlong", Kind.LENGTH));
		assertEquals(new Quantity(300, "", 300, ""), Units.parse("300", Kind.VOLTAGE));
		assertEquals(new Quantity(2, "nm", 2, "nm"), Units.normalise(2, "nm", Kind.VOLTAGE));
		assertNull(Units.axisKind("<undefined>"));
		assertEquals(Kind.ENERGY, Units.axisKind("eV"));
	}

	@Test
	void flatteningWalksNestedMapsAndLists() {
		final Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("Optics", Map.of("AccelerationVoltage", "300000"));
		tree.put("Detectors", List.of(Map.of("DetectorName", "HAADF"), Map.of("DetectorName", "BF")));
		tree.put("dims", new int[] { 3, 4 });
		tree.put("empty", null);
		final Map<String, String> f = Flattening.flatten(tree);
		assertEquals(Map.of("Optics.AccelerationVoltage", "300000", "Detectors.0.DetectorName", "HAADF",
			"Detectors.1.DetectorName", "BF", "dims", "[3, 4]"), f);
	}
}
