package org.tessera.export.zenodo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.export.ExportSet;
import org.tessera.export.rocrate.CrateRoot;
import org.tessera.meta.DataCite;

import java.util.LinkedHashSet;
import java.util.Set;

/** The records' DataCite core as an InvenioRDM draft: resource type, title, date, creators, description, subjects. */
final class InvenioMetadata {

	private InvenioMetadata() {}

	static ObjectNode of(final ExportSet set) {
		final ObjectNode draft = JsonNodeFactory.instance.objectNode();
		final ObjectNode m = draft.putObject("metadata");
		m.putObject("resource_type").put("id", "dataset");
		m.put("title", CrateRoot.name(set));
		m.put("publication_date", CrateRoot.published(set));
		m.put("description", CrateRoot.description(set));
		final Set<String> creators = new LinkedHashSet<>(), subjects = new LinkedHashSet<>();
		String publisher = null;
		for (final ExportSet.Item i : set.items()) {
			final DataCite c = i.record().datacite();
			creators.addAll(c.creators());
			subjects.addAll(c.subjects());
			if (publisher == null) publisher = c.publisher();
		}
		if (creators.isEmpty()) creators.add(System.getProperty("user.name"));
		final ArrayNode cs = m.putArray("creators");
		creators.forEach(c -> cs.addObject().set("person_or_org", person(c)));
		final ArrayNode ss = m.putArray("subjects");
		subjects.forEach(s -> ss.addObject().put("subject", s));
		if (publisher != null) m.put("publisher", publisher);
		draft.putObject("files").put("enabled", true);
		return draft;
	}

	/** "Family, Given" becomes family and given names; anything else one name. */
	private static ObjectNode person(final String name) {
		final ObjectNode p = JsonNodeFactory.instance.objectNode().put("type", "personal");
		final int comma = name.indexOf(',');
		if (comma > 0) p.put("family_name", name.substring(0, comma).strip()).put("given_name", name.substring(comma + 1)
			.strip());
		else p.put("family_name", name);
		return p.put("name", name);
	}
}
