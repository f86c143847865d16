package io.claimtagger.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.claimtagger.resources.contradictions.FindContradictionsJob;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.views.ContradictionsView;
import io.claimtagger.ui.views.SelectedResources;

/**
 * Find Contradictions: over the selected projects or folders (a resource's Claim Tagger menu), or
 * every open project (the Contradictions view's toolbar); shows the view, runs the job.
 */
public class FindContradictionsHandler extends AbstractHandler {

	public static final String COMMAND_ID = "io.claimtagger.ui.findContradictions";

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> scope = HandlerUtil.getActivePart(event) instanceof ContradictionsView ? List.of()
				: SelectedResources.of(event);
		new FindContradictionsJob(scope.isEmpty() ? FindContradictionsJob.workspace() : scope).schedule();
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(ContradictionsView.ID);
		} catch (PartInitException | org.eclipse.core.commands.ExecutionException e) {
			ClaimTaggerPlugin.log("Cannot show the Contradictions view", e);
		}
		return null;
	}
}
