package org.tessera.lineage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ORCID iDs: ORCID's own examples pass (including an X check digit), typos and bad forms fail with clear messages. */
class PersonsTest {

	@Test
	void validIdsBecomeUris() {
		assertEquals("https://orcid.org/0000-0002-1825-0097", Persons.orcid("0000-0002-1825-0097", "test"));
		assertEquals("https://orcid.org/0000-0001-5109-3700", Persons.orcid(" https://orcid.org/0000-0001-5109-3700", "t"));
		assertEquals("https://orcid.org/0000-0002-1694-233X", Persons.orcid("0000-0002-1694-233X", "test"));
		assertEquals('7', Persons.checkDigit("000000021825009"));
	}

	@Test
	void aWrongCheckDigitIsRefused() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> Persons.orcid("0000-0002-1825-0098", "environment variable TESSERA_ORCID"));
		assertEquals("environment variable TESSERA_ORCID: '0000-0002-1825-0098' is not a valid ORCID iD (check digit "
			+ "is '8', expected '7')", e.getMessage());
	}

	@Test
	void malformedIdsAreRefused() {
		for (final String bad : new String[] { "0000-0002-1825", "0000-0002-1825-009Y", "orcid.org/0000-0002-1825-0097",
			"0000000218250097" })
		{
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Persons.orcid(bad, "p"));
			assertEquals("p: '" + bad + "' is not an ORCID iD (expected 0000-0000-0000-000X, optionally as "
				+ "https://orcid.org/…)", e.getMessage());
		}
	}

	@Test
	void theSystemPropertyOverridesTheLogin() {
		final String before = System.getProperty(Persons.PROPERTY);
		try {
			System.setProperty(Persons.PROPERTY, "0000-0002-1825-0097");
			assertEquals(new Person(System.getProperty("user.name"), "https://orcid.org/0000-0002-1825-0097"),
				Persons.current());
			System.setProperty(Persons.PROPERTY, "0000-0002-1825-0091");
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Persons::current);
			assertEquals("system property tessera.orcid: '0000-0002-1825-0091' is not a valid ORCID iD (check digit is "
				+ "'1', expected '7')", e.getMessage());
		}
		finally {
			if (before == null) System.clearProperty(Persons.PROPERTY);
			else System.setProperty(Persons.PROPERTY, before);
		}
	}
}
