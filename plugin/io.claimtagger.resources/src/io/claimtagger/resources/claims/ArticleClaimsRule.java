package io.claimtagger.resources.claims;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;

/**
 * The right to change one article's claims. Tagging, review, import and the following of renames
 * take it around each read-modify-write, so a rename can never slip between a tagging's read and
 * its save (which would leave claims under the old name), and two jobs never tag the same article
 * at once. Not a resource rule on purpose: holding it does not stop anyone editing or saving
 * files, so a long batch job never blocks the workspace.
 */
public final class ArticleClaimsRule implements ISchedulingRule {

	private final IPath article;

	private ArticleClaimsRule(IPath article) {
		this.article = article;
	}

	public static ISchedulingRule of(IFile article) {
		return new ArticleClaimsRule(article.getFullPath());
	}

	/** Both articles' rules, for a move. */
	public static ISchedulingRule of(IFile from, IFile to) {
		return MultiRule.combine(of(from), of(to));
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return isConflicting(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule == this || rule instanceof ArticleClaimsRule other && other.article.equals(article);
	}

	@Override
	public String toString() {
		return "ArticleClaimsRule[" + article + "]";
	}
}
