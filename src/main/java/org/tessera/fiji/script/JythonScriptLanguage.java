package org.tessera.fiji.script;

import java.lang.reflect.Method;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Python (Jython 2.7) for SciJava's {@code ScriptService}, through the JSR-223 engine of
 * {@code jython-standalone}, needed only at run time.
 * <p>
 * NB: very low priority: in Fiji, {@code scripting-jython}'s own language wins. Jython hands
 * {@code #@output} values back as {@code PyObject}s; {@link #decode} turns them into Java objects
 * through {@code __tojava__}, by reflection, so this class compiles without Jython.
 * </p>
 */
@Plugin(type = ScriptLanguage.class, name = "Python (Jython)", priority = Priority.VERY_LOW)
public class JythonScriptLanguage extends AdaptedScriptLanguage {

	public JythonScriptLanguage() {
		super(ScriptEngines.require("python"));
	}

	@Override
	public Object decode(final Object object) {
		if (object == null || !object.getClass().getName().startsWith("org.python.core.Py")) return object;
		try {
			final Method toJava = object.getClass().getMethod("__tojava__", Class.class);
			return toJava.invoke(object, Object.class);
		}
		catch (final ReflectiveOperationException e) {
			throw new IllegalStateException("cannot convert Jython value " + object + " to Java", e);
		}
	}
}
