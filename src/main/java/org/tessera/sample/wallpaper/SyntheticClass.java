package org.tessera.sample.wallpaper;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The classes of the synthetic training and evaluation images: the 17 wallpaper groups (labels 0–16, in
 * {@link WallpaperGroup} order) followed by particles, textures and diffraction patterns (17–19).
 *
 * @param label the integer label written to {@code labels.npy}
 * @param name the stable name ({@code "p4m"}, {@code "particles"}, …) written to {@code classes.json}
 * @param group the wallpaper group, or null for the non-lattice classes
 */
public record SyntheticClass(int label, String name, WallpaperGroup group) {

	/** The extra, non-lattice class names, in label order after the groups. */
	public static final List<String> EXTRA = List.of("particles", "texture", "diffraction");

	/** Every class, in label order. */
	public static List<SyntheticClass> all() {
		final int g = WallpaperGroup.values().length;
		return Stream.concat(Stream.of(WallpaperGroup.values()).map(w -> new SyntheticClass(w.ordinal(), w.symbol(), w)),
			EXTRA.stream().map(n -> new SyntheticClass(g + EXTRA.indexOf(n), n, null))).toList();
	}

	/** Only the 17 wallpaper groups. */
	public static List<SyntheticClass> groups() {
		return all().subList(0, WallpaperGroup.values().length);
	}

	/**
	 * The class with this name (case-insensitive).
	 *
	 * @throws IllegalArgumentException listing the known names
	 */
	public static SyntheticClass byName(final String name) {
		final String n = name.toLowerCase(Locale.ROOT);
		return all().stream().filter(c -> c.name.equals(n)).findFirst().orElseThrow(() -> new IllegalArgumentException(
			"no synthetic class '" + name + "' (known: " + all().stream().map(SyntheticClass::name).toList() + ")"));
	}
}
