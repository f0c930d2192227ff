package org.tessera.io.dm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

import org.tessera.io.TesseraIOException;

/**
 * The DM file header: version (3 or 4), the root tag-group length (4 bytes in DM3, 8 in DM4) and the
 * byte-order flag of the tag data (1 = little-endian), all big-endian; the root tag group follows.
 *
 * @param version 3 or 4
 * @param rootLength the length field as stored (DM3: about the file size; DM4: the tag tree size)
 * @param order the byte order of tag data and pixels
 */
record DmHeader(int version, long rootLength, ByteOrder order) {

	/** The header length: where the root tag group starts. */
	long treeStart() {
		return version == 4 ? 16 : 12;
	}

	/** The width of counts and info-array fields: 8 bytes in DM4, 4 in DM3. */
	int fieldWidth() {
		return version == 4 ? 8 : 4;
	}

	/**
	 * Reads and checks the header.
	 *
	 * @throws TesseraIOException.Unsupported for a version other than 3 or 4
	 * @throws TesseraIOException.Malformed for a short file, a length beyond the file or a bad order flag
	 */
	static DmHeader read(final FileChannel channel, final String file) throws IOException {
		final long size = channel.size();
		if (size < 16) throw new TesseraIOException.Malformed(file, "too short for a DM header (" + size + " bytes)");
		final ByteBuffer b = ByteBuffer.allocate(16);
		while (b.hasRemaining() && channel.read(b, b.position()) >= 0) {
			// NB: positional reads may return fewer bytes; loop until the 16 bytes are in.
		}
		b.flip();
		final int version = b.getInt();
		if (version != 3 && version != 4) {
			throw new TesseraIOException.Unsupported(file, "DM version " + version + " (this reader knows DM3 and DM4)");
		}
		final long root = version == 4 ? b.getLong() : b.getInt() & 0xffffffffL;
		final int flag = b.getInt();
		if (root <= 0 || root > size) {
			throw new TesseraIOException.Malformed(file, "DM" + version + " root length " + root + " does not fit the file (" + size + " bytes)");
		}
		if (flag != 0 && flag != 1) throw new TesseraIOException.Malformed(file, "DM byte-order flag is " + flag + ", not 0 or 1");
		return new DmHeader(version, root, flag == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
	}
}
