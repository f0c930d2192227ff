package org.tessera.fiji;

import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tessera.io.ArrayInfo;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.io.FormatReaders;
import org.tessera.io.Multiscale;
import org.tessera.io.TesseraIOException;

/**
 * What every "Open Dataset..." surface (SciJava command, ImageJ 1 plugin, scripts) shares: open a
 * container, name its choices, and turn an {@code array} / {@code level} pair into an image.
 * <p>
 * An {@code array} names either a pyramid (its group path, {@code "/"} for the root group) or one
 * array; empty means "the default": the first pyramid at its default level, else the first array
 * with a numeric type. {@code level} picks a pyramid level; -1 means the finest level that fits
 * on the screen.
 * </p>
 */
public final class DatasetOpener {

	/** The screen size assumed when there is none (headless) to pick a default pyramid level. */
	public static final int HEADLESS_SCREEN = 4096;

	/** Metadata file names that stand for their folder (a file chooser cannot pick a folder). */
	private static final Set<String> METADATA_FILES = Set.of(".zattrs", ".zgroup", ".zarray", "zarr.json",
		"attributes.json");

	/** An {@code array} / {@code level} pair, as the parameters and dialogs name them. */
	public record Selection(String array, int level) {}

	/** Decides what to open once the container's arrays are known; empty to cancel. */
	@FunctionalInterface
	public interface Chooser {

		Optional<Selection> choose(Container c) throws IOException;
	}

	private DatasetOpener() {}

	/**
	 * Opens the container at {@code path}, lets {@code chooser} pick, and opens the pick lazily.
	 * The container stays open while the image lives (its stack reads from it); it is closed when
	 * the choice is canceled or opening fails.
	 *
	 * @return the image, not shown; empty when the chooser canceled
	 */
	public static Optional<ImagePlus> open(final Path path, final Chooser chooser, final int screenW,
		final int screenH) throws IOException
	{
		final Container c = container(path);
		try {
			final Optional<Selection> s = chooser.choose(c);
			if (s.isEmpty()) c.close();
			return s.isEmpty() ? Optional.empty()
				: Optional.of(image(c, s.get().array(), s.get().level(), screenW, screenH));
		}
		catch (final IOException | RuntimeException e) {
			c.close();
			throw e;
		}
	}

	/**
	 * Opens the container at {@code path} (metadata only). A Zarr or N5 metadata file chosen in a
	 * file dialog stands for its folder.
	 */
	public static Container container(final Path path) throws IOException {
		final Path p = Files.isRegularFile(path) && METADATA_FILES.contains(path.getFileName().toString())
			? path.getParent() : path;
		return FormatReaders.open(p);
	}

	/** The names an {@code array} parameter accepts: every pyramid, then every array. */
	public static List<String> choices(final Container c) {
		final List<String> names = new ArrayList<>();
		for (final Multiscale m : c.multiscales()) names.add(groupName(m));
		for (final ArrayInfo a : c.arrays()) names.add(a.name());
		return names;
	}

	/** The choice used when {@code array} is empty. */
	public static String defaultChoice(final Container c) throws java.io.IOException {
		if (!c.multiscales().isEmpty()) return groupName(c.multiscales().get(0));
		final String name = Containers.defaultArray(c);
		if (c.arrays().stream().noneMatch(a -> a.name().equals(name) && a.dtype().isNumeric())) {
			throw new TesseraIOException.NotFound(c.location().toString(), "no array with a numeric data type");
		}
		return name;
	}

	/**
	 * Opens the chosen array or pyramid level as a virtual stack.
	 *
	 * @param array a pyramid group, an array name, or empty for {@link #defaultChoice}
	 * @param level a pyramid level, or -1 for the default level on a {@code screenW x screenH} screen
	 * @throws TesseraIOException.NotFound naming the file and the unknown array or level
	 */
	public static ImagePlus image(final Container c, final String array, final int level, final int screenW,
		final int screenH) throws IOException
	{
		final String name = array == null || array.isEmpty() ? defaultChoice(c) : array;
		for (final Multiscale m : c.multiscales()) {
			if (name.equals(groupName(m))) return level(c, m, level, screenW, screenH);
		}
		if (!c.arrays().stream().anyMatch(a -> a.name().equals(name))) {
			throw new TesseraIOException.NotFound(c.location().toString(), "no array or pyramid named '" + name
				+ "' (choices: " + String.join(", ", choices(c)) + ")");
		}
		return DatasetImages.open(c, name);
	}

	/** A pyramid's choice name: its group path, {@code "/"} for the root group. */
	public static String groupName(final Multiscale m) {
		return m.group().isEmpty() ? "/" : m.group();
	}

	// -- Helper methods --

	private static ImagePlus level(final Container c, final Multiscale m, final int level, final int screenW,
		final int screenH) throws IOException
	{
		final int n = m.levels().size();
		if (level < -1 || level >= n) {
			throw new TesseraIOException.NotFound(c.location().toString(), "pyramid '" + groupName(m) + "' has levels 0.."
				+ (n - 1) + ", not " + level);
		}
		final int l = level == -1 ? DatasetImages.defaultLevel(c, m, screenW, screenH) : level;
		return DatasetImages.open(c, m, l);
	}
}
