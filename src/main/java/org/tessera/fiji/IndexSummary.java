package org.tessera.fiji;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tessera.index.IngestReport;

/**
 * What an "Index Folder..." run did, as the lines shown in the Log window: counts, every failed
 * dataset with its reason, and whether the run was canceled.
 *
 * @param request what was asked
 * @param report the indexer's report; empty when the run was canceled
 * @param warnings what was wrong with the catalogue on opening (damaged commits set aside)
 * @param done datasets handled before the run ended
 * @param total datasets found
 */
public record IndexSummary(IndexRequest request, Optional<IngestReport> report, List<String> warnings, int done,
	int total)
{

	/** Whether the user canceled the run. */
	public boolean canceled() {
		return report.isEmpty();
	}

	/** The summary, one line each. */
	public List<String> lines() {
		final List<String> lines = new ArrayList<>();
		lines.add(IndexFolderCommand.LABEL + " " + request.folder() + " -> " + request.catalog());
		warnings.forEach(w -> lines.add("warning: " + w));
		if (canceled()) {
			lines.add("canceled after " + done + " of " + total + " datasets; the catalogue keeps the datasets handled so far");
			return lines;
		}
		final IngestReport r = report.get();
		lines.add("indexed " + r.indexed() + ", skipped " + r.skipped() + ", removed " + r.removed() + ", failed "
			+ r.failed().size());
		r.failed().forEach(f -> lines.add("failed: " + f.path() + ": " + f.error()));
		return lines;
	}
}
