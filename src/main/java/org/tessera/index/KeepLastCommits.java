package org.tessera.index;

import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;

import java.util.List;

/**
 * Keeps the newest {@code n} commits (Lucene's default keeps one), so that a damaged newest
 * segments file leaves an older, complete commit to fall back to.
 */
final class KeepLastCommits extends IndexDeletionPolicy {

	private final int n;

	KeepLastCommits(final int n) {
		this.n = n;
	}

	@Override
	public void onInit(final List<? extends IndexCommit> commits) {
		onCommit(commits);
	}

	@Override
	public void onCommit(final List<? extends IndexCommit> commits) {
		for (int i = 0; i < commits.size() - n; i++) commits.get(i).delete();
	}
}
