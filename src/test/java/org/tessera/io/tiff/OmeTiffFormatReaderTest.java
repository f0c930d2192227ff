package org.tessera.io.tiff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The format-reader contract for {@code "ome-tiff"}: tifffile's OME-TIFF and, when present, the real one. */
class OmeTiffFormatReaderTest extends AbstractTiffFormatReaderTest {

	@Override
	protected String formatName() {
		return OmeTiffFormat.NAME;
	}

	@Override
	protected List<Path> samples() {
		final List<Path> out = new ArrayList<>(List.of(dir.resolve("ome.ome.tif")));
		final Path real = Path.of(System.getProperty("tessera.shared", "../shared"), "data/real/ome_tiff/single-channel.ome.tif");
		if (Files.isRegularFile(real)) out.add(real);
		return out;
	}
}
