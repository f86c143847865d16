package io.claimtagger.resources.claims;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.JobFamilies;

/**
 * The Tag Claims command's job: every article in the selected files, folders or projects, with
 * progress and cancel ({@link TagClaimsOperation}). A user job: it shows in the progress view and
 * can be sent to the background.
 */
public final class TagClaimsJob extends Job {

	private final List<IResource> roots;

	public TagClaimsJob(Collection<? extends IResource> roots) {
		super(Messages.TagClaimsJob_name);
		this.roots = List.copyOf(roots);
		setUser(true);
		setPriority(LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.TagClaimsJob_name, 100);
		try {
			TagClaimsOperation operation = new TagClaimsOperation(ArticleFiles.collect(roots), false);
			return operation.execute(progress.split(100));
		} catch (CoreException e) {
			return e.getStatus();
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.CLAIMS || family == JobFamilies.TAGGING;
	}
}
