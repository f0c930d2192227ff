package org.tessera.io.hdf5.filter;

import java.io.IOException;

/** The LZF filter (32000, h5py's): liblzf's format, decoded here without a library. */
final class Lzf implements Hdf5Filter {

	@Override
	public byte[] decode(final byte[] in, final int chunkBytes) throws IOException {
		final byte[] out = new byte[chunkBytes];
		int ip = 0;
		int op = 0;
		try {
			while (ip < in.length) {
				final int ctrl = in[ip++] & 0xFF;
				if (ctrl < 32) {
					final int len = ctrl + 1;
					System.arraycopy(in, ip, out, op, len);
					ip += len;
					op += len;
					continue;
				}
				int len = ctrl >>> 5;
				int ref = op - ((ctrl & 0x1F) << 8) - 1;
				if (len == 7) len += in[ip++] & 0xFF;
				ref -= in[ip++] & 0xFF;
				len += 2;
				if (ref < 0) throw new IOException("LZF back reference before the start of the chunk");
				// NB: byte by byte: the source may overlap the bytes being written (run-length copies).
				for (int k = 0; k < len; k++) out[op++] = out[ref++];
			}
		}
		catch (final ArrayIndexOutOfBoundsException e) {
			throw new IOException("invalid LZF data (it runs past the chunk's " + chunkBytes + " bytes or its own end)", e);
		}
		return op == out.length ? out : java.util.Arrays.copyOf(out, op);
	}
}
