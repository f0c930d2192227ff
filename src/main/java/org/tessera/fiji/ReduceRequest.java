package org.tessera.fiji;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.reduce.Axes;
import org.tessera.reduce.Presets;
import org.tessera.reduce.ReducedArray;
import org.tessera.reduce.Reduction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What "Reduce Dataset..." was asked, shared by {@link ReduceCommand} and {@link ReducePlugin}: a dataset,
 * an array (empty: the default one), a preset ({@code none}, {@code hyperspectral}, {@code 4dstem})
 * and, without a preset, the axes to sum over (names or indices, comma separated). For 4D-STEM,
 * {@code bf} is the bright-field radius and {@code adf} {@code "inner,outer"} (0 / empty: none).
 */
public record ReduceRequest(Path path, String array, String preset, String axes, double bf, String adf) {

	/** The preset choices in dialog order. */
	public static final String[] PRESETS = { "none", "hyperspectral", "4dstem" };

	/** Opens the dataset, runs the reductions in one pass and returns the results. */
	public List<ReducedArray> run(final BooleanSupplier cancel, final org.tessera.reduce.Progress progress)
		throws IOException
	{
		try (Container c = DatasetOpener.container(path)) {
			final ChunkedArray a = Containers.array(c, array == null || array.isEmpty() ? null : array);
			return build(a).run(Runtime.getRuntime().availableProcessors(), progress, cancel);
		}
	}

	/** The reductions over {@code a}. */
	Reduction build(final ChunkedArray a) {
		final Reduction r = Reduction.over(a);
		switch (preset == null ? "none" : preset) {
			case "hyperspectral" -> Presets.hyperspectral(r, a);
			case "4dstem" -> Presets.fourDStem(r, a, bf > 0 ? bf : null, radii(), null);
			case "none" -> r.sum(Axes.parse(a, axes == null ? "" : axes));
			default -> throw new IllegalArgumentException("unknown preset '" + preset + "' (none, hyperspectral, 4dstem)");
		}
		return r;
	}

	private double[] radii() {
		if (adf == null || adf.isBlank()) return null;
		final String[] p = adf.split(",");
		if (p.length != 2) throw new IllegalArgumentException("adf needs 'inner,outer' radii, not '" + adf + "'");
		return new double[] { Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()) };
	}
}
