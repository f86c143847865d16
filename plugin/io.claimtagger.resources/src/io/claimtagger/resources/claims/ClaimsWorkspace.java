package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ClaimStoreFormatException;
import io.claimtagger.core.store.ConflictRecovery;
import io.claimtagger.core.text.LineIndex;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.JobFamilies;

/**
 * The claims of the workspace: one core {@link ClaimStore} per project (its files under
 * {@code <project>/.claims/}), adapted to resources, scheduling rules, markers and listeners.
 * <p>
 * Everything here does file I/O and may wait for a rule: call it from jobs, never from the UI
 * thread. Changes go through {@link #update}, which holds the article's {@link ArticleClaimsRule}
 * across load, change and save, quarantines a file that cannot be read (so the change still
 * applies and nothing is lost) and tells the listeners. A file that cannot be read when merely
 * loaded is reported by a marker and shows no claims; the other articles are not affected.
 * <p>
 * Started with the resources bundle ({@link #start}), which also starts following renames,
 * deletions and saves of articles ({@link ArticleResourceListener}, {@link ArticleFollower}). The
 * store's own writes come back from the workspace refresh as resource changes; {@link OwnWrites}
 * tells them from outside changes, so listeners hear of each change once.
 */
public final class ClaimsWorkspace {

	private static ClaimsWorkspace instance;

	private final IWorkspace workspace;
	private final Clock clock = Clock.systemUTC();
	private final ProjectStores stores = new ProjectStores(clock);
	private final ConcurrentMap<IFile, ArticleClaims> cache = new ConcurrentHashMap<>();
	private final ArticleLines lines = new ArticleLines();
	private final OwnWrites ownWrites = new OwnWrites();
	private final ListenerList<ClaimsListener> listeners = new ListenerList<>();
	private final ArticleFollower follower = new ArticleFollower(this, stores);
	private final ArticleResourceListener resourceListener;
	private final ClaimsFolderRefreshJob refreshJob = new ClaimsFolderRefreshJob();

	private ClaimsWorkspace(IWorkspace workspace) {
		this.workspace = workspace;
		this.resourceListener = new ArticleResourceListener(this, follower);
	}

	/** Starts the service and the following of article changes; called by the bundle activator. */
	public static synchronized void start() {
		if (instance == null) {
			instance = new ClaimsWorkspace(ResourcesPlugin.getWorkspace());
			instance.workspace.addResourceChangeListener(instance.resourceListener, IResourceChangeEvent.POST_CHANGE);
		}
	}

	/** Stops following changes and cancels what is pending; the stores stay as saved. */
	public static synchronized void stop() {
		if (instance != null) {
			instance.workspace.removeResourceChangeListener(instance.resourceListener);
			Job.getJobManager().cancel(JobFamilies.CLAIMS);
			instance = null;
		}
	}

	public static synchronized ClaimsWorkspace get() {
		if (instance == null) {
			start();
		}
		return instance;
	}

	public Clock clock() {
		return clock;
	}

	public void addListener(ClaimsListener listener) {
		listeners.add(listener);
	}

	public void removeListener(ClaimsListener listener) {
		listeners.remove(listener);
	}

	/** The project's store; empty for a closed project or one not on the local file system. */
	public Optional<ClaimStore> storeOf(IProject project) {
		return stores.of(project);
	}

	/** Whether the article has a claims file, i.e. has been tagged. */
	public boolean hasClaims(IFile article) {
		return stores.fileOf(article).map(Files::exists).orElse(false);
	}

	/** Every article of the project that has a claims file, whether or not the article still exists. */
	public List<IFile> articlesWithClaims(IProject project) {
		try {
			return stores.articlesWithClaims(project);
		} catch (IOException e) {
			ClaimTaggerResources.log("Cannot list the claims of " + project.getName(), e);
			return List.of();
		}
	}

	/**
	 * The article's stored claims, from memory when nothing changed since. A file that cannot be
	 * read gives a marker and no claims; it is left as it is until a change needs it.
	 */
	public ArticleClaims load(IFile article) {
		ArticleClaims cached = cache.get(article);
		if (cached != null) {
			return cached;
		}
		String path = ArticleFiles.storePath(article);
		Optional<ClaimStore> store = stores.of(article.getProject());
		if (store.isEmpty()) {
			return ArticleClaims.empty(path);
		}
		try {
			ArticleClaims claims = store.get().load(path);
			cache.put(article, claims);
			StoreProblemMarkers.clearUnreadable(markerTarget(article));
			return claims;
		} catch (ClaimStoreFormatException e) {
			StoreProblemMarkers.report(markerTarget(article), StoreProblemMarkers.UNREADABLE, IMarker.SEVERITY_ERROR,
					NLS.bind(Messages.Claims_unreadable, storeFileName(article), e.problem()));
			return ArticleClaims.empty(path);
		} catch (IllegalArgumentException e) {
			// A link in .claims that leads out of the project: never followed (ClaimStore.fileOf).
			StoreProblemMarkers.report(markerTarget(article), StoreProblemMarkers.UNREADABLE, IMarker.SEVERITY_ERROR,
					NLS.bind(Messages.Claims_outsideProject, storeFileName(article), e.getMessage()));
			return ArticleClaims.empty(path);
		} catch (IOException e) {
			ClaimTaggerResources.log("Cannot read the claims of " + article.getFullPath(), e);
			return ArticleClaims.empty(path);
		}
	}

	/**
	 * Loads, changes and saves the article's claims while holding its {@link ArticleClaimsRule}.
	 * A claims file that cannot be read is quarantined first (renamed to a dated backup, reported
	 * by a marker), so the change starts from no claims and nothing is lost.
	 *
	 * @return the claims as saved; empty when the article no longer exists (it was deleted or
	 *         renamed meanwhile; its claims were or will be followed)
	 */
	public Optional<ArticleClaims> update(IFile article, UnaryOperator<ArticleClaims> change, IProgressMonitor monitor)
			throws IOException {
		ISchedulingRule rule = ArticleClaimsRule.of(article);
		Job.getJobManager().beginRule(rule, monitor);
		try {
			Optional<ClaimStore> store = stores.of(article.getProject());
			if (!article.exists() || store.isEmpty()) {
				return Optional.empty();
			}
			String path = ArticleFiles.storePath(article);
			ArticleClaims[] before = new ArticleClaims[1];
			UnaryOperator<ArticleClaims> recording = claims -> {
				before[0] = claims;
				return change.apply(claims);
			};
			ArticleClaims after;
			Path file;
			try {
				file = store.get().fileOf(path); // checked before anything is read or written
			} catch (IllegalArgumentException e) {
				StoreProblemMarkers.report(article, StoreProblemMarkers.UNREADABLE, IMarker.SEVERITY_ERROR,
						NLS.bind(Messages.Claims_outsideProject, storeFileName(article), e.getMessage()));
				throw new IOException(e.getMessage(), e);
			}
			try {
				after = store.get().update(path, recording);
			} catch (ClaimStoreFormatException e) {
				Path backup = store.get().quarantine(path);
				wrote(backup);
				StoreProblemMarkers.clearUnreadable(article);
				// A line merge's conflict: both sides' decisions are merged back rather than lost.
				Optional<ConflictRecovery.Result> recovered = recoverConflict(backup);
				if (recovered.isPresent()) {
					ArticleClaims start = recovered.get().claims().movedTo(path);
					StoreProblemMarkers.report(article, StoreProblemMarkers.QUARANTINED, IMarker.SEVERITY_WARNING,
							NLS.bind(Messages.Claims_conflictRecovered, new Object[] { storeFileName(article),
									start.claims().size(), backup.getFileName(),
									recovered.get().lost().isEmpty() ? "" : String.join("; ", recovered.get().lost()) }));
					after = store.get().update(path, claims -> recording.apply(start));
				} else {
					StoreProblemMarkers.report(article, StoreProblemMarkers.QUARANTINED, IMarker.SEVERITY_WARNING,
							NLS.bind(Messages.Claims_quarantined, new Object[] { storeFileName(article), e.problem(),
									backup.getFileName() }));
					after = store.get().update(path, recording);
				}
			}
			wrote(file);
			cache.put(article, after);
			if (!after.equals(before[0])) {
				refreshJob.refresh(article.getProject());
				fire(Set.of(article));
			}
			return Optional.of(after);
		} finally {
			Job.getJobManager().endRule(rule);
		}
	}

	private static Optional<ConflictRecovery.Result> recoverConflict(Path backup) {
		try {
			String text = Files.readString(backup, StandardCharsets.UTF_8);
			return ConflictRecovery.hasConflict(text) ? ConflictRecovery.recover(text, backup.toString()) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty(); // not text: nothing to recover, the backup keeps it
		}
	}

	/** Records claims files this workspace just wrote, moved or deleted (see {@link OwnWrites}). */
	void wrote(Path... files) {
		for (Path file : files) {
			ownWrites.record(file);
		}
	}

	/** The claims of these articles changed on disk through us: forget what was cached, refresh, tell. */
	void changed(Set<IFile> articles) {
		articles.forEach(cache::remove);
		articles.stream().map(IFile::getProject).distinct().forEach(refreshJob::refresh);
		fire(articles);
	}

	/**
	 * Claims files changed on disk: those we did not write ourselves changed behind our back (git,
	 * another editor) and are re-read; our own writes were told about when they were made.
	 */
	void storeFilesChanged(Collection<IFile> articles) {
		Set<IFile> outside = new LinkedHashSet<>();
		for (IFile article : articles) {
			if (!stores.fileOf(article).map(ownWrites::isOwn).orElse(false)) {
				outside.add(article);
			}
		}
		if (!outside.isEmpty()) {
			outside.forEach(cache::remove);
			fire(outside);
		}
	}

	/** The article's text changed: its line numbers must be counted again. */
	void articleChanged(IFile article) {
		lines.forget(article);
	}

	/**
	 * Where the lines of the article's current text start, for the line column; null when the
	 * article cannot be read. Counted once per file version.
	 */
	public LineIndex lines(IFile article) {
		return lines.of(article);
	}

	private void fire(Set<IFile> articles) {
		for (ClaimsListener l : listeners) {
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					l.claimsChanged(articles);
				}

				@Override
				public void handleException(Throwable e) {
					ClaimTaggerResources.log("A claims listener failed", e);
				}
			});
		}
	}

	/** The article, or its project when the article is gone: markers need an existing resource. */
	private static IResource markerTarget(IFile article) {
		return article.exists() ? article : article.getProject();
	}

	static String storeFileName(IFile article) {
		return ClaimStore.FOLDER + "/" + ArticleFiles.storePath(article) + ClaimStore.SUFFIX;
	}
}
