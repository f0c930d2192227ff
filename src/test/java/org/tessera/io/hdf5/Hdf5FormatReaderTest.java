package org.tessera.io.hdf5;

import org.tessera.TestData;
import org.tessera.io.AbstractFormatReaderTest;

import java.nio.file.Path;
import java.util.List;

/** The reader contract for {@code "hdf5"}, on the shared HDF5 files written by other software. */
class Hdf5FormatReaderTest extends AbstractFormatReaderTest {

	@Override
	protected String formatName() {
		return Hdf5Format.NAME;
	}

	@Override
	protected List<Path> samples() {
		return List.of(TestData.real("hdf5/sparc-hyperspectral.h5"), TestData.real("hdf5/test_compressed_chunked_datasets_latest.hdf5"));
	}
}
