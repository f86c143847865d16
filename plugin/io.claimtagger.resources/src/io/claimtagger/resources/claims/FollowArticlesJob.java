package io.claimtagger.resources.claims;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.BatchingJob;
import io.claimtagger.resources.jobs.JobFamilies;

/**
 * Applies renames, moves, deletions and re-creations of articles to their claims, one at a time
 * and in the order they happened (a rename a -> b then b -> c must not run backwards). Each change
 * takes the articles' {@link ArticleClaimsRule}s, so it never interleaves with a tagging or review
 * of the same article.
 */
final class FollowArticlesJob extends BatchingJob<FollowArticlesJob.Change> {

	/** An article change the claims must follow. */
	sealed interface Change {
	}

	record Moved(IFile from, IFile to) implements Change {
	}

	record Deleted(IFile article) implements Change {
	}

	/** Created, or re-created by an undo of its deletion. */
	record Added(IFile article) implements Change {
	}

	private final ArticleFollower claims;

	FollowArticlesJob(ArticleFollower claims) {
		// A list, not a set: a -> b, b -> a, a -> b are three moves.
		super(Messages.FollowArticlesJob_name, 0, JobFamilies.CLAIMS, ArrayList::new);
		this.claims = claims;
	}

	@Override
	protected IStatus run(List<Change> changes, IProgressMonitor monitor) {
		for (Change change : changes) {
			// Not cancellable: a half-followed rename would leave claims behind.
			switch (change) {
			case Moved m -> claims.move(m.from(), m.to(), null);
			case Deleted d -> claims.delete(d.article(), null);
			case Added a -> claims.restore(a.article(), null);
			}
		}
		return Status.OK_STATUS;
	}
}
