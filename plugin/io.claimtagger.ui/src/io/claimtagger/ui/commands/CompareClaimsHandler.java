package io.claimtagger.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.claimtagger.resources.claims.ArticleFiles;
import io.claimtagger.resources.compare.CompareClaimsJob;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.views.ClaimDiffView;
import io.claimtagger.ui.views.SelectedResources;

/**
 * Compare Claims With > Local History / Previous Revision / Another Article...: the selected
 * article's claims against the other text's, in the Claim Diff view.
 */
public class CompareClaimsHandler extends AbstractHandler {

	public static final String LOCAL_HISTORY = "io.claimtagger.ui.compareClaims.localHistory";
	public static final String PREVIOUS_REVISION = "io.claimtagger.ui.compareClaims.previousRevision";
	public static final String ARTICLE = "io.claimtagger.ui.compareClaims.article";

	@Override
	public Object execute(ExecutionEvent event) {
		List<IFile> articles = SelectedResources.of(event).stream().filter(IFile.class::isInstance).map(IFile.class::cast)
				.filter(ArticleFiles::isArticle).toList();
		if (articles.isEmpty()) {
			return null;
		}
		IFile article = articles.get(0);
		CompareClaimsJob.Other other = switch (event.getCommand().getId()) {
		case LOCAL_HISTORY -> new CompareClaimsJob.LocalHistory(article);
		case PREVIOUS_REVISION -> new CompareClaimsJob.PreviousRevision(article);
		default -> articles.size() > 1 ? new CompareClaimsJob.Article(articles.get(1)) : pick(event, article);
		};
		if (other == null) {
			return null;
		}
		new CompareClaimsJob(article, other).schedule();
		try {
			HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().showView(ClaimDiffView.ID);
		} catch (PartInitException e) {
			ClaimTaggerPlugin.log("Cannot show the Claim Diff view", e);
		}
		return null;
	}

	/** Another article of the same project, chosen in a filtered list; null when cancelled. */
	private static CompareClaimsJob.Other pick(ExecutionEvent event, IFile article) {
		List<IFile> candidates;
		try {
			candidates = ArticleFiles.collect(List.of((IResource) article.getProject())).stream().filter(f -> !f.equals(article)).toList();
		} catch (CoreException e) {
			ClaimTaggerPlugin.log("Cannot list the articles of " + article.getProject().getName(), e);
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(HandlerUtil.getActiveShell(event), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IFile) element).getProjectRelativePath().toString();
			}
		});
		dialog.setTitle(Messages.CompareClaims_pickTitle);
		dialog.setMessage(Messages.CompareClaims_pickMessage);
		dialog.setElements(candidates.toArray());
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile other ? new CompareClaimsJob.Article(other) : null;
	}
}
