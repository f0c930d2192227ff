package org.tessera.io.dm;

import java.util.Map;

/** hyperspy's reading of what a DM image is: its signal type and whether it is a spectrum image. */
final class DmSignals {

	private DmSignals() {}

	/** {@code "EELS"}, {@code "EDS_TEM"}, {@code "CL"} or {@code ""}, from the image's tags. */
	static String signalType(final Map<String, Object> image) {
		final Object signal = DmTree.get(image, "ImageTags", "Meta Data", "Signal");
		if ("X-ray".equals(signal)) return "EDS_TEM";
		if ("CL".equals(signal) || DmTree.get(image, "ImageTags", "Acquisition", "Monarc Spectrometer") != null) return "CL";
		if ("EELS".equals(signal) || DmTree.get(image, "ImageTags", "spim", "eels") != null) return "EELS";
		return "";
	}

	/** A spectrum image: tagged as one (DM's {@code Meta Data/Format} or Orsay's {@code spim}), rank above 2. */
	static boolean isSpectrumImage(final Map<String, Object> image, final int rank) {
		return rank > 2 && ("Spectrum image".equals(DmTree.get(image, "ImageTags", "Meta Data", "Format"))
			|| DmTree.get(image, "ImageTags", "spim") != null);
	}
}
