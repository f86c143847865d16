package io.claimtagger.resources.claims;

import java.util.Collection;

import org.eclipse.core.resources.IResource;

import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.JobFamilies;

/**
 * The Tag Claims command's job: every article in the selected files, folders or projects, with
 * progress and cancel ({@link TagClaimsOperation}). A user job: it shows in the progress view and
 * can be sent to the background.
 */
public final class TagClaimsJob extends OperationJob {

	public TagClaimsJob(Collection<? extends IResource> roots) {
		super(Messages.TagClaimsJob_name, new TagClaimsOperation(roots, false), JobFamilies.TAGGING);
		setUser(true);
		setPriority(LONG);
	}
}
