package io.claimtagger.ui.commands;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.learning.RetrainJob;
import io.claimtagger.resources.learning.WorkspaceModels;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;

/** Revert to Shipped Model: the editors tag with the shipped models again, and the retrained ones are deleted. */
public class RevertModelsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Job job = Job.create(Messages.Retrain_reverted, monitor -> {
			try {
				WorkspaceModels.get().revert();
				TaggingEngine.get().use(NlpModels.bundled());
				return Status.OK_STATUS;
			} catch (IOException e) {
				return new Status(IStatus.ERROR, ClaimTaggerPlugin.ID, Messages.Retrain_revertFailed, e);
			}
		});
		// Never at the same time as a retraining, which would switch to its models right after.
		job.setRule(RetrainJob.RULE);
		job.schedule();
		return null;
	}
}
