package org.tessera.cli;

import org.tessera.embed.EmbedOptions;
import org.tessera.embed.EmbedPipeline;
import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;
import org.tessera.embed.Plane;
import org.tessera.embed.djl.DjlEmbedder;
import org.tessera.embed.djl.ModelDescriptor;
import org.tessera.embed.djl.ModelDescriptors;
import org.tessera.embed.djl.RawTensor;
import org.tessera.embed.prep.Normalization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code tessera bench-embed --model M}: embeds images end to end (open each lazily, read its plane,
 * percentile-scale, resize, normalise, batch, infer; reading on one background thread, and all on one
 * thread) and times model inference alone on random batches;
 * prints one JSON object. A benchmark, not a test: compare with a peer measured in the same run
 * ({@code bench/embed.sh}).
 */
@Command(name = "bench-embed", description = "Time an embedder end to end and inference alone (one JSON object).")
final class BenchEmbedCommand implements Callable<Integer> {

	@Option(names = "--model", required = true, paramLabel = "FILE|classical",
		description = "Model (.onnx, .pt with a descriptor JSON, descriptor JSON, rdf.yaml) or 'classical'.")
	String model;

	@Option(names = "--images", paramLabel = "DIR", description = "Datasets to embed (default: generate them).")
	Path images;

	@Option(names = "--count", description = "Images to generate (default 64).")
	int count = 64;

	@Option(names = "--size", description = "Side of generated images and largest plane read (default 512).")
	int size = 512;

	@Option(names = "--batch", description = "Planes per inference (default 16).")
	int batch = 16;

	@Option(names = "--threads", description = "Intra-op threads (default 1).")
	int threads = 1;

	@Option(names = "--repeat", description = "Timed passes after one warm-up (default 3).")
	int repeat = 3;

	@Option(names = "--prefetch", description = "Batches read ahead on one background thread (default 2; 0: none).")
	int prefetch = 2;

	@Option(names = "--imagenet", description = "Normalise with the ImageNet mean and std after percentile scaling.")
	boolean imagenet;

	@Override
	public Integer call() throws Exception {
		final Path tmp = images == null ? Files.createTempDirectory("tessera-bench-embed") : null;
		final List<Path> files = tmp == null ? BenchImages.list(images) : BenchImages.generate(tmp, count, size);
		final EmbedOptions o = new EmbedOptions("cpu", threads, batch, null);
		try (Embedder e = open(o)) {
			final Map<String, Object> m = new LinkedHashMap<>();
			m.put("bench", "tessera-embed");
			m.put("model", e.name());
			m.put("threads", threads);
			m.put("batch", batch);
			m.put("images", files.size());
			m.put("read_s", median(() -> readAll(files)));
			// NB: the headline reads and prepares on one background thread while the model runs on the
			// calling thread (with --threads intra-op threads); the single-threaded figure does it all in turn.
			m.put("reading", prefetch > 0 ? "1 background thread, " + prefetch + " batches ahead" : "inline");
			final double total = median(() -> EmbedPipeline.embed(e, sources(files), batch, prefetch));
			m.put("end_to_end_s", total);
			m.put("end_to_end_images_per_s", files.size() / total);
			final double inline = median(() -> EmbedPipeline.embed(e, sources(files), batch, 0));
			m.put("end_to_end_single_thread_images_per_s", files.size() / inline);
			if (e instanceof DjlEmbedder d) m.put("inference_images_per_s", inferenceRate(d));
			m.put("provenance", e.provenance());
			System.out.println(Json.write(m, false));
		}
		finally {
			if (tmp != null) deleteTree(tmp);
		}
		return 0;
	}

	private Embedder open(final EmbedOptions o) throws Exception {
		if (model.equals("classical")) return Embedders.create("classical", o);
		final ModelDescriptor d = ModelDescriptors.load(Path.of(model));
		return new DjlEmbedder(imagenet ? d.withNormalization(Normalization.IMAGENET) : d, o);
	}

	private List<Plane> readAll(final List<Path> files) throws Exception {
		final List<Plane> out = new ArrayList<>(files.size());
		for (final Path p : files) out.add(BenchImages.read(p, size));
		return out;
	}

	private List<EmbedPipeline.PlaneSource> sources(final List<Path> files) {
		return files.stream().<EmbedPipeline.PlaneSource>map(p -> () -> BenchImages.read(p, size)).toList();
	}

	/** Images per second of inference alone on a random batch (median of repeats). */
	private double inferenceRate(final DjlEmbedder e) throws Exception {
		final ModelDescriptor d = e.descriptor();
		final float[] x = new float[batch * d.channels() * d.height() * d.width()];
		final Random r = new Random(1);
		for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
		final RawTensor in = new RawTensor(x, new long[] { batch, d.channels(), d.height(), d.width() });
		final int batches = Math.max(2, count / batch);
		return batches * batch / median(() -> {
			for (int b = 0; b < batches; b++) e.infer(in);
			return null;
		});
	}

	/** A timed action. */
	interface Action {
		Object run() throws Exception;
	}

	/** Median seconds of {@code repeat} runs after one warm-up. */
	private double median(final Action a) throws Exception {
		a.run();
		final double[] s = new double[Math.max(1, repeat)];
		for (int i = 0; i < s.length; i++) {
			final long t0 = System.nanoTime();
			a.run();
			s[i] = (System.nanoTime() - t0) / 1e9;
		}
		Arrays.sort(s);
		return s[s.length / 2];
	}

	private static void deleteTree(final Path root) throws java.io.IOException {
		try (var s = Files.walk(root)) {
			for (final Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
		}
	}
}
