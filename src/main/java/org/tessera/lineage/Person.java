package org.tessera.lineage;

/**
 * Who ran an activity: the OS user unless overridden (an ORCID iD, {@code https://orcid.org/…}).
 *
 * @param name display name or login
 * @param orcid the ORCID iD URI, or null
 */
public record Person(String name, String orcid) {}
