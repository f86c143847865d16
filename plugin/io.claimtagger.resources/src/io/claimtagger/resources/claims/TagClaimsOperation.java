package io.claimtagger.resources.claims;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.store.ClaimReconciler;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.corrections.UserCorrectionsStore;

/**
 * Tags articles and brings their stored claims up to date ({@link ClaimReconciler}: review work is
 * kept, claims follow their edited sentences). Headless, like EGit's operations: the caller picks
 * the thread, {@link TagClaimsJob} is the usual one.
 * <p>
 * Each article is read, tagged and saved on its own, its save atomic under its
 * {@link ArticleClaimsRule}; cancelling stops between articles, so every article is either fully
 * updated or untouched. An article that cannot be read is reported and skipped.
 */
public final class TagClaimsOperation implements ClaimsOperation {

	private final List<IResource> roots;
	private final boolean onlyTagged;
	private int tagged;

	/**
	 * @param roots      the articles to tag, or files, folders and projects holding them
	 * @param onlyTagged skip articles that have no claims file yet (re-tagging after a save must
	 *                   not start a store for every text file someone edits)
	 */
	public TagClaimsOperation(Collection<? extends IResource> roots, boolean onlyTagged) {
		this.roots = List.copyOf(roots);
		this.onlyTagged = onlyTagged;
	}

	/** None for the whole run: each article's rule is held only while its claims are saved. */
	@Override
	public ISchedulingRule getSchedulingRule() {
		return null;
	}

	/**
	 * @return OK, or a status listing the articles that could not be tagged
	 * @throws OperationCanceledException when cancelled; the articles done so far are saved
	 */
	@Override
	public IStatus execute(IProgressMonitor monitor) throws InterruptedException {
		List<IFile> articles;
		try {
			articles = ArticleFiles.collect(roots);
		} catch (CoreException e) {
			return e.getStatus();
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.TagClaimsJob_name, 1 + articles.size() * 10);
		ClaimsWorkspace claims = ClaimsWorkspace.get();
		MultiStatus problems = new MultiStatus(ClaimTaggerResources.ID, 0, Messages.TagClaimsOperation_problems, null);
		TaggingPipeline pipeline = null;
		progress.worked(1);
		ClaimReconciler reconciler = new ClaimReconciler(claims.clock());
		for (IFile article : articles) {
			SubMonitor one = progress.split(10);
			if (!article.exists() || onlyTagged && !claims.hasClaims(article)) {
				continue;
			}
			one.setTaskName(NLS.bind(Messages.TagClaimsOperation_article, article.getFullPath()));
			if (pipeline == null) {
				// Waits for the models only when there is something to tag.
				pipeline = TaggingEngine.get().newPipeline(one);
			}
			try {
				String text = ArticleFiles.read(article);
				// The user's corrections, this article's own included, as the editor applies them.
				pipeline.setCorrections(UserCorrectionsStore.get().forArticle(article.getFullPath().toString()));
				TaggedDocument result = pipeline.tag(text);
				// The last moment to stop without leaving anything half done.
				one.checkCanceled();
				claims.update(article, stored -> reconciler.reconcile(stored, text, result.claims()), one);
				tagged++;
			} catch (OperationCanceledException e) {
				throw e;
			} catch (CoreException | IOException | RuntimeException e) {
				// One unreadable or odd article must not stop the batch.
				problems.add(new Status(IStatus.ERROR, ClaimTaggerResources.ID,
						NLS.bind(Messages.TagClaimsOperation_failed, article.getFullPath(), e.getMessage()), e));
			}
		}
		// Teams version the claims with git: offer the merge driver where it is missing.
		articles.stream().map(IFile::getProject).distinct().forEach(MergeDriverAdvice::check);
		return problems.isOK() ? Status.OK_STATUS : problems;
	}

	/** How many articles were tagged and saved. */
	public int tagged() {
		return tagged;
	}
}
