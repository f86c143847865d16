package io.claimtagger.resources.claims;

import org.eclipse.core.resources.IFile;

import io.claimtagger.core.store.ClaimRecord;

/**
 * One stored claim as the views show it: the workspace file of its article, and the line of its
 * sentence in the article's current text.
 *
 * @param line 1-based; 0 when the article cannot be read (deleted outside Eclipse, unreadable)
 */
public record ClaimRow(IFile article, ClaimRecord record, int line) {

	/** What a review decision on this row changes. */
	public ClaimRef ref() {
		return new ClaimRef(article, record.id());
	}
}
