package org.tessera.io.n5;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.FileStore;
import org.tessera.io.TesseraIOException;

/**
 * A minimal N5 writer (format version {@value #VERSION}) for tests, sample collections and
 * benchmarks: creates a root, groups and datasets, and writes whole blocks in the default mode,
 * clipped at the array's edges. Like the reader it takes C-order shapes and positions; N5's order
 * is applied on disk. Separate from the reader, which can never write.
 */
public final class N5Writer {

	/** The N5 version written into the root's attributes. */
	public static final String VERSION = "4.0.0";

	private final Path root;
	private final FileStore store;
	private final Map<String, Target> datasets = new ConcurrentHashMap<>();

	/** A dataset's parsed sizes and compression, cached for repeated block writes. */
	private record Target(N5DatasetAttributes attributes, N5Compression compression) {}

	/** Creates (or reuses) the root directory and stamps it with the N5 version. */
	public N5Writer(final Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.store = new FileStore(this.root);
		setAttributes("", Map.of(N5Format.NAME, VERSION));
	}

	/** Creates a group (a directory; attributes are optional in N5). */
	public void createGroup(final String path) throws IOException {
		Files.createDirectories(dir(path));
	}

	/** Merges attributes into a group's or dataset's {@code attributes.json}, creating it if needed. */
	public void setAttributes(final String path, final Map<String, Object> attributes) throws IOException {
		createGroup(path);
		final Map<String, Object> old = N5Json.read(store, key(path));
		final Map<String, Object> merged = new LinkedHashMap<>(old == null ? Map.of() : old);
		merged.putAll(attributes);
		Files.write(dir(path).resolve(N5Json.ATTRIBUTES), N5Json.write(merged));
		datasets.remove(key(path));
	}

	/**
	 * Creates a dataset.
	 *
	 * @param shape the array shape, C order
	 * @param chunks the block shape, C order
	 * @param dtype a numeric N5 type ({@code uint8} ... {@code uint64}, {@code int8} ... {@code int64},
	 *        {@code float32}, {@code float64})
	 * @param compression N5's compression object, e.g. {@code {"type": "gzip", "level": 6}}
	 */
	public void createDataset(final String path, final long[] shape, final int[] chunks, final DType dtype,
		final Map<String, Object> compression) throws IOException
	{
		final Map<String, Object> attrs = new LinkedHashMap<>();
		attrs.put("dimensions", N5Order.reverse(shape));
		attrs.put("blockSize", N5Order.reverse(chunks));
		attrs.put("dataType", dtype.name());
		attrs.put("compression", compression);
		setAttributes(path, attrs);
	}

	/**
	 * Writes one block.
	 *
	 * @param position the grid position, C order
	 * @param data the block's elements, C order, clipped to the array's bounds
	 */
	public void writeBlock(final String path, final long[] position, final Object data) throws IOException {
		final String key = key(path);
		final Target t = dataset(key);
		final N5DatasetAttributes d = t.attributes();
		final int[] shape = Chunks.clippedShape(d.shape(), d.chunkShape(), position);
		if (Array.getLength(data) != Chunks.product(shape)) {
			throw new IllegalArgumentException(path + ": block " + Arrays.toString(position) + " needs "
				+ Chunks.product(shape) + " elements, got " + Array.getLength(data));
		}
		final byte[] payload = t.compression().encode(Chunks.encode(d.dtype(), data, ByteOrder.BIG_ENDIAN));
		final ByteBuffer b = ByteBuffer.allocate(4 + 4 * shape.length + payload.length).order(ByteOrder.BIG_ENDIAN);
		b.putShort((short) 0).putShort((short) shape.length);
		for (final int s : N5Order.reverse(shape)) b.putInt(s);
		final Path file = root.resolve(N5Order.blockKey(key, position));
		Files.createDirectories(file.getParent());
		Files.write(file, b.put(payload).array());
	}

	// -- Helper methods --

	private Target dataset(final String key) throws IOException {
		final Target cached = datasets.get(key);
		if (cached != null) return cached;
		final Map<String, Object> attrs = N5Json.read(store, key);
		final String file = store.describe(N5Json.attributesKey(key));
		if (!N5DatasetAttributes.isDataset(attrs)) throw new TesseraIOException.NotFound(file, "not an N5 dataset");
		final N5DatasetAttributes d = N5DatasetAttributes.parse(attrs, file);
		final Target t = new Target(d, N5Compression.of(attrs, d.dtype(), file));
		datasets.put(key, t);
		return t;
	}

	private static String key(final String path) {
		String k = path;
		while (k.startsWith("/")) k = k.substring(1);
		while (k.endsWith("/")) k = k.substring(0, k.length() - 1);
		return k;
	}

	private Path dir(final String path) {
		final String k = key(path);
		return k.isEmpty() ? root : root.resolve(k);
	}
}
