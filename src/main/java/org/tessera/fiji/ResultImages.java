package org.tessera.fiji;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Plot;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import org.tessera.io.Axis;
import org.tessera.reduce.ReducedArray;

import java.util.List;

/**
 * Reduction results as ImageJ objects: an array of 2 or more axes becomes a 32-bit image (the last
 * two axes; earlier ones as slices) calibrated from its axes; a 1-D array (a spectrum, a profile)
 * becomes a {@link Plot} over its calibrated axis.
 */
public final class ResultImages {

	private ResultImages() {}

	/** True when the result is shown as a plot rather than an image. */
	public static boolean isPlot(final ReducedArray r) {
		return r.shape().length < 2;
	}

	/** The result as a calibrated 32-bit image (2-D or more). */
	public static ImagePlus image(final String title, final ReducedArray r) {
		final long[] s = r.shape();
		final int w = (int) s[s.length - 1];
		final int h = (int) s[s.length - 2];
		final ImageStack stack = new ImageStack(w, h);
		for (int p = 0; p < r.elementCount() / Math.max(1, w * h); p++) {
			final float[] px = new float[w * h];
			for (int i = 0; i < px.length; i++) px[i] = (float) r.doubleAt(p * w * h + i);
			stack.addSlice(new FloatProcessor(w, h, px));
		}
		final ImagePlus imp = new ImagePlus(title, stack);
		imp.setCalibration(calibration(r.axes().get(s.length - 1), r.axes().get(s.length - 2)));
		imp.resetDisplayRange();
		return imp;
	}

	/** The 1-D result as a line plot with a calibrated x axis. */
	public static Plot plot(final String title, final ReducedArray r) {
		final Axis a = r.axes().isEmpty() ? Axis.named("index") : r.axes().getFirst();
		final int n = r.elementCount();
		final double[] x = new double[n];
		final double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = a.offset() + a.scale() * i;
			y[i] = r.doubleAt(i);
		}
		final String label = a.name() + (a.unit().isEmpty() ? "" : " (" + DatasetCalibration.unit(a.unit()) + ")");
		final Plot plot = new Plot(title, label, r.op().key());
		plot.add("line", x, y);
		return plot;
	}

	private static Calibration calibration(final Axis x, final Axis y) {
		final Calibration cal = new Calibration();
		cal.pixelWidth = x.scale();
		cal.pixelHeight = y.scale();
		cal.xOrigin = -x.offset() / x.scale();
		cal.yOrigin = -y.offset() / y.scale();
		// NB: OME-NGFF unit names ("micrometer") become ImageJ's short forms ("µm"), as in Open Dataset.
		if (!x.unit().isEmpty()) cal.setXUnit(DatasetCalibration.unit(x.unit()));
		if (!y.unit().isEmpty()) cal.setYUnit(DatasetCalibration.unit(y.unit()));
		return cal;
	}

	/** Every result as an image or a plot, titled {@code dataset-result}. */
	public static void show(final String dataset, final List<ReducedArray> results) {
		for (final ReducedArray r : results) {
			final String title = dataset + "-" + r.name();
			if (isPlot(r)) plot(title, r).show();
			else image(title, r).show();
		}
	}
}
