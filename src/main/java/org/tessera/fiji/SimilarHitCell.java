package org.tessera.fiji;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Image;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;

/**
 * One hit of a {@link SimilarBrowser}: its thumbnail (double-click opens the dataset lazily), rank and
 * score, the explanation and path as tooltip, + / − toggles that mark it, and "Search with this".
 */
final class SimilarHitCell extends JPanel {

	private static final int THUMB = 150;

	SimilarHitCell(final SimilarBrowser browser, final SimilarBrowserModel model, final int i) {
		super(new BorderLayout());
		final CatalogHits hits = model.hits();
		final JLabel thumb = new JLabel(icon(hits.rows().get(i)), SwingConstants.CENTER);
		thumb.setToolTipText("<html>" + html(hits.field(i, "path") + " " + hits.field(i, "array")) + "<br>" + html(hits
			.field(i, "explain")) + "<br>double-click: open</html>");
		thumb.addMouseListener(new MouseAdapter() {

			@Override
			public void mouseClicked(final MouseEvent e) {
				if (e.getClickCount() == 2) new Thread(() -> SearchTable.open(hits, i), "Tessera open hit " + i).start();
			}
		});
		add(new JLabel("#" + (i + 1) + "  " + hits.field(i, "score"), SwingConstants.CENTER), BorderLayout.NORTH);
		add(thumb, BorderLayout.CENTER);
		add(buttons(browser, model, i), BorderLayout.SOUTH);
		setBorder(BorderFactory.createEtchedBorder());
	}

	private static JPanel buttons(final SimilarBrowser browser, final SimilarBrowserModel model, final int i) {
		final JToggleButton plus = new JToggleButton("+"), minus = new JToggleButton("\u2212");
		plus.setSelected(model.mark(i).equals(Optional.of(true)));
		minus.setSelected(model.mark(i).equals(Optional.of(false)));
		plus.addActionListener(e -> {
			if (plus.isSelected()) minus.setSelected(false);
			model.mark(i, plus.isSelected() ? Optional.of(true) : Optional.empty());
		});
		minus.addActionListener(e -> {
			if (minus.isSelected()) plus.setSelected(false);
			model.mark(i, minus.isSelected() ? Optional.of(false) : Optional.empty());
		});
		final JButton with = new JButton("Search with this");
		with.addActionListener(e -> browser.run(() -> model.searchWith(i)));
		final JPanel p = new JPanel(new FlowLayout(FlowLayout.CENTER, 2, 2));
		p.add(plus);
		p.add(minus);
		p.add(with);
		return p;
	}

	private static ImageIcon icon(final CatalogHits.Row row) {
		final Optional<Image> img = row.thumbnail().map(png -> ThumbnailStack.decode(png).getBufferedImage());
		if (img.isEmpty()) return new ImageIcon(new java.awt.image.BufferedImage(THUMB, THUMB,
			java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
		final double s = (double) THUMB / Math.max(img.get().getWidth(null), img.get().getHeight(null));
		return new ImageIcon(img.get().getScaledInstance((int) Math.max(1, img.get().getWidth(null) * s), (int) Math.max(1,
			img.get().getHeight(null) * s), Image.SCALE_SMOOTH));
	}

	private static String html(final String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
