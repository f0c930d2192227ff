package org.tessera.cli;

import org.tessera.export.DirectFile;
import org.tessera.export.ExportListener;
import org.tessera.export.ExportOptions;
import org.tessera.export.ExportResult;
import org.tessera.export.ExportSet;
import org.tessera.export.ExportSets;
import org.tessera.export.Exporters;
import org.tessera.export.Fsync;
import org.tessera.export.HashingCopy;
import org.tessera.export.Trees;
import org.tessera.meta.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code tessera bench-export WORK}: exports N random files (1 GiB in 1,000 by default) to a BagIt bag holding
 * the RO-Crate, and compares the rate with the disk's write rate measured in the same run the way the export
 * writes (the same number of files of the same size, written with {@link DirectFile} from a buffer of the
 * export's size and made durable with the export's policy, {@link Fsync#all}) and the disk's sequential
 * write rate (one file, forced once, as {@code dd oflag=direct conv=fdatasync}); the ratio is taken to the
 * faster of the two. The same file through the page cache is printed for reference. One JSON line per
 * figure on stdout.
 */
@Command(name = "bench-export", description = "Time RO-Crate + BagIt export against the disk's sequential write rate.")
final class ExportBenchCommand implements Callable<Integer> {

	private static final int MIB = 1 << 20;

	@Parameters(index = "0", paramLabel = "WORK", description = "Scratch folder (emptied first).")
	Path work;

	@Option(names = "--files", description = "Number of files (default 1000).")
	int files = 1000;

	@Option(names = "--mib", description = "Total size in MiB (default 1024).")
	int mib = 1024;

	@Override
	public Integer call() throws Exception {
		Trees.delete(work);
		final Path src = Files.createDirectories(work.resolve("src"));
		generate(src);
		final double seq = diskRate(work.resolve("disk.bin"), true), buffered = diskRate(work.resolve("disk.bin"), false);
		final ExportSet set = new ExportSet(List.of(new ExportSet.Item(Record.builder().id("bench").location(src
			.toString()).format("bench").build(), src)), List.of(), ExportSets.agent());
		final long t0 = System.nanoTime();
		final ExportResult r = Exporters.byName("bagit").export(set, work.resolve("bag").toString(), ExportOptions
			.defaults(), ExportListener.NONE);
		final double seconds = (System.nanoTime() - t0) / 1e9, rate = mib / seconds;
		// NB: the many-file disk figure is taken after the export, and its files deleted last: ext4 makes
		// creating files right after deleting many slow (recently freed inodes are skipped), and neither figure
		// should pay for the other.
		final double disk = filesRate(Files.createDirectories(work.resolve("disk")));
		line("disk_seq_write_mib_s", seq, Map.of("method", "one file, 4 MiB writes, O_DIRECT where possible, forced once"));
		line("disk_seq_write_buffered_mib_s", buffered, Map.of("method", "the same through the page cache"));
		line("disk_write_mib_s", disk, Map.of("files", files, "method", "same files, writes and fsync policy as the export"));
		line("export_mib_s", rate, Map.of("seconds", seconds, "files", r.files()));
		line("export_vs_disk", rate / Math.max(seq, disk), Map.of("target", 0.8, "disk", "the faster of the two disk rates"));
		return 0;
	}

	private void generate(final Path src) throws IOException {
		final byte[] b = new byte[(int) ((long) mib * MIB / files)];
		final SplittableRandom rnd = new SplittableRandom(42);
		for (int i = 0; i < files; i++) {
			for (int k = 0; k < b.length; k += 8) {
				final long v = rnd.nextLong();
				for (int j = 0; j < 8 && k + j < b.length; j++) b[k + j] = (byte) (v >>> (8 * j));
			}
			try (FileChannel ch = FileChannel.open(src.resolve(String.format("file-%05d.bin", i)), StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE)) {
				ch.write(ByteBuffer.wrap(b));
				// NB: on disk before the timings start, so their write-back does not slow either measurement.
				ch.force(false);
			}
		}
	}

	/** MiB/s writing {@code mib} MiB sequentially in one file, forced to disk (as {@code dd conv=fdatasync}). */
	private double diskRate(final Path f, final boolean direct) throws IOException {
		final ByteBuffer buf = DirectFile.buffer(HashingCopy.BUFFER);
		final long t0 = System.nanoTime();
		try (WritableByteChannel ch = open(f, direct)) {
			for (long left = (long) mib * MIB; left > 0; left -= buf.limit()) write(ch, buf, left);
		}
		Fsync.all(List.of(f));
		final double s = (System.nanoTime() - t0) / 1e9;
		Files.delete(f);
		return mib / s;
	}

	/** MiB/s writing {@code files} files of the export's sizes, the way the export writes them. */
	private double filesRate(final Path dir) throws IOException {
		final ByteBuffer buf = DirectFile.buffer(HashingCopy.BUFFER);
		final long each = (long) mib * MIB / files;
		final List<Path> written = new ArrayList<>();
		final long t0 = System.nanoTime();
		for (int i = 0; i < files; i++) {
			final Path f = dir.resolve(String.format("file-%05d.bin", i));
			try (WritableByteChannel ch = open(f, true)) {
				for (long left = each; left > 0; left -= buf.limit()) write(ch, buf, left);
			}
			written.add(f);
		}
		Fsync.all(written);
		final double s = (System.nanoTime() - t0) / 1e9;
		Trees.delete(dir);
		return mib / s;
	}

	private static WritableByteChannel open(final Path f, final boolean direct) throws IOException {
		return direct ? DirectFile.create(f) : FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
	}

	/** Writes the first {@code min(capacity, left)} bytes of {@code buf}. */
	private static void write(final WritableByteChannel ch, final ByteBuffer buf, final long left) throws IOException {
		buf.clear().limit((int) Math.min(buf.capacity(), left));
		while (buf.hasRemaining()) ch.write(buf);
	}

	private static void line(final String name, final double value, final Map<String, Object> extra) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", name);
		m.put("value", Math.round(value * 1000) / 1000.0);
		m.putAll(extra);
		System.out.println(Json.write(m, false));
	}
}
