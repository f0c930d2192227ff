package org.tessera.io.hdf5;

import org.tessera.TestData;
import org.tessera.io.AbstractFormatReaderTest;
import org.tessera.io.hdf5.velox.VeloxFormat;

import java.nio.file.Path;
import java.util.List;

/** The reader contract for {@code "emd-velox"}, on Velox-written files. */
class VeloxFormatReaderTest extends AbstractFormatReaderTest {

	@Override
	protected String formatName() {
		return VeloxFormat.NAME;
	}

	@Override
	protected List<Path> samples() {
		return List.of(TestData.real("emd_velox/fei_example_tem_stack.emd"), TestData.real("emd_velox/Test SI 16x16 215 kx.emd"));
	}
}
