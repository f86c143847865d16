package io.claimtagger.ui.views;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.text.LineIndex;
import io.claimtagger.resources.claims.ArticleFiles;

/**
 * The vendors and products of each article, tagged once per version of the file while the
 * Vendors &amp; Products view is open (entities are not stored: they are cheap to find again and
 * would only go stale). Dropped with the view's job.
 */
final class ArticleEntitiesCache {

	/** An article's entities as of one modification stamp and one set of the user's corrections. */
	record ArticleEntities(long stamp, UserCorrections corrections, List<Entity> entities, LineIndex lines) {
	}

	private final Map<IFile, ArticleEntities> entries = new ConcurrentHashMap<>();

	/** The cached entities, or null when the file or the corrections that apply to it changed since. */
	ArticleEntities cached(IFile article, UserCorrections corrections) {
		ArticleEntities e = entries.get(article);
		return e != null && e.stamp == article.getModificationStamp() && e.corrections.equals(corrections) ? e : null;
	}

	/** Tags the article with {@code corrections} applied, as the editor would. */
	ArticleEntities tag(IFile article, TaggingPipeline pipeline, UserCorrections corrections)
			throws CoreException, IOException {
		long stamp = article.getModificationStamp();
		String text = ArticleFiles.read(article);
		pipeline.setCorrections(corrections);
		ArticleEntities e = new ArticleEntities(stamp, corrections, pipeline.tag(text).entities(), LineIndex.of(text));
		entries.put(article, e);
		return e;
	}
}
