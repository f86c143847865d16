package io.claimtagger.ui.editor;

import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.resources.claims.ClaimsListener;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.corrections.ArticlePaths;

/**
 * Repaints the claims of open editors whose article's review changed, so accepting a claim in the
 * Claims view turns its underline green at once.
 */
public final class ReviewStatusRepainter implements ClaimsListener {

	@Override
	public void claimsChanged(Set<IFile> articles) {
		for (TaggingReconcilingStrategy strategy : TaggingSessions.all()) {
			IFile file = ArticlePaths.fileOf(strategy.document());
			if (file != null && articles.contains(file)) {
				// In a job: the strategy's lock may be held by a long tagging run.
				Job.createSystem(Messages.RetagJob_name, monitor -> {
					strategy.invalidate();
					strategy.retag();
				}).schedule();
			}
		}
	}
}
