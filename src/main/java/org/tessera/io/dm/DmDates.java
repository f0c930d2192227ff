package org.tessera.io.dm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DM's date and time strings ({@code "8/8/2016"}, {@code "4:26:37 PM"}) in ISO form, as hyperspy
 * writes them ({@code "2016-08-08"}, {@code "16:26:37"}).
 */
final class DmDates {

	private static final Pattern DATE = Pattern.compile("\\s*(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4}).*");
	private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?.*");

	private DmDates() {}

	/** The ISO date, or null when the string is not a date. */
	static String date(final String s) {
		final Matcher m = DATE.matcher(s);
		if (!m.matches()) return null;
		final int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2)), c = Integer.parseInt(m.group(3));
		if (m.group(1).length() == 4) return iso(a, b, c);
		// NB: DM writes US month/day/year; a first field above 12 can only be a day (as dateutil reads it).
		return a > 12 ? iso(c, b, a) : iso(c, a, b);
	}

	/** The ISO time of day, or null when the string is not a time. */
	static String time(final String s) {
		final Matcher m = TIME.matcher(s);
		if (!m.matches()) return null;
		int h = Integer.parseInt(m.group(1));
		final String ampm = m.group(4) == null ? "" : m.group(4).toUpperCase();
		if (ampm.equals("PM") && h < 12) h += 12;
		if (ampm.equals("AM") && h == 12) h = 0;
		return String.format("%02d:%s:%s", h, m.group(2), m.group(3) == null ? "00" : m.group(3));
	}

	private static String iso(final int y, final int month, final int day) {
		return month < 1 || month > 12 || day < 1 || day > 31 ? null : String.format("%04d-%02d-%02d", y, month, day);
	}
}
