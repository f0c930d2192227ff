package org.tessera.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A test {@link Container} holding {@link MemoryChunkedArray}s and pyramids, at a made-up path. */
public final class MemoryContainer extends AbstractContainer.OfArrays {

	private final List<Multiscale> multiscales = new ArrayList<>();

	public MemoryContainer(final String fileName) {
		super("memory", Location.of(Path.of("/memory", fileName)));
	}

	public MemoryContainer add(final ChunkedArray array) {
		put(array.name(), array);
		return this;
	}

	public MemoryContainer addMultiscale(final Multiscale m) {
		multiscales.add(m);
		return this;
	}

	@Override
	public Map<String, Object> metadata() {
		return Map.of();
	}

	@Override
	public List<Multiscale> multiscales() {
		return multiscales;
	}
}
