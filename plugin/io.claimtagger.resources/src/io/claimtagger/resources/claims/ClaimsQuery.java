package io.claimtagger.resources.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.text.LineIndex;

/**
 * The stored claims within a selection: an article, a folder, projects, or the workspace root for
 * every open project. Reads the stores (and the articles, for line numbers), so it runs in jobs.
 */
public final class ClaimsQuery {

	private ClaimsQuery() {
	}

	/** Every article within the scope that has a claims file, with its claims. */
	public static List<ArticleClaimsOf> articles(Collection<? extends IResource> scope, IProgressMonitor monitor) {
		ClaimsWorkspace claims = ClaimsWorkspace.get();
		List<IFile> files = new ArrayList<>();
		for (IProject project : ArticleFiles.projectsOf(scope)) {
			for (IFile article : claims.articlesWithClaims(project)) {
				if (within(article, scope)) {
					files.add(article);
				}
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		List<ArticleClaimsOf> result = new ArrayList<>(files.size());
		for (IFile article : files) {
			progress.split(1);
			result.add(new ArticleClaimsOf(article, claims.load(article)));
		}
		return result;
	}

	/** The claims within the scope as rows, in article then text order. */
	public static List<ClaimRow> rows(Collection<? extends IResource> scope, IProgressMonitor monitor) {
		ClaimsWorkspace claims = ClaimsWorkspace.get();
		List<ClaimRow> rows = new ArrayList<>();
		for (ArticleClaimsOf a : articles(scope, monitor)) {
			LineIndex lines = a.claims.isEmpty() ? null : claims.lines(a.article);
			for (ClaimRecord r : a.claims.claims()) {
				rows.add(new ClaimRow(a.article, r, lines == null ? 0 : lines.lineOf(r.span().start())));
			}
		}
		return rows;
	}

	/** Whether the article lies in or under one of the scope's resources. */
	public static boolean within(IFile article, Collection<? extends IResource> scope) {
		for (IResource root : scope) {
			if (root.getType() == IResource.ROOT || root.getFullPath().isPrefixOf(article.getFullPath())) {
				return true;
			}
		}
		return false;
	}

	/** An article's file and its stored claims. */
	public record ArticleClaimsOf(IFile article, ArticleClaims claims) {
	}
}
