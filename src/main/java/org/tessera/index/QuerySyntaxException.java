package org.tessera.index;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;

/**
 * A query that does not parse: the message names the column (1-based) and shows the query with a
 * caret under the error.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

	private final int column;

	private QuerySyntaxException(final String message, final int column) {
		super(message);
		this.column = column;
	}

	/** The 1-based column of the error, or 0 when the parser did not say. */
	public int column() {
		return column;
	}

	static QuerySyntaxException of(final String query, final ParseException wrapped) {
		// NB: QueryParser.parse wraps the grammar's exception (which knows the token) in a new one.
		final ParseException e = wrapped.getCause() instanceof ParseException p ? p : wrapped;
		final int col = column(e);
		final String what = e.currentToken == null ? firstLine(String.valueOf((e.getCause() == null ? e : e.getCause())
			.getMessage())) : expected(e);
		final String where = col > 0 ? " at column " + col : "";
		final String caret = col > 0 ? "\n  " + query + "\n  " + " ".repeat(col - 1) + "^" : "\n  " + query;
		return new QuerySyntaxException("query syntax error" + where + ": " + what + caret, col);
	}

	private static int column(final ParseException e) {
		if (e.currentToken == null || e.currentToken.next == null) return lexicalColumn(e);
		return e.currentToken.next.beginColumn;
	}

	/** A lexical error (e.g. an unclosed quote) says "at line 1, column N" only in its message. */
	private static int lexicalColumn(final ParseException e) {
		final Throwable t = e.getCause() == null ? e : e.getCause();
		final java.util.regex.Matcher m = java.util.regex.Pattern.compile("column (\\d+)").matcher(String.valueOf(t.getMessage()));
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	private static String expected(final ParseException e) {
		final Token t = e.currentToken.next;
		return t.kind == 0 ? "unexpected end of query" : "unexpected '" + t.image + "'";
	}

	private static String firstLine(final String m) {
		if (m == null) return "cannot parse";
		final int cut = m.indexOf('\n');
		return (cut < 0 ? m : m.substring(0, cut)).replaceFirst("^Cannot parse '.*?': ", "");
	}
}
