package org.tessera.fiji;

import java.util.ArrayList;
import java.util.List;

import org.tessera.index.IngestReport;

/**
 * What an "Index Folder..." run did, as the lines shown in the Log window: counts, every failed
 * dataset with its reason, and whether the run was canceled.
 *
 * @param request what was asked
 * @param report the indexer's report (partial when the run was canceled)
 * @param warnings what was wrong with the catalogue on opening (damaged commits set aside)
 * @param done datasets handled before the run ended
 * @param total datasets found
 */
public record IndexSummary(IndexRequest request, IngestReport report, List<String> warnings, int done,
	int total)
{

	/** Whether the user canceled the run. */
	public boolean canceled() {
		return report.cancelled();
	}

	/** The summary, one line each. */
	public List<String> lines() {
		final List<String> lines = new ArrayList<>();
		lines.add(IndexFolderCommand.LABEL + " " + request.folder() + " -> " + request.catalog());
		warnings.forEach(w -> lines.add("warning: " + w));
		if (canceled()) {
			lines.add("canceled after " + done + " of " + total + " datasets; the catalogue keeps the datasets handled so far");
		}
		else {
			lines.add("indexed " + report.indexed() + ", skipped " + report.skipped() + ", removed " + report.removed()
				+ ", failed " + report.failed().size());
		}
		report.failed().forEach(f -> lines.add("failed: " + f.path() + ": " + f.error()));
		return lines;
	}
}
