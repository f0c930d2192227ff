package org.tessera.fiji;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tessera.io.Axis;

/**
 * Which array axis (C-order index, -1 when absent) plays which ImageJ hyperstack role, and where
 * every other axis is held fixed.
 * <p>
 * X and Y are the axes named {@code x} and {@code y} (any case) when present, otherwise the two
 * fastest axes. C, Z and T come from names ({@code c}/{@code channel}, {@code z},
 * {@code t}/{@code time}) or OME-NGFF axis types ({@code channel}, {@code space}, {@code time}).
 * Axes that none of these rules claim fill the still-free roles from the fastest axis on, in the
 * order Z, C, T (OME-NGFF's {@code tczyx} order), so an unnamed 5-D array browses as expected.
 * Axes named in {@code fixed} are never given a role and sit at the given index; any axis left
 * over after that sits at index 0.
 * </p>
 *
 * @param x the x axis
 * @param y the y axis, -1 for a 1-D array
 * @param c the channel axis or -1
 * @param z the z axis or -1
 * @param t the time axis or -1
 * @param fixed the index of every axis, C order (entries of role axes are ignored)
 */
public record AxisRoles(int x, int y, int c, int z, int t, long[] fixed) {

	private static final Set<String> C_NAMES = Set.of("c", "channel", "ch");
	private static final Set<String> T_NAMES = Set.of("t", "time");

	/**
	 * Assigns roles to {@code axes}.
	 *
	 * @param fixedIndices axis name (any case) to the index it is held at; may be empty
	 */
	public static AxisRoles of(final List<Axis> axes, final Map<String, Long> fixedIndices) {
		final int n = axes.size();
		final long[] fixed = new long[n];
		final int[] role = new int[n]; // 0 free, 1 taken, 2 held fixed
		for (final Map.Entry<String, Long> e : fixedIndices.entrySet()) {
			final int a = named(axes, role, Set.of(lower(e.getKey())), "");
			if (a < 0) throw new IllegalArgumentException("no axis named '" + e.getKey() + "' to hold fixed");
			fixed[a] = e.getValue();
			role[a] = 2;
		}
		final int x = orFastest(named(axes, role, Set.of("x"), ""), role);
		final int y = orFastest(named(axes, role, Set.of("y"), ""), role);
		int c = named(axes, role, C_NAMES, "channel");
		int t = named(axes, role, T_NAMES, "time");
		int z = named(axes, role, Set.of("z"), "space");
		if (z < 0) z = fastestUnknown(axes, role);
		if (c < 0) c = fastestUnknown(axes, role);
		if (t < 0) t = fastestUnknown(axes, role);
		return new AxisRoles(x, y, c, z, t, fixed);
	}

	// -- Helper methods --

	/** The first free axis with one of the names or the type; marks it taken. */
	private static int named(final List<Axis> axes, final int[] role, final Set<String> names, final String type) {
		for (int a = 0; a < axes.size(); a++) {
			final Axis axis = axes.get(a);
			if (role[a] == 0 && (names.contains(lower(axis.name())) || !type.isEmpty() && type.equals(lower(axis.type())))) {
				role[a] = 1;
				return a;
			}
		}
		return -1;
	}

	private static int orFastest(final int found, final int[] role) {
		if (found >= 0) return found;
		for (int a = role.length - 1; a >= 0; a--) {
			if (role[a] == 0) {
				role[a] = 1;
				return a;
			}
		}
		return -1;
	}

	/** The fastest free axis whose name and type claim no role; marks it taken. */
	private static int fastestUnknown(final List<Axis> axes, final int[] role) {
		for (int a = axes.size() - 1; a >= 0; a--) {
			final Axis axis = axes.get(a);
			final boolean known = C_NAMES.contains(lower(axis.name())) || T_NAMES.contains(lower(axis.name())) ||
				!axis.type().isEmpty();
			if (role[a] == 0 && !known) {
				role[a] = 1;
				return a;
			}
		}
		return -1;
	}

	private static String lower(final String s) {
		return s.toLowerCase(Locale.ROOT);
	}
}
