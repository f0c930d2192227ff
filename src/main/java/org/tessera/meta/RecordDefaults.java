package org.tessera.meta;

import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The part of a record every format has, before the extractors: DataCite formats (reader name and
 * media type), sizes (bytes of a single file, and the shape), resource type ("Image" for arrays with
 * two or more axes, else "Dataset"), a fallback title (file name + array), and the pixel size of the
 * fastest calibrated length (or reciprocal length) axis.
 */
final class RecordDefaults {

	/** Media types by reader name; NB: Zarr and N5 have no registered type, these are the customary ones. */
	private static final Map<String, String> MEDIA = Map.of("zarr", "application/x-zarr", "n5", "application/x-n5",
		"hdf5", "application/x-hdf5", "emd-berkeley", "application/x-hdf5", "emd-velox", "application/x-hdf5", "dm",
		"application/x-dm", "tiff", "image/tiff", "ome-tiff", "image/tiff");

	private RecordDefaults() {}

	/** Defaults of an array record. */
	static void array(final Container c, final ChunkedArray a, final RecordBuilder b) throws IOException {
		final DataCiteBuilder d = common(c, b);
		d.sizes.add(Arrays.stream(a.shape()).mapToObj(Long::toString).collect(Collectors.joining(" x ")));
		d.resourceType = a.shape().length >= 2 ? "Image" : "Dataset";
		d.titles.add(fileName(c) + " " + a.name());
		d.defaultTitles = true;
		b.pixelSize(pixelSize(a.axes()));
	}

	/** Defaults of a container record. */
	static void container(final Container c, final RecordBuilder b) throws IOException {
		final DataCiteBuilder d = common(c, b);
		d.resourceType = "Dataset";
		d.titles.add(fileName(c));
		d.defaultTitles = true;
	}

	/** The pixel size of the fastest axis in a length unit (nm), else in a reciprocal length (1/nm); null if none. */
	static Quantity pixelSize(final List<Axis> axes) {
		for (final Units.Kind k : new Units.Kind[] { Units.Kind.LENGTH, Units.Kind.RECIPROCAL_LENGTH }) {
			for (int i = axes.size() - 1; i >= 0; i--) {
				final Axis x = axes.get(i);
				if (k.accepts(x.unit())) return Units.normalise(x.scale(), x.unit(), k);
			}
		}
		return null;
	}

	// -- Helper methods --

	private static DataCiteBuilder common(final Container c, final RecordBuilder b) throws IOException {
		final DataCiteBuilder d = b.editDatacite();
		d.formats.add(c.format());
		DataCiteBuilder.add(d.formats, MEDIA.get(c.format()));
		final Path p = c.location().path();
		// NB: a directory's byte count needs a walk over every chunk file: not metadata-only, so left out.
		if (Files.isRegularFile(p)) d.sizes.add(Files.size(p) + " bytes");
		return d;
	}

	private static String fileName(final Container c) {
		final Path f = c.location().path().getFileName();
		return f == null ? c.location().toString() : f.toString();
	}
}
