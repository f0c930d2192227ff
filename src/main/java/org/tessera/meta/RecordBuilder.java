package org.tessera.meta;

import org.tessera.io.Axis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a {@link Record}: the generic part from the array, then each format's
 * {@link MetadataExtractor} adds what its vendor metadata holds. Setters return this.
 */
public final class RecordBuilder {

	private String id, location, array, format, readerVersion, sample, acquired, dtype;
	private DataCiteBuilder datacite = new DataCiteBuilder();
	private InstrumentBuilder instrument = InstrumentBuilder.from(Instrument.UNKNOWN);
	private long[] shape = new long[0];
	private List<Axis> axes = List.of();
	private Quantity pixelSize;
	private Record.Checksums checksums = new Record.Checksums(null, null);
	private Map<String, Object> original = new LinkedHashMap<>();
	private Map<String, String> flattened = new LinkedHashMap<>();

	RecordBuilder() {}

	public RecordBuilder id(final String v) { id = v; return this; }
	public RecordBuilder location(final String v) { location = v; return this; }
	public RecordBuilder array(final String v) { array = v; return this; }
	public RecordBuilder format(final String v) { format = v; return this; }
	public RecordBuilder readerVersion(final String v) { readerVersion = v; return this; }
	public RecordBuilder sample(final String v) { sample = v; return this; }
	public RecordBuilder acquired(final String v) { acquired = v; return this; }
	public RecordBuilder dtype(final String v) { dtype = v; return this; }
	public RecordBuilder datacite(final DataCite v) { datacite = DataCiteBuilder.from(v); return this; }
	public RecordBuilder instrument(final Instrument v) { instrument = InstrumentBuilder.from(v); return this; }
	public RecordBuilder shape(final long[] v) { shape = v.clone(); return this; }
	public RecordBuilder axes(final List<Axis> v) { axes = List.copyOf(v); return this; }
	public RecordBuilder pixelSize(final Quantity v) { pixelSize = v; return this; }
	public RecordBuilder checksums(final Record.Checksums v) { checksums = v; return this; }
	/** NB: the tree is stored in its JSON form (numbers, strings, lists, maps) so that it round-trips through {@link RecordJson}. */
	public RecordBuilder original(final Map<String, Object> v) { original = RecordJson.canonical(v); return this; }
	public RecordBuilder flattened(final Map<String, String> v) { flattened = new LinkedHashMap<>(v); return this; }

	public DataCite datacite() { return datacite.build(); }
	public Instrument instrument() { return instrument.build(); }
	public String acquired() { return acquired; }
	public String sample() { return sample; }
	public Quantity pixelSize() { return pixelSize; }
	public List<Axis> axes() { return axes; }
	public long[] shape() { return shape.clone(); }
	public String array() { return array; }
	public String location() { return location; }

	/** The DataCite fields, to edit in place. */
	public DataCiteBuilder editDatacite() { return datacite; }

	/** The instrument fields, to edit in place. */
	public InstrumentBuilder editInstrument() { return instrument; }
	public Map<String, Object> original() { return original; }

	/** The immutable record. */
	public Record build() {
		return new Record(id, location, array, format, readerVersion, datacite.build(), instrument.build(), sample, acquired,
			shape.clone(), dtype, axes, pixelSize, checksums, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(original)),
			java.util.Collections.unmodifiableMap(new LinkedHashMap<>(flattened)));
	}
}
