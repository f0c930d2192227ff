package org.tessera.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Finds the HDF5 superblock signature ({@code \211HDF\r\n\032\n}), which sits at byte 0 or, after
 * a user block, at 512, 1024, 2048, ... (powers of two).
 */
final class Hdf5Signature {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1A, '\n' };

	private Hdf5Signature() {}

	/** True when the path is a regular file with an HDF5 signature; never throws. */
	static boolean isHdf5(final Path path) {
		if (!Files.isRegularFile(path)) return false;
		try {
			return find(path) >= 0;
		}
		catch (final IOException e) {
			// NB: an unreadable file is not ours to claim; opening it directly reports the cause.
			return false;
		}
	}

	/** The offset of the signature, or -1 when there is none. */
	static long find(final Path path) throws IOException {
		try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
			final long size = ch.size();
			final ByteBuffer b = ByteBuffer.allocate(SIGNATURE.length);
			for (long at = 0; at + SIGNATURE.length <= size; at = at == 0 ? 512 : at * 2) {
				b.clear();
				while (b.hasRemaining() && ch.read(b, at + b.position()) > 0) {
					// read until full
				}
				if (!b.hasRemaining() && Arrays.equals(b.array(), SIGNATURE)) return at;
			}
			return -1;
		}
	}
}
