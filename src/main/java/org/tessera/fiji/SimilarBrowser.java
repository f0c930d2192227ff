package org.tessera.fiji;

import ij.IJ;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

/**
 * The "Find Similar..." results browser: a grid of the hits' catalogue thumbnails ({@link SimilarHitCell}:
 * score, explanation tooltip, + / − marks, "Search with this", double-click opens the dataset) under a
 * toolbar with Back, Forward and Refine. All state lives in its {@link SimilarBrowserModel}; searches run
 * off the event thread. Closing the window closes the model.
 */
public final class SimilarBrowser extends JFrame {

	/** The title's start. */
	public static final String TITLE = "Tessera Similar";

	private static final int COLUMNS = 5;
	private static final Set<SimilarBrowserModel> SHOWN = ConcurrentHashMap.newKeySet();

	private final SimilarBrowserModel model;
	private final JPanel grid = new JPanel(new GridLayout(0, COLUMNS, 6, 6));
	private final JButton back = new JButton("< Back"), forward = new JButton("Forward >"), refine = new JButton("Refine");
	private final JLabel status = new JLabel();

	private SimilarBrowser(final SimilarBrowserModel model) {
		super(TITLE + ": " + model.hits().query());
		this.model = model;
		final JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT));
		for (final JButton b : new JButton[] { back, forward, refine }) bar.add(b);
		bar.add(status);
		back.addActionListener(e -> run(model::back));
		forward.addActionListener(e -> run(model::forward));
		refine.addActionListener(e -> run(model::refine));
		refine.setToolTipText("Move the query towards the hits marked + and away from those marked − (Rocchio)");
		add(bar, BorderLayout.NORTH);
		add(new JScrollPane(grid), BorderLayout.CENTER);
		setDefaultCloseOperation(DISPOSE_ON_CLOSE);
		addWindowListener(new WindowAdapter() {

			@Override
			public void windowClosed(final WindowEvent e) {
				SHOWN.remove(model);
				close(model);
			}
		});
		refresh();
		setSize(COLUMNS * 170 + 40, 620);
	}

	/** Shows a browser of {@code model} (on the event thread). */
	public static void show(final SimilarBrowserModel model) {
		SHOWN.add(model);
		SwingUtilities.invokeLater(() -> new SimilarBrowser(model).setVisible(true));
	}

	/** Whether a browser window shows {@code model}. */
	static boolean shows(final SimilarBrowserModel model) {
		return SHOWN.contains(model);
	}

	// -- Helper methods --

	/** A step that changes the hits. */
	@FunctionalInterface
	interface Step {

		CatalogHits run() throws IOException;
	}

	/** Runs {@code step} on a worker thread, then redraws; an error names the cause. */
	void run(final Step step) {
		setButtons(false);
		new Thread(() -> {
			try {
				step.run();
			}
			catch (final IOException | RuntimeException e) {
				IJ.error(FindSimilarCommand.LABEL, e.getMessage());
			}
			SwingUtilities.invokeLater(this::refresh);
		}, "Tessera similar search").start();
	}

	void refresh() {
		grid.removeAll();
		final CatalogHits hits = model.hits();
		for (int i = 0; i < hits.rows().size(); i++) grid.add(new SimilarHitCell(this, model, i));
		status.setText(hits.rows().size() + " hits, " + hits.query());
		setButtons(true);
		grid.revalidate();
		grid.repaint();
	}

	private void setButtons(final boolean on) {
		back.setEnabled(on && model.canGoBack());
		forward.setEnabled(on && model.canGoForward());
		refine.setEnabled(on);
	}

	private static void close(final SimilarBrowserModel m) {
		try {
			m.close();
		}
		catch (final IOException e) {
			IJ.log(FindSimilarCommand.LABEL + ": closing the catalogue: " + e.getMessage());
		}
	}
}
