package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.evidence.EvidenceStore;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ClaimStoreFormatException;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;

/**
 * Makes the claims follow their article: a rename or move takes them along (also across
 * projects), a deletion deletes them but remembers them, and an undo of the deletion brings them
 * back. Each step holds the articles' {@link ArticleClaimsRule}s, so it never interleaves with a
 * tagging or review of the same article. Called by {@link FollowArticlesJob}, in the order the
 * changes happened.
 */
final class ArticleFollower {

	private final ClaimsWorkspace claims;
	private final ProjectStores stores;
	private final DeletedArticles deleted = new DeletedArticles();

	ArticleFollower(ClaimsWorkspace claims, ProjectStores stores) {
		this.claims = claims;
		this.stores = stores;
	}

	void move(IFile from, IFile to, IProgressMonitor monitor) {
		ISchedulingRule rule = ArticleClaimsRule.of(from, to);
		Job.getJobManager().beginRule(rule, monitor);
		try {
			Optional<ClaimStore> source = stores.of(from.getProject());
			Optional<ClaimStore> target = stores.of(to.getProject());
			String fromPath = ArticleFiles.storePath(from);
			String toPath = ArticleFiles.storePath(to);
			if (source.isEmpty() || target.isEmpty()) {
				return;
			}
			moveEvidence(source.get(), fromPath, target.get(), toPath);
			if (!Files.exists(source.get().fileOf(fromPath))) {
				return;
			}
			if (source.get().projectRoot().equals(target.get().projectRoot())) {
				source.get().move(fromPath, toPath);
			} else {
				moveAcross(source.get(), fromPath, target.get(), toPath);
			}
			claims.wrote(source.get().fileOf(fromPath), target.get().fileOf(toPath));
			claims.changed(Set.of(from, to));
		} catch (FileAlreadyExistsException e) {
			StoreProblemMarkers.report(to, StoreProblemMarkers.NOT_MOVED, IMarker.SEVERITY_WARNING,
					NLS.bind(Messages.Claims_notMoved, from.getFullPath(), ClaimsWorkspace.storeFileName(to)));
		} catch (IOException e) {
			ClaimTaggerResources.log("Cannot move the claims of " + from.getFullPath() + " to " + to.getFullPath(), e);
		} finally {
			Job.getJobManager().endRule(rule);
		}
	}

	/**
	 * The user's corrected sentences of the article (training evidence) follow it too. They are
	 * kept when the article is deleted: what the user taught stays true of those sentences.
	 */
	private static void moveEvidence(ClaimStore source, String fromPath, ClaimStore target, String toPath) {
		try {
			EvidenceStore from = new EvidenceStore(source.projectRoot());
			if (source.projectRoot().equals(target.projectRoot())) {
				from.move(fromPath, toPath);
			} else {
				from.moveTo(fromPath, new EvidenceStore(target.projectRoot()), toPath);
			}
		} catch (IOException | RuntimeException e) {
			ClaimTaggerResources.log("Cannot move the training evidence of " + fromPath + " to " + toPath, e);
		}
	}

	/** As {@link ClaimStore#move}, between two projects' stores: write the copy, then delete. */
	private static void moveAcross(ClaimStore source, String fromPath, ClaimStore target, String toPath)
			throws IOException {
		Path targetFile = target.fileOf(toPath);
		if (Files.exists(targetFile)) {
			throw new FileAlreadyExistsException(targetFile.toString());
		}
		try {
			target.save(source.load(fromPath).movedTo(toPath));
		} catch (ClaimStoreFormatException e) {
			// Unreadable: moved as it is, so it still follows its article.
			Files.createDirectories(targetFile.getParent());
			Files.copy(source.fileOf(fromPath), targetFile);
		}
		source.delete(fromPath);
	}

	/**
	 * Deletes the claims of a deleted article, remembering them so that undoing the deletion
	 * ({@link #restore}) brings them back. An unreadable file is quarantined instead: its bytes may
	 * be all that is left of the review.
	 */
	void delete(IFile article, IProgressMonitor monitor) {
		ISchedulingRule rule = ArticleClaimsRule.of(article);
		Job.getJobManager().beginRule(rule, monitor);
		try {
			Optional<ClaimStore> store = stores.of(article.getProject());
			String path = ArticleFiles.storePath(article);
			if (store.isEmpty() || !Files.exists(store.get().fileOf(path)) || article.exists()) {
				return;
			}
			try {
				deleted.remember(article.getFullPath(), store.get().load(path));
				store.get().delete(path);
				claims.wrote(store.get().fileOf(path));
			} catch (ClaimStoreFormatException e) {
				claims.wrote(store.get().fileOf(path), store.get().quarantine(path));
			}
			claims.changed(Set.of(article));
		} catch (IOException e) {
			ClaimTaggerResources.log("Cannot delete the claims of " + article.getFullPath(), e);
		} finally {
			Job.getJobManager().endRule(rule);
		}
	}

	/** Brings back the claims of an article deleted earlier in this session, if it has none now. */
	void restore(IFile article, IProgressMonitor monitor) {
		ArticleClaims remembered = deleted.takeBack(article.getFullPath());
		if (remembered == null) {
			return;
		}
		ISchedulingRule rule = ArticleClaimsRule.of(article);
		Job.getJobManager().beginRule(rule, monitor);
		try {
			Optional<ClaimStore> store = stores.of(article.getProject());
			String path = ArticleFiles.storePath(article);
			if (store.isEmpty() || Files.exists(store.get().fileOf(path)) || !article.exists()) {
				return;
			}
			store.get().save(remembered.movedTo(path));
			claims.wrote(store.get().fileOf(path));
			claims.changed(Set.of(article));
		} catch (IOException e) {
			ClaimTaggerResources.log("Cannot restore the claims of " + article.getFullPath(), e);
		} finally {
			Job.getJobManager().endRule(rule);
		}
	}
}
