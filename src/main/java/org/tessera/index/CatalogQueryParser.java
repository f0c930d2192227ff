package org.tessera.index;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.Locale;

import static org.tessera.index.CatalogSchema.*;

/**
 * Lucene's classic query syntax over the catalogue's fields, with the field types the schema knows:
 * numeric fields take numbers with units ({@code instrument.beamEnergy:[200kV TO 300kV]},
 * {@code pixelSize:<0.5nm}, {@code instrument.beamEnergy:"300 kV"}), {@code acquired} takes ISO dates
 * ({@code acquired:[2021-01-01 TO 2021-12-31]}, {@code acquired:2021}), keyword fields match whole
 * values (case-insensitive except ids and paths), and bare words search {@link CatalogSchema#TEXT}.
 * Not thread-safe: one parser per query.
 */
public final class CatalogQueryParser extends QueryParser {

	public CatalogQueryParser() {
		super(TEXT, new StandardAnalyzer());
		setAllowLeadingWildcard(true);
	}

	/**
	 * Parses a query; empty or "*" matches everything.
	 *
	 * @throws QuerySyntaxException with the column of the error
	 */
	public static Query parseQuery(final String text) {
		if (text == null || text.isBlank() || text.trim().equals("*")) return new MatchAllDocsQuery();
		try {
			return new CatalogQueryParser().parse(text);
		}
		catch (final ParseException e) {
			throw QuerySyntaxException.of(text, e);
		}
	}

	@Override
	protected Query getFieldQuery(final String field, final String text, final boolean quoted) throws ParseException {
		if (NUMERIC_UNITS.containsKey(field) || field.equals(ACQUIRED)) return getRangeQuery(field, text, text, true, true);
		if (EXACT.contains(field)) return new TermQuery(new Term(field, text));
		if (FOLDED.contains(field)) return new TermQuery(new Term(field, text.toLowerCase(Locale.ROOT)));
		return super.getFieldQuery(field, text, quoted);
	}

	@Override
	protected Query getRangeQuery(final String field, final String lo, final String hi, final boolean loIn,
		final boolean hiIn) throws ParseException
	{
		try {
			if (field.equals(ACQUIRED)) return dateRange(lo, hi, loIn, hiIn);
			final String unit = NUMERIC_UNITS.get(field);
			if (unit != null) return numberRange(field, unit, lo, hi, loIn, hiIn);
		}
		catch (final IllegalArgumentException e) {
			throw new ParseException(e.getMessage());
		}
		return super.getRangeQuery(field, lo, hi, loIn, hiIn);
	}

	// -- Typed ranges --

	private static Query numberRange(final String field, final String unit, final String lo, final String hi,
		final boolean loIn, final boolean hiIn)
	{
		double a = open(lo) ? Double.NEGATIVE_INFINITY : Units.parse(field, unit, lo);
		double b = open(hi) ? Double.POSITIVE_INFINITY : Units.parse(field, unit, hi);
		if (!loIn) a = Math.nextUp(a);
		if (!hiIn) b = Math.nextDown(b);
		// NB: a single value matches within a relative 1e-9, so "300 kV" finds 300000 V converted.
		if (lo != null && lo.equals(hi) && loIn && hiIn) return DoublePoint.newRangeQuery(field, a - Math.abs(a) * 1e-9,
			b + Math.abs(b) * 1e-9);
		return DoublePoint.newRangeQuery(field, a, b);
	}

	private static Query dateRange(final String lo, final String hi, final boolean loIn, final boolean hiIn) {
		long a = open(lo) ? Long.MIN_VALUE : Dates.parse(lo).from();
		long b = open(hi) ? Long.MAX_VALUE : Dates.parse(hi).to();
		if (!loIn && !open(lo)) a = Dates.parse(lo).to() + 1;
		if (!hiIn && !open(hi)) b = Dates.parse(hi).from() - 1;
		return LongPoint.newRangeQuery(ACQUIRED, a, b);
	}

	private static boolean open(final String bound) {
		return bound == null || bound.equals("*");
	}
}
