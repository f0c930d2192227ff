package org.tessera.fiji;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.ExtensionDescriptor;
import ij.macro.Functions;
import ij.macro.Interpreter;
import ij.macro.MacroExtension;
import ij.plugin.PlugIn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tessera's {@code Ext.*} macro functions, the Bio-Formats way: a macro calls
 * {@code run("Tessera Macro Extensions");} once, then e.g. {@code v = Ext.tesseraVersion();}.
 * Headless (no menus) a macro registers them with
 * {@code call("org.tessera.fiji.TesseraMacroExtensions.register");}.
 * <p>
 * Catalogue search: {@code n = Ext.tesseraSearch(catalog, query, k)} runs a query (empty catalog:
 * the default) and keeps its hits, returning how many were kept; {@code Ext.tesseraHitCount()} counts
 * the kept hits (also those of the last "Search Catalog..."); {@code Ext.tesseraHitField(i, field)}
 * reads a field of hit {@code i} (0-based; see {@link HitFields}); {@code Ext.tesseraOpenHit(i)}
 * opens hit {@code i} lazily and returns the image title. Counts come back as text, as every
 * {@code Ext} result does: use {@code parseInt} for arithmetic.
 * </p>
 * <p>
 * The functions of {@link ExtFunctions} ({@code Ext.setCatalog}, {@code Ext.getHitCount(n)},
 * {@code Ext.getHit(i, field, value)}, {@code Ext.getLineage(id, format, text)}, …) return their results
 * in output arguments, as Bio-Formats' {@code Ext.getSeriesCount(n)} does.
 * </p>
 */
public class TesseraMacroExtensions implements PlugIn, MacroExtension {

	/** Registers the functions with the running macro; returns "" for {@code call(...)}. */
	public static String register() {
		Functions.registerExtensions(new TesseraMacroExtensions());
		return "";
	}

	/** Tessera's version: the jar's Implementation-Version, or "development" outside a jar. */
	public static String version() {
		return Optional.ofNullable(TesseraMacroExtensions.class.getPackage().getImplementationVersion())
			.orElse("development");
	}

	// -- PlugIn methods --

	@Override
	public void run(final String arg) {
		if (!IJ.macroRunning()) {
			IJ.error("Tessera Macro Extensions", "Call run(\"Tessera Macro Extensions\") from a macro to enable Ext.* functions.");
			return;
		}
		Functions.registerExtensions(this);
	}

	// -- MacroExtension methods --

	@Override
	public ExtensionDescriptor[] getExtensionFunctions() {
		final List<ExtensionDescriptor> all = new ArrayList<>(List.of(ExtensionDescriptor.newDescriptor("tesseraVersion",
			this), ExtensionDescriptor.newDescriptor("tesseraSearch", this, ARG_STRING, ARG_STRING, ARG_NUMBER),
			ExtensionDescriptor.newDescriptor("tesseraHitCount", this),
			ExtensionDescriptor.newDescriptor("tesseraHitField", this, ARG_NUMBER, ARG_STRING),
			ExtensionDescriptor.newDescriptor("tesseraOpenHit", this, ARG_NUMBER)));
		all.addAll(ExtFunctions.descriptors(this));
		return all.toArray(ExtensionDescriptor[]::new);
	}

	@Override
	public String handleExtension(final String name, final Object[] args) {
		try {
			switch (name) {
				case "tesseraVersion": return version();
				case "tesseraSearch": return Integer.toString(CatalogHits.search(CatalogLocation.resolve((String) args[0]),
					(String) args[1], index(args[2])).rows().size());
				case "tesseraHitCount": return Integer.toString(last().rows().size());
				case "tesseraHitField": return last().field(index(args[0]), (String) args[1]);
				case "tesseraOpenHit": return openHit(index(args[0]));
				default: return ExtFunctions.handle(name, args);
			}
		}
		catch (final IOException | RuntimeException e) {
			// NB: aborts the macro with the message (file and cause), like a built-in function's error.
			final String message = "Ext." + name + ": " + e.getMessage();
			final Interpreter interp = Interpreter.getInstance();
			if (interp == null) throw new IllegalStateException(message, e);
			interp.abort(message);
			return "";
		}
	}

	// -- Helper methods --

	/** The hits the {@code Ext} functions read. */
	static CatalogHits last() {
		return CatalogHits.last().orElseThrow(() -> new IllegalStateException(
			"no search yet: call Ext.tesseraSearch(catalog, query, k) or run(\"Search Catalog...\") first"));
	}

	private static String openHit(final int index) throws IOException {
		final ImagePlus imp = last().open(index, IJ.getScreenSize().width, IJ.getScreenSize().height);
		imp.show();
		return imp.getTitle();
	}

	private static int index(final Object number) {
		return ExtFunctions.index(number);
	}
}
