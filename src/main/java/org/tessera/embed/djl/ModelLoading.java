package org.tessera.embed.djl;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import org.tessera.embed.EmbedException;
import org.tessera.embed.EmbedOptions;

import java.io.IOException;

/**
 * Loads a model with DJL on the device {@link EmbedOptions#device()} asks for: {@code cpu}; {@code gpu}
 * (fails when the engine finds none or the model does not load on it); {@code auto} (the GPU when the
 * engine reports one and the model loads there, else the CPU, saying so in one INFO line).
 */
final class ModelLoading {

	private static final System.Logger LOG = System.getLogger(ModelLoading.class.getName());

	/** NB: the libtorch natives are not shipped with the plugin (200 MB jar, 432 MB unpacked). */
	private static final String TORCH_NATIVES = "put ai.djl.pytorch:pytorch-native-cpu:2.7.1 with "
		+ "your platform's classifier (e.g. linux-x86_64) on the class path, or run with -Dai.djl.offline=false "
		+ "once so that DJL downloads libtorch into ~/.djl.ai";

	private ModelLoading() {}

	/** The engine's name for a model format. */
	static String engineName(final ModelDescriptor d) {
		return isTorch(d) ? "PyTorch" : "OnnxRuntime";
	}

	/**
	 * The engine, loaded offline (NB: DJL would otherwise try to download natives or models), with
	 * PyTorch's thread pools sized for {@code threads}.
	 */
	static Engine engine(final ModelDescriptor d, final int threads) throws EmbedException {
		defaultProperty("ai.djl.offline", "true");
		// NB: else DJL's ONNX Runtime engine starts PyTorch (on the class path for TorchScript) for tensor
		// maths the ONNX embedder never uses: 432 MB unpacked, or a failure where libtorch is absent.
		defaultProperty("ai.djl.onnx.disable_alternative", "true");
		final boolean torch = isTorch(d);
		if (torch) TorchThreads.beforeStart(threads);
		try {
			final Engine e = Engine.getEngine(engineName(d));
			if (torch) TorchThreads.afterStart(threads);
			return e;
		}
		catch (final EngineException | IllegalArgumentException | UnsatisfiedLinkError e) {
			throw new EmbedException(d.model() + ": engine " + engineName(d) + " is not available: " + e.getMessage()
				+ (torch ? " (" + TORCH_NATIVES + ")" : ""), e);
		}
	}

	private static void defaultProperty(final String key, final String value) {
		if (System.getProperty(key) == null) System.setProperty(key, value);
	}

	static boolean isTorch(final ModelDescriptor d) {
		return d.format().equals("torchscript");
	}

	/** Loads {@code d} on the requested device. */
	static ZooModel<RawTensor, RawTensor> load(final ModelDescriptor d, final EmbedOptions o) throws EmbedException {
		final Engine e = engine(d, o.threads());
		final boolean gpu = e.getGpuCount() > 0;
		switch (o.device()) {
			case "cpu" -> {
				return load(d, o, Device.cpu());
			}
			case "gpu" -> {
				if (!gpu) throw new EmbedException(d.model() + ": device gpu requested but " + e.getEngineName()
					+ " found no GPU");
				return load(d, o, Device.gpu());
			}
			default -> {
				if (!gpu) {
					LOG.log(System.Logger.Level.INFO, d.name() + ": running on CPU (" + e.getEngineName() + " found no GPU)");
					return load(d, o, Device.cpu());
				}
				try {
					return load(d, o, Device.gpu());
				}
				catch (final EmbedException x) {
					LOG.log(System.Logger.Level.INFO, d.name() + ": running on CPU (the model did not load on the GPU: "
						+ x.getMessage() + ")");
					return load(d, o, Device.cpu());
				}
			}
		}
	}

	private static ZooModel<RawTensor, RawTensor> load(final ModelDescriptor d, final EmbedOptions o,
		final Device device) throws EmbedException
	{
		final Criteria<RawTensor, RawTensor> c = Criteria.builder().setTypes(RawTensor.class, RawTensor.class)
			.optModelPath(d.model()).optEngine(engineName(d)).optDevice(device)
			// NB: ONNX Runtime session options; PyTorch ignores them (its pools are process-wide: TorchThreads).
			// All graph optimisations, sequential execution, memory patterns and the CPU arena are ONNX
			// Runtime's defaults too: set so that a DJL or ORT default change cannot slow inference silently.
			.optOption("intraOpNumThreads", Integer.toString(o.threads())).optOption("interOpNumThreads", "1")
			.optOption("optLevel", "ALL_OPT").optOption("executionMode", "SEQUENTIAL")
			.optOption("memoryPatternOptimization", "true").optOption("cpuArenaAllocator", "true")
			.optTranslator(new TensorTranslator(d.inputName(), d.outputName())).build();
		try {
			return c.loadModel();
		}
		catch (final ModelNotFoundException | MalformedModelException | IOException | EngineException e) {
			// NB: PyTorch reports an unreadable .pt as an EngineException from the JNI layer.
			throw new EmbedException(d.model() + ": cannot load the model on " + device + ": " + e.getMessage(), e);
		}
	}
}
