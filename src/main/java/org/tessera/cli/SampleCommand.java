package org.tessera.cli;

import org.tessera.sample.SampleCollection;
import org.tessera.sample.wallpaper.SyntheticClass;
import org.tessera.sample.wallpaper.SyntheticSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tessera sample DIR}: writes the embedded default sample collection; with {@code --synthetic
 * wallpaper} (or {@code groups}, the 17 wallpaper classes only) a labelled training set as {@code .npy}.
 */
@Command(name = "sample", description = "Generate the sample collection (Zarr v2/v3, OME-Zarr 0.4/0.5, N5) in DIR, "
	+ "or with --synthetic a labelled synthetic image set (images.npy, labels.npy, classes.json).")
final class SampleCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", defaultValue = "sample-data")
	Path dir;

	@Option(names = "--synthetic", paramLabel = "SET",
		description = "wallpaper (17 groups + particles, texture, diffraction) or groups (the 17 groups only)")
	String synthetic;

	@Option(names = "--count", defaultValue = "100", description = "synthetic images per class (default ${DEFAULT-VALUE})")
	int count;

	@Option(names = "--seed", defaultValue = "1", description = "synthetic set seed; different seeds give disjoint sets")
	long seed;

	@Option(names = "--size", defaultValue = "128", description = "synthetic image size in pixels (default ${DEFAULT-VALUE})")
	int size;

	@Option(names = "--out", paramLabel = "DIR", description = "output folder (overrides the DIR argument)")
	Path out;

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		final Path target = out != null ? out : dir;
		return synthetic != null ? synthetic(target) : collection(target);
	}

	// -- Helper methods --

	private int collection(final Path target) throws Exception {
		final List<Path> written = SampleCollection.generate(target);
		if (options.json) {
			final Map<String, Object> o = new LinkedHashMap<>();
			o.put("dir", target.toAbsolutePath().toString());
			o.put("datasets", written.stream().map(Path::toString).toList());
			System.out.println(Json.write(o, false));
		}
		else written.forEach(p -> System.err.println("wrote " + p));
		return 0;
	}

	private int synthetic(final Path target) throws Exception {
		final List<SyntheticClass> classes = switch (synthetic) {
			case "wallpaper" -> SyntheticClass.all();
			case "groups" -> SyntheticClass.groups();
			default -> throw new IllegalArgumentException("--synthetic must be wallpaper or groups (got '" + synthetic + "')");
		};
		final int n = SyntheticSet.write(target, classes, count, seed, size);
		if (options.json) {
			final Map<String, Object> o = new LinkedHashMap<>();
			o.put("dir", target.toAbsolutePath().toString());
			o.put("images", n);
			o.put("classes", classes.stream().map(SyntheticClass::name).toList());
			System.out.println(Json.write(o, false));
		}
		else System.err.println("wrote " + n + " images to " + target);
		return 0;
	}
}
