package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
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
 * Started with the UI bundle ({@link #start}), which also starts following renames, deletions and
 * saves of articles ({@link ArticleResourceListener}).
 */
public final class ClaimsWorkspace {

	/** Deleted articles whose claims are kept in memory, so an undo of the deletion brings them back. */
	private static final int REMEMBERED_DELETIONS = 200;

	private static ClaimsWorkspace instance;

	private final IWorkspace workspace;
	private final Clock clock = Clock.systemUTC();
	private final ConcurrentMap<IProject, ClaimStore> stores = new ConcurrentHashMap<>();
	private final ConcurrentMap<IFile, ArticleClaims> cache = new ConcurrentHashMap<>();
	private final ConcurrentMap<IFile, StampedLines> lines = new ConcurrentHashMap<>();
	private final Map<IPath, ArticleClaims> deleted = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<IPath, ArticleClaims> eldest) {
			return size() > REMEMBERED_DELETIONS;
		}
	};
	private final ListenerList<ClaimsListener> listeners = new ListenerList<>();
	private final ArticleResourceListener resourceListener;
	private final ClaimsFolderRefreshJob refreshJob;

	private record StampedLines(long stamp, LineIndex lines) {
	}

	private ClaimsWorkspace(IWorkspace workspace) {
		this.workspace = workspace;
		this.refreshJob = new ClaimsFolderRefreshJob();
		this.resourceListener = new ArticleResourceListener(this);
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
		IPath location = project.isAccessible() ? project.getLocation() : null;
		if (location == null) {
			return Optional.empty();
		}
		Path root = location.toPath().toAbsolutePath().normalize();
		// A renamed or relocated project gets a new store; the old one's cache must not be reused.
		return Optional.of(stores.compute(project,
				(p, store) -> store != null && store.projectRoot().equals(root) ? store : new ClaimStore(root, clock)));
	}

	/** Whether the article has a claims file, i.e. has been tagged. */
	public boolean hasClaims(IFile article) {
		return storeOf(article.getProject()).map(s -> Files.exists(s.fileOf(ArticleFiles.storePath(article))))
				.orElse(false);
	}

	/** Every article of the project that has a claims file, whether or not the article still exists. */
	public List<IFile> articlesWithClaims(IProject project) {
		Optional<ClaimStore> store = storeOf(project);
		if (store.isEmpty()) {
			return List.of();
		}
		try {
			List<IFile> files = new ArrayList<>();
			for (String article : store.get().articles()) {
				files.add(project.getFile(article));
			}
			return files;
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
		Optional<ClaimStore> store = storeOf(article.getProject());
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
			Optional<ClaimStore> store = storeOf(article.getProject());
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
			try {
				after = store.get().update(path, recording);
			} catch (ClaimStoreFormatException e) {
				Path backup = store.get().quarantine(path);
				StoreProblemMarkers.clearUnreadable(article);
				StoreProblemMarkers.report(article, StoreProblemMarkers.QUARANTINED, IMarker.SEVERITY_WARNING,
						NLS.bind(Messages.Claims_quarantined, new Object[] { storeFileName(article), e.problem(),
								backup.getFileName() }));
				after = store.get().update(path, recording);
			}
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

	/** Moves the claims with their renamed or moved article, within or across projects. */
	void move(IFile from, IFile to, IProgressMonitor monitor) {
		ISchedulingRule rule = ArticleClaimsRule.of(from, to);
		Job.getJobManager().beginRule(rule, monitor);
		try {
			Optional<ClaimStore> source = storeOf(from.getProject());
			Optional<ClaimStore> target = storeOf(to.getProject());
			String fromPath = ArticleFiles.storePath(from);
			String toPath = ArticleFiles.storePath(to);
			if (source.isEmpty() || target.isEmpty() || !Files.exists(source.get().fileOf(fromPath))) {
				return;
			}
			if (source.get().projectRoot().equals(target.get().projectRoot())) {
				source.get().move(fromPath, toPath);
			} else {
				moveAcross(source.get(), fromPath, target.get(), toPath);
			}
			cache.remove(from);
			cache.remove(to);
			refreshJob.refresh(from.getProject());
			refreshJob.refresh(to.getProject());
			fire(Set.of(from, to));
		} catch (FileAlreadyExistsException e) {
			StoreProblemMarkers.report(to, StoreProblemMarkers.NOT_MOVED, IMarker.SEVERITY_WARNING,
					NLS.bind(Messages.Claims_notMoved, from.getFullPath(), storeFileName(to)));
		} catch (IOException e) {
			ClaimTaggerResources.log("Cannot move the claims of " + from.getFullPath() + " to " + to.getFullPath(), e);
		} finally {
			Job.getJobManager().endRule(rule);
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
	 * Deletes the claims of a deleted article, keeping them in memory for a while so that undoing
	 * the deletion ({@link #restore}) brings them back. An unreadable file is quarantined instead:
	 * its bytes may be all that is left of the review.
	 */
	void delete(IFile article, IProgressMonitor monitor) {
		ISchedulingRule rule = ArticleClaimsRule.of(article);
		Job.getJobManager().beginRule(rule, monitor);
		try {
			Optional<ClaimStore> store = storeOf(article.getProject());
			String path = ArticleFiles.storePath(article);
			if (store.isEmpty() || !Files.exists(store.get().fileOf(path)) || article.exists()) {
				return;
			}
			try {
				ArticleClaims claims = store.get().load(path);
				synchronized (deleted) {
					deleted.put(article.getFullPath(), claims);
				}
				store.get().delete(path);
			} catch (ClaimStoreFormatException e) {
				store.get().quarantine(path);
			}
			cache.remove(article);
			refreshJob.refresh(article.getProject());
			fire(Set.of(article));
		} catch (IOException e) {
			ClaimTaggerResources.log("Cannot delete the claims of " + article.getFullPath(), e);
		} finally {
			Job.getJobManager().endRule(rule);
		}
	}

	/** Brings back the claims of an article deleted earlier in this session, if it has none now. */
	void restore(IFile article, IProgressMonitor monitor) {
		ArticleClaims remembered;
		synchronized (deleted) {
			remembered = deleted.remove(article.getFullPath());
		}
		if (remembered == null) {
			return;
		}
		ISchedulingRule rule = ArticleClaimsRule.of(article);
		Job.getJobManager().beginRule(rule, monitor);
		try {
			Optional<ClaimStore> store = storeOf(article.getProject());
			String path = ArticleFiles.storePath(article);
			if (store.isEmpty() || Files.exists(store.get().fileOf(path)) || !article.exists()) {
				return;
			}
			store.get().save(remembered.movedTo(path));
			cache.remove(article);
			refreshJob.refresh(article.getProject());
			fire(Set.of(article));
		} catch (IOException e) {
			ClaimTaggerResources.log("Cannot restore the claims of " + article.getFullPath(), e);
		} finally {
			Job.getJobManager().endRule(rule);
		}
	}

	/** A claims file changed on disk behind our back (git, another editor): forget and tell. */
	void storeFileChanged(Collection<IFile> articles) {
		if (articles.isEmpty()) {
			return;
		}
		articles.forEach(cache::remove);
		fire(Set.copyOf(articles));
	}

	/** The article's text changed: its line numbers must be counted again. */
	void articleChanged(IFile article) {
		lines.remove(article);
	}

	/**
	 * Where the lines of the article's current text start, for the line column; null when the
	 * article cannot be read. Counted once per file version.
	 */
	public LineIndex lines(IFile article) {
		if (!article.exists()) {
			return null;
		}
		long stamp = article.getModificationStamp();
		StampedLines cached = lines.get(article);
		if (cached != null && cached.stamp == stamp) {
			return cached.lines;
		}
		try {
			LineIndex index = LineIndex.of(ArticleFiles.read(article));
			lines.put(article, new StampedLines(stamp, index));
			return index;
		} catch (CoreException | IOException e) {
			return null;
		}
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

	private static String storeFileName(IFile article) {
		return ClaimStore.FOLDER + "/" + ArticleFiles.storePath(article) + ClaimStore.SUFFIX;
	}
}
