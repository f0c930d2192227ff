package org.tessera.io.tiff;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.AbstractFormatReaderTest;

/** The format-reader contract over the tifffile fixtures, written into {@link #dir} once per test class. */
abstract class AbstractTiffFormatReaderTest extends AbstractFormatReaderTest {

	// NB: static, so each concrete class gets its own folder before its @BeforeAll (tests run one class at a time).
	@TempDir
	static Path dir;

	@BeforeAll
	static void write() throws Exception {
		TiffTestSupport.writeFixtures(dir);
	}
}
