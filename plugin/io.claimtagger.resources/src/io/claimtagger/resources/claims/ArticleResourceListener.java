package io.claimtagger.resources.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.resources.ClaimTaggerResources;

/**
 * Keeps the claims with their articles as the workspace changes: a renamed or moved article takes
 * its claims along, a deleted one deletes them (undoably, see {@link ArticleFollower#delete}), a
 * saved or otherwise changed one is re-tagged when it has claims, and a claims file changed on
 * disk (git) is re-read. Only reads the delta here, where the workspace is locked; the work is
 * done by jobs, in the order the changes happened.
 * <p>
 * Edits made while Eclipse was closed need nothing here: the next tagging re-anchors the stored
 * claims to whatever the text is then.
 */
final class ArticleResourceListener implements IResourceChangeListener {

	private final ClaimsWorkspace claims;
	private final FollowArticlesJob follow;
	private final RetagChangedArticlesJob retag;

	ArticleResourceListener(ClaimsWorkspace claims, ArticleFollower follower) {
		this.claims = claims;
		this.follow = new FollowArticlesJob(follower);
		this.retag = new RetagChangedArticlesJob();
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta root = event.getDelta();
		if (root == null) {
			return;
		}
		List<FollowArticlesJob.Change> changes = new ArrayList<>();
		Set<IFile> edited = new LinkedHashSet<>();
		Set<IFile> storeFilesChanged = new LinkedHashSet<>();
		try {
			root.accept(delta -> visit(delta, changes, edited, storeFilesChanged));
		} catch (CoreException e) {
			ClaimTaggerResources.log("Cannot follow a workspace change", e);
		}
		follow.add(changes);
		retag.add(edited);
		claims.storeFilesChanged(storeFilesChanged);
	}

	private boolean visit(IResourceDelta delta, List<FollowArticlesJob.Change> changes, Set<IFile> edited,
			Set<IFile> storeFilesChanged) {
		IResource resource = delta.getResource();
		if (resource instanceof IProject) {
			// A project that was created, deleted, renamed, opened or closed carries its .claims
			// folder with it: nothing inside needs following.
			return delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.OPEN) == 0
					&& resource.isAccessible();
		}
		if (ArticleFiles.isInStore(resource)) {
			if (resource instanceof IFile storeFile) {
				IFile article = articleOf(storeFile);
				if (article != null) {
					storeFilesChanged.add(article);
				}
			}
			return true;
		}
		if (!(resource instanceof IFile file) || !ArticleFiles.hasArticleExtension(file)) {
			return true;
		}
		int flags = delta.getFlags();
		switch (delta.getKind()) {
		case IResourceDelta.REMOVED -> {
			if ((flags & IResourceDelta.MOVED_TO) != 0) {
				IPath to = delta.getMovedToPath();
				changes.add(new FollowArticlesJob.Moved(file, file.getWorkspace().getRoot().getFile(to)));
			} else {
				changes.add(new FollowArticlesJob.Deleted(file));
			}
		}
		case IResourceDelta.ADDED -> {
			if ((flags & IResourceDelta.MOVED_FROM) == 0) {
				changes.add(new FollowArticlesJob.Added(file));
			}
		}
		case IResourceDelta.CHANGED -> {
			if ((flags & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
				claims.articleChanged(file);
				edited.add(file);
			}
		}
		default -> {
			// Phantoms are not articles.
		}
		}
		return true;
	}

	/** {@code .claims/a/b.txt.claims.json} belongs to {@code a/b.txt}; other files in the folder to none. */
	static IFile articleOf(IFile storeFile) {
		IPath relative = storeFile.getProjectRelativePath().removeFirstSegments(1);
		String name = relative.lastSegment();
		if (name == null || !name.endsWith(ClaimStore.SUFFIX) || name.length() == ClaimStore.SUFFIX.length()) {
			return null;
		}
		String article = name.substring(0, name.length() - ClaimStore.SUFFIX.length());
		return storeFile.getProject().getFile(relative.removeLastSegments(1).append(article));
	}
}
