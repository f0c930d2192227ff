package org.tessera.io.hdf5.velox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.hdf5.Hdf5Array;
import org.tessera.io.hdf5.Hdf5ArrayView;
import org.tessera.io.hdf5.Hdf5Container;
import org.tessera.io.hdf5.Hdf5View;

/**
 * An opened Velox EMD file, presented as hyperspy presents it:
 * <ul>
 * <li>{@code Data/Image/<id>/Data}: stored (y, x, frame), shown (y, x) or, for stacks, (frame, y, x);</li>
 * <li>{@code Data/Spectrum/<id>/Data}: one spectrum (channel);</li>
 * <li>{@code Data/SpectrumImage/<id>/Data}: the EDS cube (y, x, channel) decoded from the file's
 * spectrum streams (see {@link SpectrumStreamCube}).</li>
 * </ul>
 * Axes and key values (detector, acquisition time, high tension, magnification, instrument model)
 * come from each dataset's first-frame metadata JSON, kept whole in the array's attributes under
 * {@code "velox"}. Without metadata the arrays are still listed, uncalibrated.
 * <p>
 * NB: every frame of an image stack is kept. hyperspy (1.7 and rosettasciio) differs for files that
 * hold a spectrum image: there it reads only frame 0 of each image ({@code load_SI_image_stack}
 * defaults to False), e.g. the HAADF image recorded alongside a 2-frame SI is (2, 16, 16) here and
 * (16, 16) in hyperspy. The later frames are not artefacts (one scan frame each, with their own
 * counts and metadata column), so a lazy reader must not drop them; frame 0 equals hyperspy's image.
 * </p>
 */
final class VeloxContainer extends Hdf5View {

	private final Map<String, Opener> openers = new LinkedHashMap<>();

	/** Opens one listed array. */
	private interface Opener {
		ChunkedArray open() throws IOException;
	}

	VeloxContainer(final Hdf5Container hdf) throws IOException {
		super(hdf);
		for (final String group : groups("Data/Image")) image(group);
		for (final String group : groups("Data/Spectrum")) spectrum(group);
		for (final String group : groups("Data/SpectrumImage")) spectrumImage(group);
	}

	// -- Container methods --

	@Override
	public String format() {
		return VeloxFormat.NAME;
	}

	/** The generic HDF5 metadata plus {@code veloxVersion} (the root {@code Version} document). */
	@Override
	public Map<String, Object> metadata() {
		final Map<String, Object> m = new LinkedHashMap<>(hdf.metadata());
		try {
			if (hdf.hasDataset("Version")) m.put("veloxVersion", hdf.smallValue("Version"));
		}
		catch (final IOException e) {
			m.put("veloxVersion", "<unreadable: " + e.getMessage() + ">");
		}
		return Collections.unmodifiableMap(m);
	}

	@Override
	protected ChunkedArray open(final String name) throws IOException {
		return openers.get(name).open();
	}

	// -- Helper methods --

	private void image(final String group) throws IOException {
		final Hdf5Array data = hdf.hdf5Array(group + "/Data");
		final int frames = data.shape().length == 3 ? (int) data.shape()[2] : 1;
		final Optional<Map<String, Object>> json = metadata(group);
		final int[] keep = frames > 1 ? new int[] { 2, 0, 1 } : new int[] { 0, 1 };
		register(new Hdf5ArrayView(data, data.name(), keep, VeloxAxes.image(json, frames), attributes(json, data)));
	}

	private void spectrum(final String group) throws IOException {
		final Hdf5Array data = hdf.hdf5Array(group + "/Data");
		final Optional<Map<String, Object>> json = metadata(group);
		register(new Hdf5ArrayView(data, data.name(), new int[] { 0 }, List.of(VeloxAxes.energy(json, "Energy")), attributes(json, data)));
	}

	private void spectrumImage(final String group) throws IOException {
		final List<ChunkedArray> streams = new ArrayList<>();
		int channels = 0;
		for (final String s : groups("Data/SpectrumStream")) {
			streams.add(hdf.hdf5Array(s + "/Data"));
			channels = Math.max(channels, VeloxStreams.channels(hdf, s));
		}
		if (streams.isEmpty()) return;
		final long[] yx = VeloxStreams.spatialShape(hdf, groups("Data/Image"), groups("Data/SpectrumStream").get(0));
		final Optional<Map<String, Object>> json = metadata(group);
		final List<Axis> axes = new ArrayList<>(VeloxAxes.image(json, 1));
		axes.add(VeloxAxes.energy(json, "X-ray energy"));
		final Map<String, Object> attrs = attributes(json, hdf.hdf5Array(group + "/Data"));
		register(new SpectrumStreamCube(group + "/Data", streams, (int) yx[0], (int) yx[1], channels, axes, attrs));
	}

	private void register(final ChunkedArray a) {
		openers.put(a.name(), () -> a);
		add(new ArrayInfo(a.name(), a.shape(), a.dtype(), a.chunkShape(), a.axes()));
	}

	private Optional<Map<String, Object>> metadata(final String group) throws IOException {
		if (!hdf.hasDataset(group + "/Metadata")) return Optional.empty();
		return VeloxMetadata.frame(hdf.hdf5Array(group + "/Metadata"), 0);
	}

	private static Map<String, Object> attributes(final Optional<Map<String, Object>> json, final Hdf5Array data) {
		final Map<String, Object> m = new LinkedHashMap<>(data.attributes());
		json.ifPresentOrElse(j -> {
			m.putAll(VeloxAxes.keyValues(j));
			m.put("velox", j);
		}, () -> m.put("velox", "no Metadata dataset: axes are uncalibrated"));
		return m;
	}

	/** The groups directly below a path, in file order. */
	private List<String> groups(final String parent) {
		final List<String> out = new ArrayList<>();
		for (final String g : hdf.groupPaths()) {
			if (g.startsWith(parent + "/") && g.indexOf('/', parent.length() + 1) < 0 && hdf.hasDataset(g + "/Data")) out.add(g);
		}
		return out;
	}
}
