package io.claimtagger.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.claimtagger.resources.learning.RetrainJob;

/** Retrain from My Corrections: a background job with progress and cancel; the editors switch when it is done. */
public class RetrainHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new RetrainJob().schedule();
		return null;
	}
}
