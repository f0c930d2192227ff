package org.tessera.lineage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded operation (open, extract, reduce, embed, index, export, import): what it used and made,
 * by content hash, with its parameters, software and person. Immutable; stored in the catalogue and
 * exported as W3C PROV and RO-Crate {@code CreateAction}s.
 *
 * @param id unique id ({@code "urn:uuid:…"})
 * @param type {@code "open"}, {@code "extract"}, {@code "reduce"}, {@code "embed"}, {@code "index"},
 *        {@code "export"}, {@code "import"}, …
 * @param started start time
 * @param ended end time
 * @param status {@code "completed"} or {@code "failed"}
 * @param inputs what it used
 * @param outputs what it made
 * @param parameters the settings that determine the outputs (enough to re-run it)
 * @param agent the software
 * @param person who ran it
 */
public record Activity(String id, String type, Instant started, Instant ended, String status,
	List<Entity> inputs, List<Entity> outputs, Map<String, String> parameters, SoftwareAgent agent, Person person)
{

	public static final String COMPLETED = "completed", FAILED = "failed";
}
