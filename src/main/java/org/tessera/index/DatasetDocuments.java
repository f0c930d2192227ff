package org.tessera.index;

import org.apache.lucene.document.Document;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.meta.Record;
import org.tessera.meta.Records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalogue documents of one dataset: one per pixel-readable array, each with its record and
 * thumbnail.
 *
 * @param stamp the dataset's size and mtime when read
 * @param ids the record ids, in array order
 * @param docs the documents, in array order
 * @param records the records, in array order (for lineage)
 */
record DatasetDocuments(FileStamp stamp, Set<String> ids, List<Document> docs, List<Record> records) {

	/** Opens the dataset and builds its documents (streams every array when {@code hash}). */
	static DatasetDocuments read(final Path dataset, final FileStamp stamp, final boolean hash,
		final DatasetVectors vectors) throws IOException
	{
		final Records.Options options = new Records.Options(hash, 1);
		final Set<String> ids = new LinkedHashSet<>();
		final List<Document> docs = new ArrayList<>();
		final List<Record> records = new ArrayList<>();
		try (Container c = FormatReaders.open(dataset)) {
			for (final ArrayInfo info : c.arrays()) {
				if (!info.dtype().isNumeric()) continue;
				final ChunkedArray a = c.array(info.name());
				if (org.tessera.io.Containers.isThumbnail(a)) continue; // NB: vendor previews are not data
				final Record r = Records.of(c, a, options);
				ids.add(r.id());
				records.add(r);
				final Document d = RecordDocuments.of(r, stamp, Thumbnails.of(c, a).orElse(null));
				final List<Document> patches = vectors.add(c, a, d, r.id());
				docs.add(d);
				docs.addAll(patches);
			}
		}
		return new DatasetDocuments(stamp, ids, docs, records);
	}
}
