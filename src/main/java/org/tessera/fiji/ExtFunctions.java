package org.tessera.fiji;

import static ij.macro.MacroExtension.ARG_NUMBER;
import static ij.macro.MacroExtension.ARG_OUTPUT;
import static ij.macro.MacroExtension.ARG_STRING;

import ij.WindowManager;
import ij.macro.ExtensionDescriptor;
import ij.macro.MacroExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.tessera.fiji.LineageLookup.Direction;

/**
 * The Bio-Formats-style {@code Ext.*} functions of {@link TesseraMacroExtensions}, whose results come back
 * in output arguments: {@code Ext.setCatalog(dir)} (blank: the default catalogue) picks the catalogue of
 * the functions below; {@code Ext.getHitCount(n)} and {@code Ext.getHit(i, field, value)} read the last
 * hits (of "Search Catalog...", "Find Similar..." or an {@code Ext} search); {@code Ext.getLineage(id,
 * format, text)} puts the lineage of {@code id} (blank: the current image's dataset) as {@code json} or
 * {@code dot} into {@code text}.
 * <p>
 * {@code n = Ext.findSimilar(imageTitleOrPath, embedder, k)} searches the catalogue for what looks like
 * an open image (blank: the current one, its selection searching patches), an image file or a record id;
 * {@code n = Ext.refine(positiveIds, negativeIds)} marks hits (ids separated by commas) and refines the
 * last similarity search; {@code target = Ext.export(ids, "rocrate:/tmp/x.zip")} exports records (blank:
 * the hits on show) with their data and lineage. These return their result, like the
 * {@code Ext.tessera*} functions.
 * </p>
 */
final class ExtFunctions {

	private static volatile Path catalog;

	private ExtFunctions() {}

	/** The descriptors of these functions for {@code handler}. */
	static List<ExtensionDescriptor> descriptors(final MacroExtension handler) {
		return List.of(ExtensionDescriptor.newDescriptor("setCatalog", handler, ARG_STRING), ExtensionDescriptor
			.newDescriptor("getHitCount", handler, ARG_OUTPUT + ARG_NUMBER), ExtensionDescriptor.newDescriptor("getHit",
				handler, ARG_NUMBER, ARG_STRING, ARG_OUTPUT + ARG_STRING), ExtensionDescriptor.newDescriptor("getLineage",
					handler, ARG_STRING, ARG_STRING, ARG_OUTPUT + ARG_STRING), ExtensionDescriptor.newDescriptor("findSimilar",
						handler, ARG_STRING, ARG_STRING, ARG_NUMBER), ExtensionDescriptor.newDescriptor("refine", handler,
							ARG_STRING, ARG_STRING), ExtensionDescriptor.newDescriptor("export", handler, ARG_STRING, ARG_STRING));
	}

	/**
	 * Runs function {@code name}.
	 *
	 * @throws IllegalArgumentException for a name that is none of these functions
	 */
	static String handle(final String name, final Object[] args) throws IOException {
		switch (name) {
			case "setCatalog": catalog = CatalogLocation.resolve((String) args[0]); return "";
			case "getHitCount": return number(args[0], TesseraMacroExtensions.last().rows().size());
			case "getHit": return text(args[2], TesseraMacroExtensions.last().field(index(args[0]), (String) args[1]));
			case "getLineage": return text(args[2], LineageLookup.text(new LineageRequest(catalog(), (String) args[0],
				Direction.BOTH).activities(WindowManager.getCurrentImage()), (String) args[1]));
			case "findSimilar": return count(new SimilarRequest(catalog(), (String) args[1], "", index(args[2])).run(
				(String) args[0], WindowManager.getCurrentImage()).hits());
			case "refine": return refine(ExportRequest.split((String) args[0]), ExportRequest.split((String) args[1]));
			case "export": return export((String) args[0], (String) args[1]);
			default: throw new IllegalArgumentException("unknown Tessera macro function Ext." + name);
		}
	}

	/** The catalogue of {@code Ext.setCatalog}, else the default one. */
	static Path catalog() {
		final Path c = catalog;
		return c != null ? c : CatalogLocation.defaultLocation();
	}

	static int index(final Object number) {
		return (int) ((Double) number).doubleValue();
	}

	// -- Similarity search and export --

	private static String refine(final List<String> positive, final List<String> negative) throws IOException {
		final SimilarBrowserModel m = SimilarBrowserModel.last().orElseThrow(() -> new IllegalStateException(
			"no similarity search yet: call Ext.findSimilar(image, embedder, k) or run(\"Find Similar...\") first"));
		m.mark(positive, negative);
		return count(m.refine());
	}

	/** Exports {@code ids} (blank: the hits on show) to {@code spec}, {@code NAME:TARGET}; returns the target. */
	private static String export(final String ids, final String spec) throws IOException {
		final int colon = spec.indexOf(':');
		if (colon < 1) throw new IllegalArgumentException("export target '" + spec + "' is not NAME:TARGET (NAME one of "
			+ ExportRequest.types() + ")");
		final List<String> records = ids.isBlank() ? ExportRequest.ids(catalog(), "results", "") : ExportRequest.ids(
			catalog(), "ids", ids);
		return new ExportRequest(catalog(), spec.substring(0, colon), spec.substring(colon + 1), records, "").run((d,
			t) -> ij.IJ.showProgress(d, t)).target();
	}

	private static String count(final CatalogHits hits) {
		return Integer.toString(hits.rows().size());
	}

	// -- Output arguments --

	private static String number(final Object out, final double value) {
		((Double[]) out)[0] = value;
		return "";
	}

	private static String text(final Object out, final String value) {
		((String[]) out)[0] = value;
		return "";
	}
}
