package org.tessera.io.hdf5.filter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** HDF5's deflate filter (1): a zlib stream. */
final class Deflate implements Hdf5Filter {

	@Override
	public byte[] decode(final byte[] in, final int chunkBytes) throws IOException {
		final Inflater inflater = new Inflater();
		try {
			inflater.setInput(in);
			final ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, chunkBytes));
			final byte[] buf = new byte[Math.max(4096, Math.min(chunkBytes, 1 << 20))];
			while (!inflater.finished()) {
				final int n = inflater.inflate(buf);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new IOException("deflate stream ends early after " + out.size() + " bytes");
				}
				out.write(buf, 0, n);
				if (out.size() > chunkBytes) throw new IOException("deflate stream inflates beyond the chunk size " + chunkBytes);
			}
			return out.toByteArray();
		}
		catch (final DataFormatException e) {
			throw new IOException("invalid deflate data (" + e.getMessage() + ")", e);
		}
		finally {
			inflater.end();
		}
	}
}
