package io.claimtagger.resources.contradictions;

import org.eclipse.core.resources.IFile;

import io.claimtagger.core.contradiction.Finding;
import io.claimtagger.core.contradiction.FindingDecisions;

/**
 * A finding as the Contradictions view shows it: both articles as workspace files, and the
 * analyst's decision (null: open).
 */
public record FindingRow(Finding finding, IFile first, IFile second, FindingDecisions.Decision decision) {
}
