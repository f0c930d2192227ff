package org.tessera.io.tiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The format-reader contract for {@code "tiff"} over tifffile fixtures (strips, tiles, BigTIFF, RGB, ImageJ). */
class TiffFormatReaderTest extends AbstractTiffFormatReaderTest {

	@Override
	protected String formatName() {
		return TiffFormat.NAME;
	}

	@Override
	protected List<Path> samples() throws IOException {
		return List.of("uint16_lzw_tiles", "float64_packbits_strips", "bigtiff", "rgb_planar", "rgb_chunky", "two_shapes",
			"imagej", "bigendian_float32").stream().map(n -> dir.resolve(n + ".tif")).toList();
	}
}
