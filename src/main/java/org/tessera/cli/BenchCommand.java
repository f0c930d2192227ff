package org.tessera.cli;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.io.FormatReaders;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.ParallelChunks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tessera bench PATH}: times opening a dataset and streaming one array through the
 * {@code stats} path (and a decode-only pass) on several thread counts; one JSON line per figure.
 * A benchmark, not a test: compare its figures with a peer measured in the same run.
 */
@Command(name = "bench", description = "Time open, decode-only and stats passes over one array (JSON lines).")
final class BenchCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "PATH")
	Path path;

	@Option(names = "--array", paramLabel = "NAME")
	String array;

	@Option(names = "--threads", split = ",", paramLabel = "N[,N...]", description = "Thread counts (default 1,2).")
	int[] threads = { 1, 2 };

	@Option(names = "--repeat", description = "Timed repeats after one warm-up (default 3).")
	int repeat = 3;

	@Override
	public Integer call() throws Exception {
		org.tessera.io.codec.Unshuffle.prepare();
		final double openMs = medianOpenMillis();
		try (Container c = FormatReaders.open(path)) {
			final ChunkedArray a = Containers.array(c, array);
			final double mib = a.elementCount() * (double) a.dtype().size() / (1 << 20);
			for (final int t : threads) {
				final ArrayStatistics stats = new ArrayStatistics(t, ArrayStatistics.DEFAULT_SLAB_BUDGET);
				final ArrayStatistics noHash = new ArrayStatistics(t, ArrayStatistics.DEFAULT_SLAB_BUDGET, false);
				// NB: decode-only keeps nothing of a chunk, so it reuses chunk arrays like the stats path does.
				emit("decode", a, t, mib, openMs, time(() -> ParallelChunks.fold(a, t, () -> null, (state, chunk) -> {}, true)));
				emit("stats-no-hash", a, t, mib, openMs, time(() -> noHash.of(a)));
				emit("stats", a, t, mib, openMs, time(() -> stats.of(a)));
			}
		}
		return 0;
	}

	private double medianOpenMillis() throws Exception {
		final double[] ms = new double[Math.max(5, repeat)];
		for (int i = -2; i < ms.length; i++) {
			final long t0 = System.nanoTime();
			try (Container c = FormatReaders.open(path)) {
				Containers.array(c, array).shape();
			}
			if (i >= 0) ms[i] = (System.nanoTime() - t0) / 1e6;
		}
		return median(ms);
	}

	/** A timed action. */
	interface Action {
		void run() throws Exception;
	}

	private double[] time(final Action action) throws Exception {
		action.run(); // NB: warm-up (JIT, page cache)
		final double[] s = new double[repeat];
		for (int i = 0; i < repeat; i++) {
			final long t0 = System.nanoTime();
			action.run();
			s[i] = (System.nanoTime() - t0) / 1e9;
		}
		return s;
	}

	private void emit(final String mode, final ChunkedArray a, final int t, final double mib, final double openMs,
		final double[] seconds) throws java.io.IOException
	{
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("bench", "tessera-" + mode);
		m.put("path", path.toString());
		m.put("array", a.name());
		m.put("threads", t);
		m.put("median_s", median(seconds));
		m.put("min_s", Arrays.stream(seconds).min().orElse(Double.NaN));
		m.put("mib", mib);
		m.put("mib_per_s", mib / median(seconds));
		m.put("open_ms", openMs);
		m.put("peak_rss_mib", peakRssMib());
		m.put("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
		System.out.println(Json.write(m, false));
	}

	private static double median(final double[] v) {
		final double[] s = v.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}

	/** The process's peak resident set size (VmHWM) in MiB, or -1 off Linux. */
	static double peakRssMib() throws java.io.IOException {
		final Path status = Path.of("/proc/self/status");
		if (!Files.exists(status)) return -1;
		final List<String> lines = new ArrayList<>(Files.readAllLines(status));
		for (final String l : lines) {
			if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
		}
		return -1;
	}
}
