package io.claimtagger.ui.commands;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.claimtagger.resources.claims.ExportEntitiesJob;
import io.claimtagger.resources.claims.ExportEntitiesOperation;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.views.SelectedResources;

/**
 * Export Entities for brat or for UIMA tools (one command each): asks for a folder, then writes
 * the selection's articles with their entities and claims into it in a job.
 */
public final class ExportEntitiesHandler extends AbstractHandler {

	public static final String BRAT = "io.claimtagger.ui.exportEntities.brat";
	public static final String UIMA = "io.claimtagger.ui.exportEntities.uima";

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> scope = SelectedResources.of(event);
		if (scope.isEmpty()) {
			return null;
		}
		DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
		dialog.setText(Messages.ExportEntitiesHandler_title);
		dialog.setMessage(Messages.ExportEntitiesHandler_message);
		String folder = dialog.open();
		if (folder != null) {
			ExportEntitiesOperation.Format format = UIMA.equals(event.getCommand().getId()) ? ExportEntitiesOperation.Format.UIMA_JSON
					: ExportEntitiesOperation.Format.BRAT;
			new ExportEntitiesJob(scope, Path.of(folder), format).schedule();
		}
		return null;
	}
}
