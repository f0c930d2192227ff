package org.tessera.lineage;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records one operation as it runs: start it with a type, add what it used and made, its parameters
 * and the components (reader, embedder, model hash) that took part, then {@link #finish()} or
 * {@link #fail(Throwable)}; either builds the {@link Activity} and hands it to the sink. Thread-safe,
 * so workers may add entities while a run goes on. One recorder records one activity.
 * <p>
 * NB: this is the hook for stages that join later (embedding): pass the recorder down and let the
 * stage add its {@code embedder.NAME} and {@code model.sha256} components.
 * </p>
 */
public final class Recorder {

	/** The parameter that holds a failed activity's error message. */
	public static final String ERROR = "error";

	private final String id = "urn:uuid:" + UUID.randomUUID();
	private final String type;
	private final LineageSink sink;
	private final Person person;
	private final Instant started = Instant.now();
	private final List<Entity> inputs = new ArrayList<>(), outputs = new ArrayList<>();
	private final Map<String, String> parameters = new LinkedHashMap<>(), components = new LinkedHashMap<>();
	private Activity done;

	private Recorder(final String type, final LineageSink sink, final Person person) {
		this.type = type;
		this.sink = sink;
		this.person = person;
	}

	/** Starts an activity of {@code type} run by the current person ({@link Persons#current()}). */
	public static Recorder start(final String type, final LineageSink sink) {
		return start(type, sink, Persons.current());
	}

	/** Starts an activity of {@code type} run by {@code person}. */
	public static Recorder start(final String type, final LineageSink sink, final Person person) {
		if (type == null || type.isBlank()) throw new IllegalArgumentException("an activity needs a type");
		return new Recorder(type, sink, person);
	}

	// -- What the activity used and made --

	/** The activity's id, known from the start (so outputs can name it). */
	public String id() {
		return id;
	}

	public synchronized Recorder input(final Entity e) {
		inputs.add(e);
		return this;
	}

	public synchronized Recorder output(final Entity e) {
		outputs.add(e);
		return this;
	}

	/** A setting that determines the outputs; null values are left out. */
	public synchronized Recorder parameter(final String key, final Object value) {
		if (value != null) parameters.put(key, value.toString());
		return this;
	}

	/** A component that took part: {@code "reader.zarr" → version}, {@code "model.sha256" → hex}. */
	public synchronized Recorder component(final String key, final String value) {
		if (value != null) components.put(key, value);
		return this;
	}

	// -- Finishing --

	/** Ends the activity as completed and hands it to the sink. */
	public Activity finish() throws IOException {
		return end(Activity.COMPLETED);
	}

	/** Ends the activity as failed, with the error's message as the {@link #ERROR} parameter. */
	public Activity fail(final Throwable error) throws IOException {
		synchronized (this) {
			parameters.put(ERROR, error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName());
		}
		return end(Activity.FAILED);
	}

	private Activity end(final String status) throws IOException {
		final Activity a;
		synchronized (this) {
			if (done != null) throw new IllegalStateException("activity " + id + " was already " + done.status());
			a = new Activity(id, type, started, Instant.now(), status, List.copyOf(inputs), List.copyOf(outputs),
				java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters)), Agents.current(components), person);
			done = a;
		}
		sink.record(a);
		return a;
	}
}
