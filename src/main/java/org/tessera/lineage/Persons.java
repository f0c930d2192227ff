package org.tessera.lineage;

import java.util.regex.Pattern;

/**
 * Who runs Tessera: the OS login ({@code user.name}), with an ORCID iD from the system property
 * {@code tessera.orcid} or, else, the environment variable {@code TESSERA_ORCID}. ORCID iDs are
 * checked, including their ISO 7064 MOD 11-2 check digit, and written as {@code https://orcid.org/…}.
 */
public final class Persons {

	/** The system property and environment variable that give an ORCID iD. */
	public static final String PROPERTY = "tessera.orcid", ENV = "TESSERA_ORCID";

	private static final String ORCID_URI = "https://orcid.org/";

	private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

	private Persons() {}

	/**
	 * The person running now.
	 *
	 * @throws IllegalArgumentException when the configured ORCID iD is malformed (naming where it came from)
	 */
	public static Person current() {
		final String prop = System.getProperty(PROPERTY), env = System.getenv(ENV);
		final String name = System.getProperty("user.name", Agents.UNKNOWN);
		if (prop != null && !prop.isBlank()) return new Person(name, orcid(prop, "system property " + PROPERTY));
		if (env != null && !env.isBlank()) return new Person(name, orcid(env, "environment variable " + ENV));
		return new Person(name, null);
	}

	/**
	 * An ORCID iD ({@code 0000-0002-1825-0097} or its {@code https://orcid.org/} URI) as its URI.
	 *
	 * @param from where the value came from, for the error message
	 * @throws IllegalArgumentException for a malformed iD or a wrong check digit
	 */
	public static String orcid(final String value, final String from) {
		final String v = value.trim();
		final String digits = v.replaceFirst("^https?://orcid\\.org/", "");
		if (!FORM.matcher(digits).matches()) {
			throw new IllegalArgumentException(from + ": '" + value + "' is not an ORCID iD (expected "
				+ "0000-0000-0000-000X, optionally as " + ORCID_URI + "…)");
		}
		final char expected = checkDigit(digits.replace("-", "").substring(0, 15));
		if (digits.charAt(digits.length() - 1) != expected) {
			throw new IllegalArgumentException(from + ": '" + value + "' is not a valid ORCID iD (check digit is '"
				+ digits.charAt(digits.length() - 1) + "', expected '" + expected + "')");
		}
		return ORCID_URI + digits;
	}

	/** The ISO 7064 MOD 11-2 check digit of the first 15 digits. */
	static char checkDigit(final String base) {
		int total = 0;
		for (int i = 0; i < base.length(); i++) total = (total + base.charAt(i) - '0') * 2;
		final int result = (12 - total % 11) % 11;
		return result == 10 ? 'X' : (char) ('0' + result);
	}
}
