package org.tessera.io.dm;

import java.nio.file.Path;
import java.util.List;

import org.tessera.TestData;
import org.tessera.io.AbstractFormatReaderTest;

/** The format-reader contract for {@code "dm"} on the three real DM3/DM4 files. */
class DmFormatReaderTest extends AbstractFormatReaderTest {

	@Override
	protected String formatName() {
		return DmFormat.NAME;
	}

	@Override
	protected List<Path> samples() {
		return List.of(TestData.real("dm/EELS_SI.dm4"), TestData.real("dm/test-EDS_spectrum.dm3"),
			TestData.real("dm/test_STEM_image.dm3"));
	}
}
