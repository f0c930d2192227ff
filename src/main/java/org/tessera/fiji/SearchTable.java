package org.tessera.fiji;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.text.TextPanel;
import ij.text.TextWindow;

import java.awt.Canvas;
import java.awt.Component;
import java.awt.Frame;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;
import java.io.IOException;

/**
 * The results table of a search, titled {@value #TITLE}: one row per hit with the
 * {@link HitFields#COLUMNS}. Shown, a double-click on a row opens that hit's dataset lazily.
 */
public final class SearchTable {

	/** The table's title. */
	public static final String TITLE = "Tessera Search";

	private SearchTable() {}

	/** The table of {@code hits} (not shown). */
	public static ResultsTable of(final CatalogHits hits) {
		final ResultsTable t = new ResultsTable();
		for (int i = 0; i < hits.rows().size(); i++) {
			t.incrementCounter();
			for (final String c : HitFields.COLUMNS) {
				if (c.equals("score")) t.addValue(c, hits.rows().get(i).hit().score());
				else t.addValue(c, hits.field(i, c));
			}
		}
		return t;
	}

	/** Shows the table and the thumbnail stack; double-clicking a row opens its dataset. */
	public static void show(final CatalogHits hits) {
		of(hits).show(TITLE);
		final Frame f = WindowManager.getFrame(TITLE);
		if (f instanceof TextWindow w) listen(w.getTextPanel(), hits);
		ThumbnailStack.of(hits).ifPresent(ImagePlus::show);
		IJ.showStatus(hits.total() + " matches of '" + hits.query() + "'" + (hits.total() > hits.rows().size()
			? ", first " + hits.rows().size() + " shown" : ""));
	}

	// -- Helper methods --

	/** NB: the window is reused by the next search; its old listener goes so only the newest hits open. */
	private static void listen(final TextPanel panel, final CatalogHits hits) {
		// NB: the rows are drawn (and clicked) on the panel's canvas (a TextCanvas), not on the panel itself.
		for (final Component c : panel.getComponents()) {
			if (!(c instanceof Canvas)) continue;
			for (final MouseListener l : c.getMouseListeners()) {
				if (l instanceof OpenOnDoubleClick) c.removeMouseListener(l);
			}
			c.addMouseListener(new OpenOnDoubleClick(panel, hits));
		}
	}

	/** Opens the double-clicked row's dataset on a worker thread (the event thread stays free). */
	private static final class OpenOnDoubleClick extends MouseAdapter {

		private final TextPanel panel;
		private final CatalogHits hits;

		OpenOnDoubleClick(final TextPanel panel, final CatalogHits hits) {
			this.panel = panel;
			this.hits = hits;
		}

		@Override
		public void mouseClicked(final MouseEvent e) {
			final int row = panel.getSelectionStart();
			if (e.getClickCount() != 2 || row < 0 || row >= hits.rows().size()) return;
			new Thread(() -> open(hits, row), "Tessera open hit " + row).start();
		}
	}

	/** Opens and shows hit {@code row}; an error names the file and the cause. */
	static void open(final CatalogHits hits, final int row) {
		try {
			hits.open(row, IJ.getScreenSize().width, IJ.getScreenSize().height).show();
		}
		catch (final IOException | RuntimeException e) {
			IJ.error(SearchCatalogCommand.LABEL, e.getMessage());
		}
	}
}
