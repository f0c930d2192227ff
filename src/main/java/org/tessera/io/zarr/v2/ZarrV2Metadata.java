package org.tessera.io.zarr.v2;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.FillValues;
import org.tessera.io.zarr.NodePlace;
import org.tessera.io.zarr.ZarrArrayMetadata;
import org.tessera.io.zarr.ZarrJson;

/**
 * A parsed Zarr v2 {@code .zarray} (and its {@code .zattrs}).
 *
 * @param file the {@code .zarray} file, for messages
 * @param fortran true for {@code order: "F"}
 * @param compressor the compressor's JSON ({@code id} + configuration), or null
 * @param filters the filters' JSON, in encoding order
 */
public record ZarrV2Metadata(String file, long[] shape, int[] chunks, V2DataType dataType, boolean fortran,
	Object fill, Map<String, Object> compressor, List<Object> filters, String separator,
	Map<String, Object> attributes) implements ZarrArrayMetadata
{

	/** Parses {@code .zarray} JSON and the array's attributes. */
	public static ZarrV2Metadata parse(final Map<String, Object> z, final Map<String, Object> attrs,
		final String file) throws TesseraIOException
	{
		final Object format = z.get("zarr_format");
		if (!(format instanceof Number n) || n.intValue() != 2) {
			throw new TesseraIOException.Unsupported(file, "zarr_format " + format + " is not 2");
		}
		final long[] shape = ZarrJson.longs(z, "shape", file);
		final int[] chunks = ZarrJson.ints(ZarrJson.required(z, "chunks", file), "chunks", file);
		if (shape.length != chunks.length) {
			throw new TesseraIOException.Malformed(file, "shape " + Arrays.toString(shape) + " and chunks "
				+ Arrays.toString(chunks) + " have different lengths");
		}
		for (final int c : chunks) if (c == 0) throw new TesseraIOException.Malformed(file, "chunks " + Arrays.toString(chunks) + " holds 0");
		final V2DataType dt = V2DataType.parse(ZarrJson.required(z, "dtype", file), file);
		final String order = String.valueOf(z.getOrDefault("order", "C"));
		if (!order.equals("C") && !order.equals("F")) throw new TesseraIOException.Malformed(file, "order '" + order + "' is not C or F");
		final String sep = String.valueOf(z.getOrDefault("dimension_separator", "."));
		if (!sep.equals(".") && !sep.equals("/")) throw new TesseraIOException.Malformed(file, "dimension_separator '" + sep + "' is not . or /");
		return new ZarrV2Metadata(file, shape, chunks, dt, order.equals("F"),
			FillValues.parse(z.get("fill_value"), dt.type(), file),
			z.get("compressor") == null ? null : ZarrJson.object(z.get("compressor"), "compressor", file),
			ZarrJson.list(z.get("filters"), "filters", file), sep, attrs);
	}

	@Override
	public int[] readChunkShape() {
		return chunks;
	}

	@Override
	public DType dtype() {
		return dataType.type();
	}

	@Override
	public List<String> dimensionNames() {
		final Object dims = attributes.get("_ARRAY_DIMENSIONS");
		if (!(dims instanceof List<?> l) || l.size() != shape.length) return List.of();
		return l.stream().map(o -> o == null ? "" : o.toString()).toList();
	}

	@Override
	public ChunkedArray open(final NodePlace place, final List<Axis> axes) throws IOException {
		return new ZarrV2Array(place, this, axes);
	}
}
