package io.claimtagger.resources.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IPath;

import io.claimtagger.core.store.ArticleClaims;

/**
 * The claims of articles deleted in this session, kept in memory for a while so that an undo of
 * the deletion brings them back with the article. Bounded: the oldest are forgotten first.
 */
final class DeletedArticles {

	private static final int REMEMBERED = 200;

	private final Map<IPath, ArticleClaims> remembered = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<IPath, ArticleClaims> eldest) {
			return size() > REMEMBERED;
		}
	};

	synchronized void remember(IPath article, ArticleClaims claims) {
		remembered.put(article, claims);
	}

	/** The claims remembered for {@code article}, forgotten now; null when there are none. */
	synchronized ArticleClaims takeBack(IPath article) {
		return remembered.remove(article);
	}
}
