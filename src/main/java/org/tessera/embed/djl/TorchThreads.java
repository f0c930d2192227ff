package org.tessera.embed.djl;

import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch's CPU thread pools for TorchScript models: {@link #beforeStart(int)} sets DJL's
 * {@code ai.djl.pytorch.num_threads} (intra-op) and {@code ai.djl.pytorch.num_interop_threads} system
 * properties, which the engine reads once when it starts; {@link #afterStart(int)} moves the intra-op
 * pool to the requested size when the engine was already running with another.
 * <p>
 * NB: unlike ONNX Runtime's per-session options, PyTorch's pools are process-wide: the last TorchScript
 * embedder made sets the intra-op threads for all of them. Inter-op threads stay at one (Tessera
 * parallelises over planes itself, and PyTorch refuses to change them after its first parallel work).
 * Properties the user set on the command line win.
 * </p>
 */
final class TorchThreads {

	static final String INTRA = "ai.djl.pytorch.num_threads", INTER = "ai.djl.pytorch.num_interop_threads";

	/** NB: read when this class is first used, before Tessera sets anything. */
	private static final boolean USER_SET = System.getProperty(INTRA) != null;

	private TorchThreads() {}

	/** Sets the properties the engine reads at start (unless the user set them). */
	static synchronized void beforeStart(final int threads) {
		if (System.getProperty(INTRA) == null) System.setProperty(INTRA, Integer.toString(threads));
		if (System.getProperty(INTER) == null) System.setProperty(INTER, "1");
	}

	/** Resizes the intra-op pool of the running engine to {@code threads} (unless the user fixed it). */
	static synchronized void afterStart(final int threads) {
		if (!USER_SET && JniUtils.getNumThreads() != threads) JniUtils.setNumThreads(threads);
	}

	/** The intra-op threads PyTorch runs with now. */
	static int current() {
		return JniUtils.getNumThreads();
	}
}
