package io.claimtagger.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.claims.ArticleFiles;
import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;

/**
 * Finds the vendors and products of every article in the Vendors &amp; Products view's scope,
 * tagging only articles not in the cache, and groups them by canonical name, most mentioned
 * first. Keeps its pipeline between runs: its sentence cache makes re-tagging an edited article
 * cheap.
 */
final class LoadEntitiesJob extends Job {

	private final ArticleEntitiesCache cache;
	private final BiConsumer<List<IResource>, Result> loaded;
	private volatile List<IResource> scope = List.of();
	private TaggingPipeline pipeline;

	/** What a run found: the groups, and how many articles they come from. */
	record Result(List<EntityGroup> groups, int articles) {
	}

	LoadEntitiesJob(ArticleEntitiesCache cache, BiConsumer<List<IResource>, Result> loaded) {
		super(Messages.LoadEntitiesJob_name);
		this.cache = cache;
		this.loaded = loaded;
		setPriority(LONG);
	}

	void setScope(List<IResource> scope) {
		this.scope = List.copyOf(scope);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<IResource> current = scope;
		try {
			List<IFile> articles = ArticleFiles.collect(current);
			SubMonitor progress = SubMonitor.convert(monitor, Messages.LoadEntitiesJob_name, articles.size() + 1);
			Map<String, List<EntityMention>> byName = new LinkedHashMap<>();
			Map<String, EntityType> types = new LinkedHashMap<>();
			for (IFile article : articles) {
				SubMonitor one = progress.split(1);
				ArticleEntitiesCache.ArticleEntities found = cache.cached(article);
				if (found == null) {
					if (pipeline == null) {
						pipeline = TaggingEngine.get().newPipeline(one);
					}
					try {
						found = cache.tag(article, pipeline);
					} catch (CoreException | IOException e) {
						ClaimTaggerPlugin.log("Cannot tag " + article.getFullPath(), e);
						continue;
					}
				}
				for (Entity e : found.entities()) {
					String key = e.type().id() + '\n' + e.canonical();
					types.putIfAbsent(key, e.type());
					byName.computeIfAbsent(key, k -> new ArrayList<>())
							.add(new EntityMention(article, e, found.lines().lineOf(e.start())));
				}
			}
			List<EntityGroup> groups = new ArrayList<>();
			byName.forEach((key, mentions) -> groups
					.add(new EntityGroup(key.substring(key.indexOf('\n') + 1), types.get(key), mentions)));
			groups.sort(Comparator.comparingInt((EntityGroup g) -> -g.mentions().size())
					.thenComparing(EntityGroup::canonical, String.CASE_INSENSITIVE_ORDER));
			loaded.accept(current, new Result(groups, articles.size()));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TAGGING;
	}
}
