package org.tessera.embed.djl;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import org.tessera.embed.EmbedException;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.StagedEmbedder;
import org.tessera.embed.Plane;
import org.tessera.embed.prep.InputTransform;
import org.tessera.meta.Checksums;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An embedder backed by a model file run through DJL (ONNX Runtime or PyTorch): each plane is
 * preprocessed as its {@link ModelDescriptor} says, planes go through the model in batches of
 * {@link EmbedOptions#batch()}, and each output becomes one vector. Named after the descriptor, so each
 * model gets its own vector field.
 * <p>
 * Thread-safe: concurrent calls take predictors from a pool (one per concurrent caller).
 * </p>
 */
public final class DjlEmbedder implements StagedEmbedder<RawTensor> {

	private final ModelDescriptor descriptor;
	private final EmbedOptions options;
	private final ZooModel<RawTensor, RawTensor> model;
	private final InputTransform transform;
	private final ConcurrentLinkedQueue<Predictor<RawTensor, RawTensor>> predictors = new ConcurrentLinkedQueue<>();
	private final Map<String, String> provenance;
	private final int dimension;

	/**
	 * Loads the model.
	 *
	 * @throws EmbedException naming the model file when it cannot be loaded or its input size is unknown
	 */
	public DjlEmbedder(final ModelDescriptor d, final EmbedOptions options) throws EmbedException {
		this.options = options;
		this.model = ModelLoading.load(d, options);
		try {
			this.descriptor = checkInput(OnnxInputs.complete(d));
			this.transform = descriptor.transform();
			this.dimension = embed(List.of(new Plane(1, 1, 1, new float[1]))).get(0).length;
			this.provenance = describeRun();
		}
		catch (final EmbedException | RuntimeException e) {
			model.close();
			throw e;
		}
	}

	// -- Embedder --

	@Override
	public String name() {
		return descriptor.name();
	}

	/** NB: found by one inference at load time (the output size is not in every model's metadata). */
	@Override
	public int dimension() {
		return dimension;
	}

	@Override
	public Map<String, String> provenance() {
		return provenance;
	}

	@Override
	public List<float[]> embed(final List<Plane> planes) throws EmbedException {
		final List<float[]> out = new ArrayList<>(planes.size());
		for (int from = 0; from < planes.size(); from += options.batch()) {
			out.addAll(run(prepare(planes.subList(from, Math.min(planes.size(), from + options.batch())))));
		}
		return out;
	}

	// -- StagedEmbedder --

	@Override
	public int batchSize() {
		return options.batch();
	}

	/** The planes preprocessed into one float NCHW input tensor (any number of planes). */
	@Override
	public RawTensor prepare(final List<Plane> planes) {
		final int n = planes.size(), size = transform.planeSize();
		final float[] x = new float[n * size];
		for (int i = 0; i < n; i++) transform.write(planes.get(i), x, i * size);
		return new RawTensor(x, new long[] { n, transform.channels(), transform.height(), transform.width() });
	}

	@Override
	public List<float[]> run(final RawTensor x) throws EmbedException {
		final int n = (int) x.shape()[0];
		return OutputVectors.split(infer(x), n, descriptor.pooling(), descriptor.l2Normalize());
	}

	/**
	 * Runs the model on a raw input tensor (e.g. float NCHW) and returns its output tensor, with no
	 * preprocessing or pooling: for parity tests and benchmarks.
	 */
	public RawTensor infer(final RawTensor input) throws EmbedException {
		Predictor<RawTensor, RawTensor> p = predictors.poll();
		if (p == null) p = model.newPredictor();
		try {
			return p.predict(input);
		}
		catch (final TranslateException | RuntimeException e) {
			throw new EmbedException(descriptor.model() + ": inference failed: " + e.getMessage(), e);
		}
		finally {
			predictors.offer(p);
		}
	}

	/** The descriptor after filling in the model's input. */
	public ModelDescriptor descriptor() {
		return descriptor;
	}

	@Override
	public void close() {
		for (Predictor<RawTensor, RawTensor> p; (p = predictors.poll()) != null;) p.close();
		model.close();
	}

	// -- Helpers --

	private static ModelDescriptor checkInput(final ModelDescriptor d) throws EmbedException {
		if (d.channels() < 1 || d.height() < 1 || d.width() < 1) throw new EmbedException(d.model()
			+ ": input size unknown (give channels, height and width in a model descriptor)");
		return d;
	}

	private Map<String, String> describeRun() throws EmbedException {
		final Map<String, String> p = new LinkedHashMap<>();
		p.put("name", descriptor.name());
		p.put("version", descriptor.version());
		p.put("model.file", descriptor.model().getFileName().toString());
		try {
			p.put("model.sha256", Checksums.fileSha256(descriptor.model()));
		}
		catch (final IOException e) {
			throw new EmbedException(descriptor.model() + ": cannot hash the model: " + e.getMessage(), e);
		}
		p.put("model.format", descriptor.format());
		p.put("engine", model.getNDManager().getEngine().getEngineName());
		p.put("engine.version", model.getNDManager().getEngine().getVersion());
		p.put("device", model.getNDManager().getDevice().toString());
		// NB: PyTorch's pool is process-wide and a -Dai.djl.pytorch.num_threads setting wins: report what runs.
		p.put("threads", Integer.toString(ModelLoading.isTorch(descriptor) ? TorchThreads.current() : options.threads()));
		return Map.copyOf(p);
	}
}
