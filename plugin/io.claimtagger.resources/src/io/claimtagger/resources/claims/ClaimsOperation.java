package io.claimtagger.resources.claims;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Headless work on the claims, as EGit's operations: it runs on the caller's thread, so a job, a
 * test or a command line can run it, and it declares the rule it needs for the whole run.
 * {@link OperationJob} runs one in the background.
 */
public interface ClaimsOperation {

	/**
	 * Does the work, reporting progress and checking for cancellation.
	 *
	 * @return OK, or a status describing what could not be done
	 * @throws OperationCanceledException when cancelled; what was saved so far is whole
	 * @throws InterruptedException       when interrupted while waiting (for the models)
	 */
	IStatus execute(IProgressMonitor monitor) throws InterruptedException;

	/**
	 * The rule the whole run holds, or null when the operation takes each article's
	 * {@link ArticleClaimsRule} only while it changes that article (long batches must not lock
	 * out reviews of articles they are not working on).
	 */
	ISchedulingRule getSchedulingRule();
}
