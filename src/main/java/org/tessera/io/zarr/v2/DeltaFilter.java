package org.tessera.io.zarr.v2;

import java.nio.ByteBuffer;
import java.util.Map;

import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;
import org.tessera.io.codec.Codec;

/**
 * numcodecs' {@code Delta} filter: stored values are differences of consecutive elements of the
 * flattened chunk in {@code astype}; decoding is a cumulative sum in {@code dtype} (integer sums
 * wrap like numpy's).
 */
public final class DeltaFilter implements Codec {

	private final V2DataType dtype;
	private final V2DataType astype;

	public DeltaFilter(final V2DataType dtype, final V2DataType astype) {
		this.dtype = dtype;
		this.astype = astype;
	}

	/** Reads the filter's configuration ({@code dtype}, optional {@code astype}). */
	public static DeltaFilter create(final Map<String, Object> config, final String file) throws TesseraIOException {
		final Object d = config.get("dtype");
		if (d == null) throw new TesseraIOException.Malformed(file, "delta filter has no 'dtype'");
		final V2DataType dt = V2DataType.parse(d, file);
		final V2DataType as = V2DataType.parse(config.getOrDefault("astype", d), file);
		if (!dt.type().isNumeric() || !as.type().isNumeric() || dt.type().kind() == DType.Kind.COMPLEX) {
			throw new TesseraIOException.Unsupported(file, "delta filter on dtype " + d + " is not supported");
		}
		return new DeltaFilter(dt, as);
	}

	@Override
	public String id() {
		return "delta";
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize) {
		final int n = encoded.length / astype.type().size();
		final ByteBuffer in = ByteBuffer.wrap(encoded).order(astype.order());
		final ByteBuffer out = ByteBuffer.allocate(n * dtype.type().size()).order(dtype.order());
		final boolean floating = dtype.type().kind() == DType.Kind.FLOAT;
		long acc = 0;
		double facc = 0;
		for (int i = 0; i < n; i++) {
			if (floating) {
				facc = round(facc + Elements.getDouble(in, i, astype.type()), dtype.type());
				Elements.putDouble(out, i, dtype.type(), facc);
			}
			else {
				acc += Elements.getLong(in, i, astype.type());
				Elements.putLong(out, i, dtype.type(), acc);
			}
		}
		return out.array();
	}

	@Override
	public byte[] encode(final byte[] decoded) {
		final int n = decoded.length / dtype.type().size();
		final ByteBuffer in = ByteBuffer.wrap(decoded).order(dtype.order());
		final ByteBuffer out = ByteBuffer.allocate(n * astype.type().size()).order(astype.order());
		final boolean floating = dtype.type().kind() == DType.Kind.FLOAT;
		for (int i = 0; i < n; i++) {
			if (floating) {
				final double prev = i == 0 ? 0 : Elements.getDouble(in, i - 1, dtype.type());
				Elements.putDouble(out, i, astype.type(), Elements.getDouble(in, i, dtype.type()) - prev);
			}
			else {
				final long prev = i == 0 ? 0 : Elements.getLong(in, i - 1, dtype.type());
				Elements.putLong(out, i, astype.type(), Elements.getLong(in, i, dtype.type()) - prev);
			}
		}
		return out.array();
	}

	private static double round(final double v, final DType t) {
		if (t == DType.FLOAT32) return (float) v;
		if (t == DType.FLOAT16) return Float.float16ToFloat(Float.floatToFloat16((float) v));
		return v;
	}
}
