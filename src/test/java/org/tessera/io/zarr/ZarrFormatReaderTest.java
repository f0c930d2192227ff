package org.tessera.io.zarr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tessera.TestData;
import org.tessera.io.AbstractFormatReaderTest;

/** The format-reader contract for {@code "zarr"}: the independent v3 fixtures and, when present, real data. */
class ZarrFormatReaderTest extends AbstractFormatReaderTest {

	@Override
	protected String formatName() {
		return ZarrFormat.NAME;
	}

	@Override
	protected List<Path> samples() {
		final List<Path> out = new ArrayList<>();
		for (final String f : List.of("shard_start", "shard_nested_end", "transpose_zstd", "v2keys_names_nan")) {
			out.add(ZarrV3FixturesTest.DIR.resolve(f + ".zarr"));
		}
		out.addAll(TestData.realIfPresent("zarr_v2/zarr-python_fixture_nested", "zarr_v3/zarr-java_sharding_index_end.zarr",
			"ome_zarr/neuroglancer_simple_0.4.ome.zarr", "ome_zarr/neuroglancer_simple_0.4.ome.zarr/scale1"));
		return out;
	}
}
