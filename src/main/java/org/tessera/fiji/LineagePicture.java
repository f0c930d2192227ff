package org.tessera.fiji;

import ij.ImagePlus;
import ij.process.ColorProcessor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.tessera.lineage.Activity;
import org.tessera.lineage.Dot;

/**
 * A lineage graph as an RGB image: Graphviz {@code dot} renders the DOT text when it is installed
 * ({@link Graphviz}); otherwise a {@link LineageLayout} is drawn with Java2D (entities rounded, activities
 * square, failed ones red). Works headless. The PROV-JSON goes into the image's Info property.
 */
public final class LineagePicture {

	/** Box size and gaps of the Java2D drawing, in pixels. */
	private static final int W = 200, H = 54, GAP_X = 60, GAP_Y = 20, MARGIN = 20;

	private LineagePicture() {}

	/** The picture of {@code activities} titled {@code title}; {@code graphviz} false forces Java2D. */
	public static ImagePlus of(final String title, final List<Activity> activities, final boolean graphviz)
		throws IOException
	{
		final BufferedImage img = graphviz && Graphviz.available() ? png(Graphviz.render(Dot.of(activities))) : draw(
			LineageLayout.of(activities));
		final ImagePlus imp = new ImagePlus(title, new ColorProcessor(img));
		imp.setProperty("Info", LineageLookup.text(activities, "json"));
		return imp;
	}

	// -- Java2D --

	static BufferedImage draw(final LineageLayout l) {
		final int[] size = l.size();
		final BufferedImage img = new BufferedImage(MARGIN * 2 + size[0] * (W + GAP_X) - GAP_X, MARGIN * 2 + size[1] * (H
			+ GAP_Y) - GAP_Y, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, img.getWidth(), img.getHeight());
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			g.setStroke(new BasicStroke(1.2f));
			l.edges.forEach(e -> arrow(g, l.nodes.get(e.from()), l.nodes.get(e.to())));
			l.nodes.values().forEach(n -> box(g, n));
		}
		finally {
			g.dispose();
		}
		return img;
	}

	private static void box(final Graphics2D g, final LineageLayout.Node n) {
		final int x = x(n), y = y(n), arc = n.activity() ? 0 : 24;
		final RoundRectangle2D r = new RoundRectangle2D.Double(x, y, W, H, arc, arc);
		g.setColor(n.activity() ? new Color(0xE8EEF8) : new Color(0xFFF8E0));
		g.fill(r);
		g.setColor(n.failed() ? Color.RED : Color.DARK_GRAY);
		g.draw(r);
		g.setColor(Color.BLACK);
		final int lineH = g.getFontMetrics().getHeight();
		for (int i = 0; i < n.lines().size(); i++) {
			g.drawString(fit(g, n.lines().get(i)), x + 8, y + 6 + lineH * (i + 1) - g.getFontMetrics().getDescent());
		}
	}

	private static void arrow(final Graphics2D g, final LineageLayout.Node from, final LineageLayout.Node to) {
		final double x1 = x(from) + W, y1 = y(from) + H / 2.0, x2 = x(to), y2 = y(to) + H / 2.0;
		g.setColor(Color.GRAY);
		g.draw(new Line2D.Double(x1, y1, x2, y2));
		final double a = Math.atan2(y2 - y1, x2 - x1);
		final Path2D head = new Path2D.Double();
		head.moveTo(x2, y2);
		head.lineTo(x2 - 9 * Math.cos(a - 0.4), y2 - 9 * Math.sin(a - 0.4));
		head.lineTo(x2 - 9 * Math.cos(a + 0.4), y2 - 9 * Math.sin(a + 0.4));
		head.closePath();
		g.fill(head);
	}

	/** Cuts a label to the box width, ending it with an ellipsis. */
	private static String fit(final Graphics2D g, final String s) {
		String t = s == null ? "" : s;
		while (t.length() > 1 && g.getFontMetrics().stringWidth(t) > W - 16) t = t.substring(0, t.length() - 2) + "…";
		return t;
	}

	private static int x(final LineageLayout.Node n) {
		return MARGIN + n.column() * (W + GAP_X);
	}

	private static int y(final LineageLayout.Node n) {
		return MARGIN + n.row() * (H + GAP_Y);
	}

	private static BufferedImage png(final byte[] bytes) throws IOException {
		final BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
		if (img == null) throw new IOException("Graphviz dot: its output is not a PNG image (" + bytes.length + " bytes)");
		return img;
	}
}
