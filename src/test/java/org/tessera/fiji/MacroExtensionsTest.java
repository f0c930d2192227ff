package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.IJ;

import org.junit.jupiter.api.Test;

/** {@code Ext.*} functions in a headless ImageJ 1 macro interpreter. */
class MacroExtensionsTest {

	@Test
	void headlessMacroRegistersAndCallsExtTesseraVersion() {
		final String macro = "call(\"org.tessera.fiji.TesseraMacroExtensions.register\");\n"
			+ "v = Ext.tesseraVersion();\n" + "return \"version=\" + v;";
		assertEquals("version=" + TesseraMacroExtensions.version(), IJ.runMacro(macro, ""));
		assertEquals("development", TesseraMacroExtensions.version(), "outside a jar (target/classes)");
	}
}
