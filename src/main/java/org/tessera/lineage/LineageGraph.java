package org.tessera.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory graph over activities: which made and which used each entity, and the transitive
 * walks of {@link ActivitySource}. Also the {@link LineageSink} of tests and of exports that gather a
 * subgraph. Not thread-safe.
 */
public final class LineageGraph implements ActivitySource, LineageSink {

	private final Map<String, Activity> activities = new LinkedHashMap<>();
	private final Map<String, List<Activity>> makers = new HashMap<>(), users = new HashMap<>();

	public LineageGraph() {}

	public LineageGraph(final Collection<Activity> all) {
		all.forEach(this::add);
	}

	/** Adds an activity (again: ignored). */
	public LineageGraph add(final Activity a) {
		if (activities.putIfAbsent(a.id(), a) != null) return this;
		a.outputs().forEach(e -> makers.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(a));
		a.inputs().forEach(e -> users.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(a));
		return this;
	}

	@Override
	public void record(final Activity a) {
		add(a);
	}

	/** Every activity, in the order added. */
	public List<Activity> activities() {
		return List.copyOf(activities.values());
	}

	// -- ActivitySource methods --

	@Override
	public List<Activity> generating(final String entityId) {
		return List.copyOf(makers.getOrDefault(entityId, List.of()));
	}

	@Override
	public List<Activity> using(final String entityId) {
		return List.copyOf(users.getOrDefault(entityId, List.of()));
	}

	@Override
	public List<Activity> byComponent(final String key, final String value) {
		return activities.values().stream().filter(a -> value.equals(a.agent().components().get(key))).toList();
	}

	@Override
	public Optional<Activity> activity(final String activityId) {
		return Optional.ofNullable(activities.get(activityId));
	}

	// -- Transitive walks without IOException --

	/** What led to {@code entityId}, transitively, nearest first. */
	public List<Activity> producersOf(final String entityId) {
		return unchecked(() -> upstream(entityId));
	}

	/** Everything that used {@code entityId} or what was made from it, transitively, nearest first. */
	public List<Activity> derivedFrom(final String entityId) {
		return unchecked(() -> downstream(entityId));
	}

	private interface Walk {

		List<Activity> run() throws java.io.IOException;
	}

	/** NB: the in-memory lookups never throw; the interface declares IOException for the catalogue. */
	private static List<Activity> unchecked(final Walk w) {
		try {
			return w.run();
		}
		catch (final java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
