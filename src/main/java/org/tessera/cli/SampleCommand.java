package org.tessera.cli;

import org.tessera.sample.SampleCollection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tessera sample DIR}: writes the embedded default sample collection. */
@Command(name = "sample", description = "Generate the sample collection (Zarr v2/v3, OME-Zarr 0.4/0.5, N5) in DIR.")
final class SampleCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", defaultValue = "sample-data")
	Path dir;

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		final List<Path> written = SampleCollection.generate(dir);
		if (options.json) {
			final Map<String, Object> out = new LinkedHashMap<>();
			out.put("dir", dir.toAbsolutePath().toString());
			out.put("datasets", written.stream().map(Path::toString).toList());
			System.out.println(Json.write(out, false));
		}
		else written.forEach(p -> System.err.println("wrote " + p));
		return 0;
	}
}
