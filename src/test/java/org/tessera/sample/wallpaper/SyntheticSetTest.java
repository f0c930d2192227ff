package org.tessera.sample.wallpaper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training dump: numpy headers with the right type and shape, images equal to
 * {@link SyntheticImages#render} with the documented per-image seeds, labels grouped by class.
 */
class SyntheticSetTest {

	@Test
	void writesNpyImagesLabelsAndClasses(@TempDir final Path dir) throws IOException {
		final int n = SyntheticSet.write(dir, SyntheticClass.all(), 2, 5, 32);
		assertEquals(40, n);
		final ByteBuffer img = npy(dir.resolve("images.npy"), "'descr': '<f4', 'fortran_order': False, 'shape': (40, 1, 32, 32)");
		final ByteBuffer lab = npy(dir.resolve("labels.npy"), "'descr': '<i8', 'fortran_order': False, 'shape': (40,)");
		for (int i = 0; i < n; i++) {
			final SyntheticClass c = SyntheticClass.all().get(i / 2);
			assertEquals(c.label(), lab.getLong(), "label " + i);
			final float[] want = SyntheticImages.render(c, SyntheticImages.imageSeed(5, c.label(), i % 2), 32);
			final float[] got = new float[32 * 32];
			img.asFloatBuffer().get(got);
			img.position(img.position() + got.length * 4);
			assertArrayEquals(want, got, "image " + i);
		}
		final String json = Files.readString(dir.resolve("classes.json"));
		assertTrue(json.contains("{\"label\": 19, \"name\": \"diffraction\"}"), json);
		assertTrue(json.contains("\"format\": \"tessera-synthetic-wallpaper-1\""), json);
	}

	@Test
	void setsFromDifferentSeedsShareNoImageSeed() {
		final java.util.Set<Long> a = new java.util.HashSet<>();
		for (int c = 0; c < 20; c++)
			for (int i = 0; i < 5000; i++) a.add(SyntheticImages.imageSeed(1, c, i));
		for (final long base : new long[] { 2, 1000 })
			for (int c = 0; c < 20; c++)
				for (int i = 0; i < 100; i++) assertTrue(!a.contains(SyntheticImages.imageSeed(base, c, i)), base + "/" + c + "/" + i);
	}

	/** The data after a version 1.0 header that must contain {@code dict}, little-endian. */
	private static ByteBuffer npy(final Path p, final String dict) throws IOException {
		final ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
		final int len = b.getShort(8);
		assertEquals(0, (10 + len) % 64, "header padded to 64 bytes");
		assertTrue(new String(b.array(), 10, len, StandardCharsets.US_ASCII).contains(dict), p.toString());
		return b.position(10 + len).slice().order(ByteOrder.LITTLE_ENDIAN);
	}
}
