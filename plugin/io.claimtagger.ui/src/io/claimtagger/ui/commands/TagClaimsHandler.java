package io.claimtagger.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;

import io.claimtagger.resources.claims.TagClaimsJob;
import io.claimtagger.ui.views.SelectedResources;

/**
 * Tag Claims: tags every article in the selected files, folders or projects (or the active
 * editor's file, or what a Claims view shows) and updates their claims, in a {@link TagClaimsJob}.
 */
public final class TagClaimsHandler extends AbstractHandler {

	public static final String COMMAND_ID = "io.claimtagger.ui.tagClaims";

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> resources = SelectedResources.of(event);
		if (!resources.isEmpty()) {
			new TagClaimsJob(resources).schedule();
		}
		return null;
	}
}
