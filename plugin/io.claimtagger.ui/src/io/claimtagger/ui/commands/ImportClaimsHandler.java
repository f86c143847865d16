package io.claimtagger.ui.commands;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.claimtagger.resources.claims.ImportClaimsJob;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.views.SelectedResources;

/**
 * Import Claims: asks for a JSON claims export and merges it into the stores in a job. Entries go
 * to the projects they name; when the selection is within one project, entries of projects this
 * workspace does not have go there.
 */
public final class ImportClaimsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
		dialog.setText(Messages.ImportClaimsHandler_title);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		String file = dialog.open();
		if (file != null) {
			List<IResource> scope = SelectedResources.of(event);
			new ImportClaimsJob(Path.of(file), singleProject(scope)).schedule();
		}
		return null;
	}

	private static IProject singleProject(List<IResource> scope) {
		IProject project = null;
		for (IResource r : scope) {
			if (r.getProject() == null || project != null && !project.equals(r.getProject())) {
				return null;
			}
			project = r.getProject();
		}
		return project;
	}
}
