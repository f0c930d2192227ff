package org.tessera.io.hdf5;

import org.tessera.TestData;
import org.tessera.io.AbstractFormatReaderTest;
import org.tessera.io.hdf5.emd.EmdBerkeleyFormat;

import java.nio.file.Path;
import java.util.List;

/** The reader contract for {@code "emd-berkeley"}, on hyperspy-written EMD v0.2 files. */
class EmdBerkeleyFormatReaderTest extends AbstractFormatReaderTest {

	@Override
	protected String formatName() {
		return EmdBerkeleyFormat.NAME;
	}

	@Override
	protected List<Path> samples() {
		return List.of(TestData.real("emd_berkeley/example_image.emd"), TestData.real("emd_berkeley/example_signal.emd"));
	}
}
