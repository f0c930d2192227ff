package org.tessera.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The piped copies on files spanning several buffers (and an empty and a one-byte file between), many files
 * copied at once, and direct files: every written byte equals the source, and every digest equals one
 * computed over the source's bytes.
 */
class PipedCopyTest {

	@TempDir
	Path tmp;

	private Path file(final String name, final int size) throws Exception {
		final byte[] b = new byte[size];
		new SplittableRandom(size).nextBytes(b);
		return Files.write(tmp.resolve(name), b);
	}

	@Test
	void directoryAndZipSinksCopyAndHashLargeFilesExactly() throws Exception {
		final Path[] src = { file("big", 2 * HashingCopy.BUFFER + 12345), file("empty", 0), file("one", 1), file("exact",
			HashingCopy.BUFFER) };
		for (final boolean zip : new boolean[] { false, true }) {
			final Path out = tmp.resolve(zip ? "out.zip" : "out");
			try (PackageSink sink = PackageSink.open(out, zip, !zip)) {
				for (final Path s : src) {
					final Digests d = sink.copy(s, "data/" + s.getFileName());
					final Digests want = Digests.of(Files.readAllBytes(s));
					assertEquals(want.sha256(), d.sha256(), s.toString());
					assertEquals(want.size(), d.size());
					if (!zip) assertEquals(want.md5(), d.md5());
				}
			}
			for (final Path s : src) assertArrayEquals(Files.readAllBytes(s), written(out, zip, "data/" + s.getFileName()));
		}
	}

	@Test
	void copyAllCopiesManyFilesAtOnceAndReportsThemInOrder() throws Exception {
		final List<Path> src = new ArrayList<>();
		final List<String> paths = new ArrayList<>();
		final int[] sizes = { 0, 1, 4095, DirectFile.ALIGN, DirectFile.ALIGN + 1, HashingCopy.BUFFER + 777, 100_003 };
		for (int i = 0; i < 40; i++) {
			src.add(file("f" + i, sizes[i % sizes.length] + i));
			paths.add("data/sub" + i % 3 + "/f" + i);
		}
		final List<Integer> order = new ArrayList<>();
		final Path out = tmp.resolve("many");
		try (PackageSink sink = PackageSink.open(out, false, false)) {
			sink.copyAll(src, paths, (i, d) -> {
				order.add(i);
				assertEquals(Digests.of(Files.readAllBytes(src.get(i))).sha256(), d.sha256(), paths.get(i));
			});
		}
		assertEquals(IntStream.range(0, 40).boxed().toList(), order);
		for (int i = 0; i < 40; i++) assertArrayEquals(Files.readAllBytes(src.get(i)), Files.readAllBytes(out.resolve(paths
			.get(i))));
	}

	@Test
	void copyAllNamesAMissingSourceAndStops() throws Exception {
		final Path ok = file("ok", 10), missing = tmp.resolve("missing.bin");
		final List<Integer> told = new ArrayList<>();
		try (PackageSink sink = PackageSink.open(tmp.resolve("out"), false, false)) {
			final IOException e = assertThrows(IOException.class, () -> sink.copyAll(List.of(ok, missing, ok), List.of("a",
				"b", "c"), (i, d) -> told.add(i)));
			assertTrue(e.getMessage().contains("missing.bin"), e.getMessage());
		}
		assertEquals(List.of(0), told);
	}

	@Test
	void directFilesHoldExactlyWhatWasWrittenFromAnyBuffer() throws Exception {
		final SplittableRandom rnd = new SplittableRandom(7);
		for (final int size : new int[] { 0, 1, 4096, DirectFile.ALIGN - 1, DirectFile.ALIGN, 3 * DirectFile.ALIGN + 5,
			HashingCopy.BUFFER + 1 }) {
			final byte[] want = new byte[size];
			rnd.nextBytes(want);
			final Path f = tmp.resolve("direct-" + size);
			try (DirectFile out = DirectFile.create(f)) {
				final String fs = Files.getFileStore(tmp).type();
				if (fs.equals("ext4") || fs.equals("xfs")) assertTrue(out.isDirect(), "O_DIRECT on " + fs);
				final ByteBuffer aligned = DirectFile.buffer(HashingCopy.BUFFER);
				// NB: a heap buffer for the first few bytes, then aligned direct buffers: both paths, in one file.
				final int head = Math.min(size, 3);
				out.write(ByteBuffer.wrap(want, 0, head));
				for (int at = head; at < size;) {
					final int n = Math.min(aligned.capacity(), size - at);
					aligned.clear().put(want, at, n).flip();
					assertEquals(n, out.write(aligned));
					at += n;
				}
			}
			assertArrayEquals(want, Files.readAllBytes(f), "size " + size);
		}
		assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> DirectFile.create(tmp.resolve("direct-1")));
	}

	@Test
	void directBuffersAreAlignedAndExactlySized() {
		final ByteBuffer b = DirectFile.buffer(12345);
		assertEquals(12345, b.capacity());
		assertTrue(b.isDirect());
		assertEquals(0, b.alignmentOffset(0, DirectFile.ALIGN));
	}

	private static byte[] written(final Path out, final boolean zip, final String path) throws Exception {
		if (!zip) return Files.readAllBytes(out.resolve(path));
		try (ZipFile z = new ZipFile(out.toFile())) {
			return z.getInputStream(z.getEntry(path)).readAllBytes();
		}
	}
}
