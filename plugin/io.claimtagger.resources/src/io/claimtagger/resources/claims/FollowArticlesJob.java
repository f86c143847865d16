package io.claimtagger.resources.claims;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.resources.Messages;

/**
 * Applies renames, moves, deletions and re-creations of articles to their claims, one at a time
 * and in the order they happened (a rename a -> b then b -> c must not run backwards). Each change
 * takes the articles' {@link ArticleClaimsRule}s, so it never interleaves with a tagging or review
 * of the same article.
 */
final class FollowArticlesJob extends Job {

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

	private final ClaimsWorkspace claims;
	private final Deque<Change> queue = new ArrayDeque<>();

	FollowArticlesJob(ClaimsWorkspace claims) {
		super(Messages.FollowArticlesJob_name);
		this.claims = claims;
		setSystem(true);
	}

	void add(Collection<? extends Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		synchronized (queue) {
			queue.addAll(changes);
		}
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		while (true) {
			Change change;
			synchronized (queue) {
				change = queue.poll();
			}
			if (change == null) {
				return Status.OK_STATUS;
			}
			// Not cancellable: a half-followed rename would leave claims behind.
			switch (change) {
			case Moved m -> claims.move(m.from(), m.to(), null);
			case Deleted d -> claims.delete(d.article(), null);
			case Added a -> claims.restore(a.article(), null);
			}
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ClaimsWorkspace.FAMILY;
	}
}
