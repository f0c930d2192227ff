package org.tessera.lineage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nodes of a set of activities, each once, with stable ids: entities by content id, software
 * agents by a hash of what they are (so the same build with the same components is one agent), and
 * persons by ORCID iD or name. Shared by {@link ProvJson} and {@link Dot}.
 */
final class ProvIds {

	final Map<String, Entity> entities = new LinkedHashMap<>();
	final Map<String, SoftwareAgent> agents = new LinkedHashMap<>();
	final Map<String, Person> persons = new LinkedHashMap<>();

	ProvIds(final Collection<Activity> activities) {
		for (final Activity a : activities) {
			a.inputs().forEach(e -> entities.putIfAbsent(e.id(), e));
			a.outputs().forEach(e -> entities.putIfAbsent(e.id(), e));
			agents.putIfAbsent(agent(a.agent()), a.agent());
			if (a.person() != null) persons.putIfAbsent(person(a.person()), a.person());
		}
	}

	/** A software agent's id: {@code tessera:agent/VERSION/HASH12} over all its fields. */
	static String agent(final SoftwareAgent s) {
		final String all = String.join("\n", s.name(), s.version(), s.commit(), s.java(), s.os(), s.components().toString());
		return "tessera:agent/" + s.version() + "/" + sha256(all).substring(0, 12);
	}

	/** A person's id: {@code orcid:XXXX-…} when known, else {@code tessera:person/NAME}. */
	static String person(final Person p) {
		if (p.orcid() != null) return "orcid:" + p.orcid().substring(p.orcid().lastIndexOf('/') + 1);
		return "tessera:person/" + p.name();
	}

	/** A one-line label for a software agent. */
	static String label(final SoftwareAgent s) {
		return s.name() + " " + s.version() + (Agents.UNKNOWN.equals(s.commit()) ? "" : " (" + s.commit() + ")");
	}

	private static String sha256(final String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", e);
		}
	}
}
