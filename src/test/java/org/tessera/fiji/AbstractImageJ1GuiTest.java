package org.tessera.fiji;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame of an ImageJ 1 GUI test: a concrete class starts {@link #session} in its own
 * {@code @BeforeAll} (in {@link #dir}); this class stops its X server and checks that the child ran to the end.
 */
abstract class AbstractImageJ1GuiTest {

	// NB: static, so each concrete class gets its own folder and session (test classes run one at a time).
	@TempDir
	static Path dir;

	static ImageJ1Session session;

	@AfterAll
	static void stopXvfb() throws Exception {
		if (session != null) session.close();
		session = null;
	}

	@Test
	void childRanToTheEnd() {
		session.assertRanToTheEnd();
	}
}
