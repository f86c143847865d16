package io.claimtagger.resources.contradictions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.contradiction.ArticleDate;
import io.claimtagger.core.contradiction.ContradictionFinder;
import io.claimtagger.core.contradiction.PairClassifier;
import io.claimtagger.core.contradiction.DatedClaim;
import io.claimtagger.core.contradiction.Finding;
import io.claimtagger.core.contradiction.FindingDecisions;
import io.claimtagger.core.store.AnchorState;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.LastResult;
import io.claimtagger.resources.claims.ArticleFiles;
import io.claimtagger.resources.claims.ClaimsQuery;

/**
 * Find Contradictions: the stored claims of the scope (projects, or every open project), dated by
 * their article's dateline or else its file's time, given to the core finder; the analyst's
 * decisions kept in each project are attached. Claims the analyst rejected, and claims whose
 * sentence is gone from the text, take no part. The last result is kept for the view.
 */
public final class FindContradictionsJob extends Job {

	/** The last result, and how long the finder itself took. */
	public record Result(List<FindingRow> rows, int claims, int articles, double seconds) {
	}

	/** The latest result, and the views told when a new one is in. */
	public static final LastResult<Result> RESULTS = new LastResult<>();
	/** How much of an article's start is read for its dateline (ArticleDate looks at 400 characters). */
	private static final int DATELINE_BYTES = 1600;

	private final Collection<? extends IResource> scope;

	/** @param scope projects, folders or the workspace root */
	public FindContradictionsJob(Collection<? extends IResource> scope) {
		super(Messages.FindContradictionsJob_name);
		this.scope = scope;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.FindContradictionsJob_name, 100);
		try {
			List<ClaimsQuery.ArticleClaimsOf> articles = ClaimsQuery.articles(scope, progress.split(60));
			List<DatedClaim.Source> sources = new ArrayList<>();
			Map<String, IFile> files = new HashMap<>();
			SubMonitor dating = progress.split(20).setWorkRemaining(articles.size());
			for (ClaimsQuery.ArticleClaimsOf a : articles) {
				dating.split(1);
				String name = a.article().getFullPath().makeRelative().toString();
				files.put(name, a.article());
				LocalDate date = dateOf(a.article());
				for (ClaimRecord r : a.claims().claims()) {
					if (r.status() != ReviewStatus.REJECTED && r.anchor() != AnchorState.REMOVED) {
						sources.add(new DatedClaim.Source(name, date, r));
					}
				}
			}
			List<DatedClaim> claims = DatedClaim.analyse(sources, monitor::isCanceled);
			progress.setTaskName(NLS.bind(Messages.FindContradictionsJob_comparing, claims.size(), articles.size()));
			long start = System.nanoTime();
			List<Finding> findings = ContradictionFinder.find(claims, PairClassifier.bundled(), monitor::isCanceled);
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<String, FindingDecisions.Entry> decisions = decisions(scope);
			List<FindingRow> rows = new ArrayList<>();
			for (Finding f : findings) {
				FindingDecisions.Entry d = decisions.get(f.id());
				rows.add(new FindingRow(f, files.get(f.first().article()), files.get(f.second().article()), d == null ? null : d.decision()));
			}
			progress.worked(20);
			RESULTS.publish(new Result(rows, claims.size(), articles.size(), seconds));
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		}
	}

	/** The dateline of the article's first lines, else the day its file was last written. */
	static LocalDate dateOf(IFile article) {
		try (InputStream in = article.getContents(true)) {
			String head = new String(in.readNBytes(DATELINE_BYTES), StandardCharsets.UTF_8);
			LocalDate date = ArticleDate.of(head);
			if (date != null) {
				return date;
			}
		} catch (CoreException | IOException e) {
			// unreadable now: its file time will do
		}
		long stamp = article.getLocalTimeStamp();
		return stamp <= 0 ? null : LocalDate.ofInstant(Instant.ofEpochMilli(stamp), ZoneOffset.UTC);
	}

	/** Every decision kept in the projects of the scope. */
	static Map<String, FindingDecisions.Entry> decisions(Collection<? extends IResource> scope) {
		Map<String, FindingDecisions.Entry> out = new HashMap<>();
		for (IProject project : ArticleFiles.projectsOf(scope)) {
			if (project.getLocation() == null) {
				continue;
			}
			try {
				out.putAll(FindingDecisions.read(project.getLocation().toFile().toPath().resolve(FindingDecisions.FILE)));
			} catch (IOException | RuntimeException e) {
				ClaimTaggerResources.log(new Status(IStatus.WARNING, ClaimTaggerResources.ID,
						NLS.bind(Messages.FindContradictionsJob_decisionsUnreadable, project.getName(), e.getMessage()), e));
			}
		}
		return out;
	}

	/** The workspace root: every open project. */
	public static List<IResource> workspace() {
		return List.of(ResourcesPlugin.getWorkspace().getRoot());
	}
}
