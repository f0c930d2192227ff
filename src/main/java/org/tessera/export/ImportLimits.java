package org.tessera.export;

/**
 * What an import accepts from a zip before calling it a zip bomb: counted on the bytes actually inflated,
 * never on the sizes the archive declares.
 *
 * @param maxEntries the most entries
 * @param maxTotalBytes the most uncompressed bytes in all
 * @param maxRatio the largest uncompressed/compressed ratio of an entry (entries under 1 MiB exempt)
 */
public record ImportLimits(int maxEntries, long maxTotalBytes, long maxRatio) {

	/** 100,000 entries, 1 TiB, ratio 100. */
	public static final ImportLimits DEFAULT = new ImportLimits(100_000, 1L << 40, 100);
}
