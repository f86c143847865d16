package io.claimtagger.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.claimtagger.ui.preferences.TaggerPreferences;

/** Retrain from My Corrections: a background job with progress and cancel; the editors switch when it is done. */
public class RetrainHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		TaggerPreferences.retrainJob().schedule();
		return null;
	}
}
