package io.claimtagger.ui.editor;

import java.util.Set;

import org.eclipse.core.resources.IFile;

import io.claimtagger.resources.claims.ClaimsListener;
import io.claimtagger.ui.corrections.ArticlePaths;

/**
 * Repaints the claims of open editors whose article's review changed, so accepting a claim in the
 * Claims view turns its underline green at once.
 */
public final class ReviewStatusRepainter implements ClaimsListener {

	@Override
	public void claimsChanged(Set<IFile> articles) {
		for (TaggingSession session : TaggingSessions.all()) {
			IFile file = ArticlePaths.fileOf(session.document());
			if (file != null && articles.contains(file)) {
				session.invalidate(); // a flag and a job: never waits for a tagging run
			}
		}
	}
}
