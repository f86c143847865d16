package io.claimtagger.resources.compare;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.compare.ClaimDiff;
import io.claimtagger.core.compare.ClaimDifference;
import io.claimtagger.core.files.ArticleReader;
import io.claimtagger.core.files.GitRevision;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.LastResult;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.claims.ArticleFiles;

/**
 * Compare Claims With: the claims of an article against those of an older text of it (its local
 * history, its previous git revision) or of another article, both tagged with the engine's
 * models, as a claim diff. The last result is kept for the Claim Diff view.
 */
public final class CompareClaimsJob extends Job {

	/** What the article is compared with. */
	public sealed interface Other {
		String label();

		/** The other text; {@code current} is the article's text now. */
		String text(String current, IProgressMonitor monitor)
				throws CoreException, IOException, ArticleReader.UnreadableArticleException, GitRevision.NotInGitException;

		/** The other side as a workspace file to jump into, or null (a past revision). */
		default IFile file() {
			return null;
		}
	}

	/** The newest local history state that differs from the article now. */
	public record LocalHistory(IFile article) implements Other {
		@Override
		public String label() {
			return NLS.bind(Messages.CompareClaims_localHistory, article.getName());
		}

		@Override
		public String text(String current, IProgressMonitor monitor)
				throws CoreException, IOException, ArticleReader.UnreadableArticleException {
			for (IFileState state : article.getHistory(monitor)) {
				String then = read(state.getContents());
				if (!then.equals(current)) {
					return then;
				}
			}
			throw new IOException(NLS.bind(Messages.CompareClaims_noHistory, article.getName()));
		}
	}

	/** The previous git revision: HEAD when the article has uncommitted changes, else the commit before. */
	public record PreviousRevision(IFile article) implements Other {
		@Override
		public String label() {
			return NLS.bind(Messages.CompareClaims_previousRevision, article.getName());
		}

		@Override
		public String text(String current, IProgressMonitor monitor) throws IOException, GitRevision.NotInGitException {
			java.nio.file.Path path = article.getLocation().toFile().toPath();
			return GitRevision.read(path, GitRevision.previous(path));
		}
	}

	/** Another article. */
	public record Article(IFile other) implements Other {
		@Override
		public String label() {
			return other.getFullPath().makeRelative().toString();
		}

		@Override
		public String text(String current, IProgressMonitor monitor) throws CoreException, IOException {
			return ArticleFiles.read(other); // as its editor reads it: a jump into it lands on the sentence
		}

		@Override
		public IFile file() {
			return other;
		}
	}

	/** A diff: the article (the new side), what it was compared with (the old side), and the differences. */
	public record Result(IFile article, Other other, List<ClaimDifference> differences, String problem) {
	}

	/** The latest result, and the views told when a new one is in. */
	public static final LastResult<Result> RESULTS = new LastResult<>();

	private final IFile article;
	private final Other other;

	public CompareClaimsJob(IFile article, Other other) {
		super(NLS.bind(Messages.CompareClaims_job, article.getName(), other.label()));
		this.article = article;
		this.other = other;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		try {
			// As the editor reads the article, so the Claim Diff view's offsets are the document's.
			String newText = ArticleFiles.read(article);
			String oldText = other.text(newText, progress.split(1));
			TaggingPipeline pipeline = TaggingEngine.get().newPipeline(progress.split(1));
			List<ClaimDifference> diff = ClaimDiff.between(pipeline.tag(oldText).claims(), pipeline.tag(newText).claims(),
					oldText, newText);
			progress.worked(2);
			RESULTS.publish(new Result(article, other, diff, null));
			return Status.OK_STATUS;
		} catch (OperationCanceledException | InterruptedException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException | IOException | ArticleReader.UnreadableArticleException | GitRevision.NotInGitException e) {
			// Said in the view, where the user looks for the result: no history, no git, unreadable.
			RESULTS.publish(new Result(article, other, List.of(), e.getMessage()));
			return Status.OK_STATUS;
		}
	}

	static String read(InputStream in) throws IOException, ArticleReader.UnreadableArticleException {
		try (in) {
			return ArticleReader.read(in);
		}
	}
}
