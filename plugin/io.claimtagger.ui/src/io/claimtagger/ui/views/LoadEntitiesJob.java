package io.claimtagger.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.mentions.EntityGroup;
import io.claimtagger.core.mentions.EntityGroups;
import io.claimtagger.core.mentions.EntityMention;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.claims.ArticleFiles;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;

/**
 * Finds the vendors and products of every article in the Vendors &amp; Products view's scope,
 * tagging only articles not in its cache, and groups them ({@link EntityGroups}). Keeps its
 * pipeline between runs: its sentence cache makes re-tagging an edited article cheap. The job
 * lives as long as its view, and so do the cache and the pipeline.
 */
final class LoadEntitiesJob extends ScopeLoadJob<LoadEntitiesJob.Result> {

	private final ArticleEntitiesCache cache = new ArticleEntitiesCache();
	private TaggingPipeline pipeline;

	/** What a run found: the groups, and how many articles they come from. */
	record Result(List<EntityGroup<IFile>> groups, int articles) {
		static final Result NONE = new Result(List.of(), 0);
	}

	LoadEntitiesJob() {
		super(Messages.LoadEntitiesJob_name);
		setPriority(LONG);
	}

	@Override
	protected Result read(List<IResource> scope, IProgressMonitor monitor) throws CoreException, InterruptedException {
		List<IFile> articles = ArticleFiles.collect(scope);
		SubMonitor progress = SubMonitor.convert(monitor, Messages.LoadEntitiesJob_name, articles.size() + 1);
		List<EntityMention<IFile>> mentions = new ArrayList<>();
		for (IFile article : articles) {
			SubMonitor one = progress.split(1);
			UserCorrections corrections = UserCorrectionsStore.get().forArticle(article.getFullPath().toString());
			ArticleEntitiesCache.ArticleEntities found = cache.cached(article, corrections);
			if (found == null) {
				if (pipeline == null) {
					pipeline = TaggingEngine.get().newPipeline(one);
				}
				try {
					found = cache.tag(article, pipeline, corrections);
				} catch (CoreException | IOException e) {
					if (article.exists()) { // else deleted while this job ran: nothing to show, nothing wrong
						ClaimTaggerPlugin.log("Cannot tag " + article.getFullPath(), e);
					}
					continue;
				}
			}
			mentions.addAll(EntityGroups.mentionsIn(article, found.entities(), found.lines()));
		}
		return new Result(EntityGroups.of(mentions), articles.size());
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TAGGING;
	}
}
