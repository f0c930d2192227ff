package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.tessera.meta.Instrument;
import org.tessera.meta.Quantity;
import org.tessera.meta.Record;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.tessera.index.CatalogSchema.*;

/** Turns a {@link Record} (+ its dataset's stamp and thumbnail) into the catalogue's Lucene document. */
public final class RecordDocuments {

	private RecordDocuments() {}

	/** The document of one array. */
	public static Document of(final Record r, final FileStamp stamp, final byte[] thumbnailPng) throws IOException {
		final Document d = new Document();
		exact(d, ID, r.id(), true);
		d.add(new SortedDocValuesField(ID, new BytesRef(r.id())));
		exact(d, PATH, r.location(), true);
		exact(d, ARRAY, r.array(), true);
		exact(d, SHAPE, LongStream.of(r.shape()).mapToObj(Long::toString).collect(Collectors.joining("x")), true);
		keyword(d, FORMAT, r.format());
		keyword(d, DTYPE, r.dtype());
		instrument(d, r.instrument());
		number(d, PIXEL_SIZE, r.pixelSize());
		acquired(d, r.acquired());
		text(d, r);
		stamp(d, stamp);
		d.add(new StoredField(RECORD, StoredRecord.write(r)));
		if (thumbnailPng != null) d.add(new StoredField(THUMBNAIL, thumbnailPng));
		return d;
	}

	// -- Field groups --

	private static void instrument(final Document d, final Instrument in) {
		if (in == null) return;
		keyword(d, MICROSCOPE, in.microscope());
		keyword(d, MODE, in.mode());
		for (final String det : in.detectors()) keyword(d, DETECTOR, det);
		number(d, BEAM_ENERGY, in.beamEnergy());
		if (in.magnification() != null) number(d, MAGNIFICATION, in.magnification());
		number(d, CAMERA_LENGTH, in.cameraLength());
	}

	private static void acquired(final Document d, final String iso) {
		if (iso == null || iso.isBlank()) return;
		final long ms = Dates.parse(iso).from();
		d.add(new LongPoint(ACQUIRED, ms));
		d.add(new NumericDocValuesField(ACQUIRED, ms));
		keyword(d, YEAR, Integer.toString(Dates.year(ms)));
	}

	private static void text(final Document d, final Record r) {
		final StringBuilder all = new StringBuilder();
		if (r.datacite() != null) {
			r.datacite().titles().forEach(t -> add(d, TITLE, t, all));
			r.datacite().descriptions().forEach(t -> add(d, DESCRIPTION, t, all));
			r.datacite().subjects().forEach(t -> all.append(t).append('\n'));
			r.datacite().creators().forEach(t -> all.append(t).append('\n'));
		}
		if (r.sample() != null) all.append(r.sample()).append('\n');
		all.append(r.location()).append('\n').append(r.array()).append('\n');
		// NB: keys twice: dotted (one token, "Optics.AccelerationVoltage") and split into words.
		r.flattened().forEach((k, v) -> all.append(k).append(' ').append(k.replace('.', ' ').replace('_', ' '))
			.append(" = ").append(v).append('\n'));
		d.add(new TextField(TEXT, all.toString(), Field.Store.NO));
	}

	private static void stamp(final Document d, final FileStamp s) {
		exact(d, FILE, s.file(), true);
		d.add(new StoredField(FILE_SIZE, s.size()));
		d.add(new StoredField(FILE_MTIME, s.mtime()));
	}

	// -- Single fields --

	private static void add(final Document d, final String field, final String text, final StringBuilder all) {
		d.add(new TextField(field, text, Field.Store.NO));
		all.append(text).append('\n');
	}

	private static void exact(final Document d, final String field, final String v, final boolean store) {
		if (v != null) d.add(new StringField(field, v, store ? Field.Store.YES : Field.Store.NO));
	}

	/** NB: indexed lowercase (case-insensitive match), faceted with the original spelling. */
	private static void keyword(final Document d, final String field, final String v) {
		if (v == null || v.isBlank()) return;
		d.add(new StringField(field, v.toLowerCase(Locale.ROOT), Field.Store.NO));
		d.add(new SortedSetDocValuesField(field, new BytesRef(v)));
	}

	private static void number(final Document d, final String field, final Quantity q) {
		if (q != null) number(d, field, q.value());
	}

	private static void number(final Document d, final String field, final double v) {
		if (!Double.isFinite(v)) return;
		d.add(new DoublePoint(field, v));
		d.add(new DoubleDocValuesField(field, v));
	}
}
