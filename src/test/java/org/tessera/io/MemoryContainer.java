package org.tessera.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test {@link Container} holding {@link MemoryChunkedArray}s and pyramids, at a made-up path. */
public final class MemoryContainer implements Container {

	private final Location location;
	private final Map<String, ChunkedArray> arrays = new LinkedHashMap<>();
	private final List<Multiscale> multiscales = new ArrayList<>();

	public MemoryContainer(final String fileName) {
		this.location = Location.of(Path.of("/memory", fileName));
	}

	public MemoryContainer add(final ChunkedArray array) {
		arrays.put(array.name(), array);
		return this;
	}

	public MemoryContainer addMultiscale(final Multiscale m) {
		multiscales.add(m);
		return this;
	}

	@Override
	public String format() {
		return "memory";
	}

	@Override
	public Location location() {
		return location;
	}

	@Override
	public List<ArrayInfo> arrays() {
		return arrays.values().stream().map(ChunkedArray::info).toList();
	}

	@Override
	public ChunkedArray array(final String name) throws TesseraIOException {
		final ChunkedArray a = arrays.get(name);
		if (a == null) throw new TesseraIOException.NotFound(location.resolve(name).toString(), "no such array");
		return a;
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
