package org.tessera.reduce;

import org.junit.jupiter.api.Test;
import org.tessera.io.Axis;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.io.hdf5.Hdf5ArrayView;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hyperspectral preset finds the energy axis wherever the reader puts it. */
class PresetsTest {

	@Test
	void energyFirstAsHyperspyShowsEmd() throws IOException {
		final MemoryChunkedArray stored = new MemoryChunkedArray(DType.UINT16, new long[] { 4, 3, 9 }, new int[] { 2, 3, 4 }, 5);
		final Hdf5ArrayView emd = new Hdf5ArrayView(stored, "data", new int[] { 2, 1, 0 },
			List.of(new Axis("Energy", "energy", "k_e_V", 0.01, 0), Axis.named("x"), Axis.named("y")), Map.of());
		assertEquals(0, Presets.energyAxis(emd));
		final List<ReducedArray> r = Presets.hyperspectral(Reduction.over(emd), emd).run();
		assertArrayEquals(new long[] { 3, 4 }, r.get(0).shape());
		assertArrayEquals(new long[] { 9 }, r.get(1).shape());
		final List<ReducedArray> plain = Reduction.over(stored).sum(2).sum(0, 1).run();
		assertArrayEquals((long[]) plain.get(1).data(), (long[]) r.get(1).data(), "spectrum");
		final long[] image = (long[]) plain.get(0).data();
		final long[] shown = (long[]) r.get(0).data();
		for (int y = 0; y < 4; y++) for (int x = 0; x < 3; x++) assertEquals(image[y * 3 + x], shown[x * 4 + y], "image (x, y)");
	}

	@Test
	void lastAxisWithoutCalibration() {
		final MemoryChunkedArray cube = new MemoryChunkedArray(DType.UINT16, new long[] { 4, 3, 9 }, new int[] { 2, 3, 4 }, 5);
		assertEquals(2, Presets.energyAxis(cube));
	}
}
