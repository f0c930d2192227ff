package org.tessera.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 dates and date-times as the catalogue stores and queries them: epoch milliseconds.
 * NB: values without a zone are taken as UTC; a date or a year stands for its whole period.
 */
final class Dates {

	/** An inclusive period, epoch milliseconds. */
	record Period(long from, long to) {}

	private Dates() {}

	/**
	 * The period an ISO text covers: {@code 2021}, {@code 2021-03}, {@code 2021-03-04},
	 * {@code 2021-03-04T10:15:30}, with optional fraction and zone ({@code Z}, {@code +02:00}).
	 *
	 * @throws IllegalArgumentException naming the text when it is none of these
	 */
	static Period parse(final String text) {
		final String s = text.trim();
		try {
			if (s.matches("\\d{4}")) return period(LocalDate.of(Integer.parseInt(s), 1, 1), Year.parse(s).length());
			if (s.matches("\\d{4}-\\d{2}")) return period(YearMonth.parse(s).atDay(1), YearMonth.parse(s).lengthOfMonth());
			if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return period(LocalDate.parse(s), 1);
			final long ms = instant(s).toEpochMilli();
			return new Period(ms, ms);
		}
		catch (final DateTimeParseException e) {
			throw new IllegalArgumentException("not an ISO 8601 date or date-time: '" + text + "'");
		}
	}

	/** The UTC year of an epoch-millisecond time. */
	static int year(final long ms) {
		return Instant.ofEpochMilli(ms).atOffset(ZoneOffset.UTC).getYear();
	}

	private static Instant instant(final String s) {
		try {
			return OffsetDateTime.parse(s).toInstant();
		}
		catch (final DateTimeParseException e) {
			return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
		}
	}

	private static Period period(final LocalDate first, final int days) {
		final long from = first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		return new Period(from, from + days * 86_400_000L - 1);
	}
}
