package org.tessera.io.n5;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tessera.TestData;
import org.tessera.io.AbstractFormatReaderTest;

/** The format-reader contract for {@code "n5"}: the independent fixtures and, when present, real data. */
class N5FormatReaderTest extends AbstractFormatReaderTest {

	@Override
	protected String formatName() {
		return N5Format.NAME;
	}

	@Override
	protected List<Path> samples() {
		final List<Path> out = new ArrayList<>(List.of(N5TestSupport.fixture("fixtures.n5"), N5TestSupport.fixture("legacy.n5"),
			N5TestSupport.fixture("bdv.n5"), N5TestSupport.fixture("fixtures.n5/scaled/s1")));
		out.addAll(TestData.realIfPresent("n5/n5-java_data-1.5.0.n5"));
		return out;
	}
}
