package io.claimtagger.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.claimtagger.resources.learning.LearningReportJob;

/** Runs the learning report (k-fold cross-validation) in the background; the Learning Report view shows it. */
public class LearningReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new LearningReportJob(LearningReportJob.FOLDS).schedule();
		return null;
	}
}
