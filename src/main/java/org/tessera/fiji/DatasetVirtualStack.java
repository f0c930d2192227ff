package org.tessera.fiji;

import ij.VirtualStack;
import ij.process.ImageProcessor;

/**
 * An ImageJ virtual stack over one array: slice {@code n} is the XY plane at the channel, slice
 * and frame that ImageJ's czt order gives {@code n}, read from the lazy image on request (the
 * plane's chunks are loaded in parallel and come from the shared chunk cache when cached).
 * Read-only: edits to a slice are not written back.
 */
public class DatasetVirtualStack extends VirtualStack {

	private final PlaneReader reader;
	private final AxisRoles roles;
	private final int channels;
	private final int slices;
	private final int frames;

	DatasetVirtualStack(final int width, final int height, final PlaneReader reader, final AxisRoles roles,
		final int[] czt)
	{
		super(width, height, null, null);
		this.reader = reader;
		this.roles = roles;
		this.channels = czt[0];
		this.slices = czt[1];
		this.frames = czt[2];
		setBitDepth(reader.bitDepth());
	}

	// -- VirtualStack methods --

	@Override
	public ImageProcessor getProcessor(final int n) {
		return reader.read(position(n));
	}

	@Override
	public Object getPixels(final int n) {
		return getProcessor(n).getPixels();
	}

	@Override
	public void setPixels(final Object pixels, final int n) {
		// NB: read-only; ImageJ calls this after in-place edits of a virtual slice, which are dropped.
	}

	@Override
	public int getSize() {
		return channels * slices * frames;
	}

	@Override
	public int size() {
		return getSize();
	}

	@Override
	public String getSliceLabel(final int n) {
		final int[] czt = czt(n);
		return "c:" + (czt[0] + 1) + "/" + channels + " z:" + (czt[1] + 1) + "/" + slices + " t:" + (czt[2] + 1) + "/" +
			frames;
	}

	@Override
	public void deleteSlice(final int n) {
		throw new UnsupportedOperationException("a dataset's virtual stack cannot delete slices");
	}

	// -- Helper methods --

	/** The 0-based channel, slice and frame of 1-based stack index {@code n} (czt order). */
	int[] czt(final int n) {
		if (n < 1 || n > getSize()) throw new IllegalArgumentException("slice " + n + " out of range 1-" + getSize());
		final int i = n - 1;
		return new int[] { i % channels, i / channels % slices, i / (channels * slices) };
	}

	private long[] position(final int n) {
		final int[] czt = czt(n);
		final long[] p = roles.fixed().clone();
		if (roles.c() >= 0) p[roles.c()] = czt[0];
		if (roles.z() >= 0) p[roles.z()] = czt[1];
		if (roles.t() >= 0) p[roles.t()] = czt[2];
		return p;
	}
}
