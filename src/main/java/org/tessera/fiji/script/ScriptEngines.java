package org.tessera.fiji.script;

import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.scijava.Context;

/** Finds JSR-223 engine factories for the language adapters of this package. */
final class ScriptEngines {

	private ScriptEngines() {}

	/**
	 * The factory registered under {@code name}.
	 *
	 * @throws IllegalStateException when no engine of that name is on the class path; SciJava logs
	 *           it and skips the adapter, so a missing engine never breaks the other languages
	 */
	static ScriptEngineFactory require(final String name) {
		for (final ScriptEngineFactory f : new ScriptEngineManager(Context.getClassLoader()).getEngineFactories()) {
			if (f.getNames().contains(name)) return f;
		}
		throw new IllegalStateException("no JSR-223 script engine named '" + name + "' on the class path");
	}
}
