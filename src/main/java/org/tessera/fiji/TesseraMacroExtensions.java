package org.tessera.fiji;

import ij.IJ;
import ij.macro.ExtensionDescriptor;
import ij.macro.Functions;
import ij.macro.MacroExtension;
import ij.plugin.PlugIn;

import java.util.Optional;

/**
 * Tessera's {@code Ext.*} macro functions, the Bio-Formats way: a macro calls
 * {@code run("Tessera Macro Extensions");} once, then e.g. {@code v = Ext.tesseraVersion();}.
 * Headless (no menus) a macro registers them with
 * {@code call("org.tessera.fiji.TesseraMacroExtensions.register");}.
 * <p>
 * NB: only scaffolding so far ({@code tesseraVersion}); search and lineage functions come later.
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
		return new ExtensionDescriptor[] { ExtensionDescriptor.newDescriptor("tesseraVersion", this) };
	}

	@Override
	public String handleExtension(final String name, final Object[] args) {
		if (name.equals("tesseraVersion")) return version();
		throw new IllegalArgumentException("unknown Tessera macro function Ext." + name);
	}
}
