package org.tessera.lineage;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where recorded activities can be looked up by the entities they used and made (memory, the
 * catalogue). The two walks answer "what produced X" ({@link #upstream}) and "everything derived
 * from Y" ({@link #downstream}) over any source.
 */
public interface ActivitySource {

	/** The activities that made {@code entityId}. */
	List<Activity> generating(String entityId) throws IOException;

	/** The activities that used {@code entityId}. */
	List<Activity> using(String entityId) throws IOException;

	/** The activities whose software agent had component {@code key} = {@code value} (e.g. a model hash). */
	List<Activity> byComponent(String key, String value) throws IOException;

	/** The activity with this id, if any. */
	java.util.Optional<Activity> activity(String activityId) throws IOException;

	// -- Walks --

	/** Every activity that led to {@code entityId}, transitively (its makers, their inputs' makers, …), nearest first. */
	default List<Activity> upstream(final String entityId) throws IOException {
		return walk(entityId, this::generating, Activity::inputs);
	}

	/** Every activity that used {@code entityId} or anything made from it, transitively, nearest first. */
	default List<Activity> downstream(final String entityId) throws IOException {
		return walk(entityId, this::using, Activity::outputs);
	}

	/** A step of a walk: the activities adjacent to one entity. */
	@FunctionalInterface
	interface Step {

		List<Activity> from(String entityId) throws IOException;
	}

	/** Breadth-first from one entity: each activity once, then the entities it leads to. */
	private static List<Activity> walk(final String start, final Step step, final Function<Activity, List<Entity>> next)
		throws IOException
	{
		final Map<String, Activity> seen = new LinkedHashMap<>();
		final Deque<String> todo = new ArrayDeque<>(List.of(start));
		final java.util.Set<String> visited = new java.util.HashSet<>(todo);
		while (!todo.isEmpty()) {
			for (final Activity a : step.from(todo.poll())) {
				if (seen.putIfAbsent(a.id(), a) != null) continue;
				for (final Entity e : next.apply(a)) {
					if (visited.add(e.id())) todo.add(e.id());
				}
			}
		}
		return new ArrayList<>(seen.values());
	}
}
