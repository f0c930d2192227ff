package org.tessera.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The contract every file-based {@link Exporter} passes: found by its stable name, writes every data file
 * with its SHA-256, leaves nothing beside the target, fails cleanly (nothing at the target) on missing data,
 * and exports again over its own earlier result. Subclasses add format checks with the reference readers.
 */
public abstract class AbstractExporterTest {

	@TempDir
	protected Path tmp;

	protected ExportFixture fixture;

	/** The stable name under test. */
	protected abstract String name();

	/** The target to write (inside {@code tmp}). */
	protected abstract Path target();

	/** The package path prefix of the crate's files ({@code ""}, or {@code "data/"} in a bag). */
	protected String prefix() {
		return "";
	}

	/** Format checks on a finished export of {@code set}. */
	protected abstract void check(ExportResult r, ExportSet set) throws Exception;

	@BeforeEach
	void fixture() throws IOException {
		fixture = ExportFixture.create(tmp, 3);
	}

	protected ExportResult export(final ExportSet set) throws IOException {
		return Exporters.byName(name()).export(set, target().toString(), ExportOptions.defaults(), ExportListener.NONE);
	}

	@Test
	void exportsEveryDataFileWithItsChecksum() throws Exception {
		final ExportSet set = fixture.set(3);
		final ExportResult r = export(set);
		assertEquals(r.files(), r.checksums().size());
		for (final DataFile f : set.files()) {
			assertEquals("sha256:" + Digests.of(Files.readAllBytes(f.source())).sha256(), r.checksums().get(prefix() + f
				.path()), f.path());
		}
		assertEquals(List.of(), siblings(), "nothing left beside the target");
		check(r, set);
	}

	@Test
	void missingDataFailsWithNothingAtTheTarget() throws IOException {
		final ExportSet set = fixture.set(2);
		Trees.delete(set.items().get(1).source());
		final ExportException e = assertThrows(ExportException.class, () -> export(set));
		assertEquals(set.items().get(1).source() + ": data of the record not found", e.getMessage());
		assertFalse(Files.exists(target()) && !name().equals("ocfl"), "no package");
		assertEquals(List.of(), siblings());
	}

	@Test
	void exportsAgainOverItsOwnResult() throws Exception {
		export(fixture.set(1));
		final ExportResult r = export(fixture.set(3));
		assertEquals(List.of(), siblings());
		check(r, fixture.set(3));
	}

	/** Hidden partials or old targets beside the target (the lock file stays, see {@link TargetLock}). */
	protected List<String> siblings() throws IOException {
		try (Stream<Path> s = Files.list(target().getParent())) {
			return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + target().getFileName() + ".")
				&& !n.endsWith(".ocfl-work") && !n.endsWith(".lock")).toList();
		}
	}
}
