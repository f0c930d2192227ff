package org.tessera.lineage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A recorded three-step chain for tests: extract (file → array + record), reduce (file + array →
 * result file + result array, with a model hash component), index (result file → catalogue commit),
 * plus an unrelated activity.
 */
public final class Chain {

	public static final String FILE = "sha256:" + "a".repeat(64), ARRAY = "array-sha256:" + "b".repeat(64),
		RECORD = "b".repeat(64) + ":/", RESULT = "sha256:" + "c".repeat(64), RESULT_ARRAY = "array-sha256:" + "d".repeat(64),
		COMMIT = "urn:tessera:catalogue:cat@7", OTHER = "sha256:" + "e".repeat(64), MODEL = "f".repeat(64);

	public final Activity extract, reduce, index, unrelated;

	public Chain(final LineageSink sink) throws IOException {
		final Person me = new Person("tester \"quoted\"", "https://orcid.org/0000-0002-1825-0097");
		extract = Recorder.start("extract", sink, me).input(new Entity(FILE, "file", "/data/in.zarr", 1234))
			.output(new Entity(ARRAY, "array", "/data/in.zarr#/", -1)).output(new Entity(RECORD, "record", "/data/in.zarr#/", -1))
			.component("reader.zarr", "0.1.0").finish();
		reduce = Recorder.start("reduce", sink, me).input(new Entity(FILE, "file", "/data/in.zarr", 1234))
			.input(new Entity(ARRAY, "array", "/data/in.zarr#/", -1)).parameter("sum", "E")
			.output(new Entity(RESULT, "file", "/data/out \\ \"x\".zarr", 99))
			.output(new Entity(RESULT_ARRAY, "array", "/data/out.zarr#sum_E", -1)).component("model.sha256", MODEL).finish();
		index = Recorder.start("index", sink, me).input(new Entity(RESULT, "file", "/data/out.zarr", 99))
			.output(new Entity(COMMIT, "catalogue", "/cat", -1)).finish();
		unrelated = Recorder.start("open", sink, new Person("other", null)).input(new Entity(OTHER, "file", Path.of("/o")
			.toString(), 1)).fail(new IllegalStateException("line one\nline \"two\""));
	}
}
