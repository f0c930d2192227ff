package org.tessera.fiji.script;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Groovy for SciJava's {@code ScriptService}, so {@code #@} parameters work in a plain SciJava
 * context (e.g. headless tests, the command line) through the JSR-223 engine of
 * {@code groovy-jsr223}, needed only at run time.
 * <p>
 * NB: very low priority: in Fiji, {@code scripting-groovy}'s own language wins.
 * </p>
 */
@Plugin(type = ScriptLanguage.class, name = "Groovy", priority = Priority.VERY_LOW)
public class GroovyScriptLanguage extends AdaptedScriptLanguage {

	public GroovyScriptLanguage() {
		super(ScriptEngines.require("groovy"));
	}
}
