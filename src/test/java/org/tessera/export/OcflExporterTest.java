package org.tessera.export;

import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.ValidationResults;
import org.junit.jupiter.api.Test;
import org.tessera.export.ocfl.OcflRepositories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** OCFL objects: validated by ocfl-java, versioned on change only, earlier versions intact, tampering found. */
class OcflExporterTest extends AbstractExporterTest {

	@Override
	protected String name() {
		return "ocfl";
	}

	@Override
	protected Path target() {
		return tmp.resolve("out/ocfl-root");
	}

	@Override
	protected void check(final ExportResult r, final ExportSet set) throws Exception {
		final String id = r.details().get("object");
		assertEquals(set.stableId(), id);
		try (Repo repo = new Repo()) {
			final ValidationResults v = repo.r.validateObject(id, true);
			assertFalse(v.hasErrors(), v.toString());
			final Path out = tmp.resolve("checkout-" + r.details().get("version"));
			repo.r.getObject(ObjectVersionId.version(id, r.details().get("version")), out);
			RoCrateExporterTest.checkCrate(out, set);
		}
	}

	@Test
	void sameContentAddsNoVersionChangedContentAddsOneAndKeepsTheOld() throws Exception {
		final ExportResult v1 = export(fixture.set(2));
		assertEquals("v1", v1.details().get("version"));
		final ExportResult again = export(fixture.set(2));
		assertEquals(List.of("v1", "false"), List.of(again.details().get("version"), again.details().get("created")));
		final Path changed = fixture.set(2).files().get(fixture.set(2).files().size() - 1).source();
		final byte[] before = Files.readAllBytes(changed);
		Files.write(changed, new byte[] { 42 });
		final ExportResult v2 = export(fixture.set(2));
		assertEquals(List.of("v2", "true"), List.of(v2.details().get("version"), v2.details().get("created")));
		assertEquals(v1.details().get("object"), v2.details().get("object"), "same object, new version");
		try (Repo repo = new Repo()) {
			final Path old = tmp.resolve("v1");
			repo.r.getObject(ObjectVersionId.version(v1.details().get("object"), "v1"), old);
			final String rel = fixture.set(2).files().get(fixture.set(2).files().size() - 1).path();
			assertArrayEquals(before, Files.readAllBytes(old.resolve(rel)), "v1 still readable after v2");
			assertFalse(repo.r.validateObject(v2.details().get("object"), true).hasErrors());
		}
	}

	@Test
	void tamperedContentIsFoundByValidation() throws Exception {
		final ExportResult r = export(fixture.set(1));
		final Path content;
		try (Stream<Path> s = Files.walk(target())) {
			content = s.filter(p -> p.toString().contains("/v1/content/data/") && Files.isRegularFile(p)).findFirst()
				.orElseThrow();
		}
		Files.write(content, new byte[] { 1, 2, 3 });
		try (Repo repo = new Repo()) {
			final ValidationResults v = repo.r.validateObject(r.details().get("object"), true);
			assertTrue(v.hasErrors());
			assertTrue(v.toString().contains(target().relativize(content).toString().substring(0, 10)) || v.toString()
				.contains("digest"), v.toString());
		}
	}

	/** The storage root opened by ocfl-java, closed after use. */
	private final class Repo implements AutoCloseable {

		final OcflRepository r;

		Repo() throws IOException {
			r = OcflRepositories.open(target(), tmp.resolve("ocfl-work"));
		}

		@Override
		public void close() {
			r.close();
		}
	}
}
