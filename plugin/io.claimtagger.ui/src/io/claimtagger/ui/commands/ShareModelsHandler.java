package io.claimtagger.ui.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.resources.learning.ProjectModels;
import io.claimtagger.resources.learning.RetrainJob;
import io.claimtagger.resources.learning.WorkspaceModels;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.views.SelectedResources;

/**
 * Share Retrained Models with Project: the workspace's current models are copied into each
 * selected resource's project, for everyone who clones it. A job: the models are megabytes.
 */
public class ShareModelsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Set<IProject> projects = new LinkedHashSet<>();
		for (IResource r : SelectedResources.of(event)) {
			projects.add(r.getProject());
		}
		for (IProject project : projects) {
			schedule(project);
		}
		return null;
	}

	/** Shares the current models with {@code project} in a job; returns the job. */
	public static Job schedule(IProject project) {
		Job job = Job.create(NLS.bind(Messages.ShareModels_job, project.getName()), monitor -> {
			try {
				Path current = WorkspaceModels.get().current();
				if (current == null) {
					return new Status(IStatus.WARNING, ClaimTaggerPlugin.ID, Messages.ShareModels_none);
				}
				ProjectModels.share(project, current);
				return Status.OK_STATUS;
			} catch (IOException | CoreException e) {
				return new Status(IStatus.ERROR, ClaimTaggerPlugin.ID, NLS.bind(Messages.ShareModels_failed, project.getName()), e);
			}
		});
		// Not while a retraining replaces the set being copied; the project's folder is written too.
		job.setRule(MultiRule.combine(RetrainJob.RULE, project));
		job.setUser(true);
		job.schedule();
		return job;
	}
}
