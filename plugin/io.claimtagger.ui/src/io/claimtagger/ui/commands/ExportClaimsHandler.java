package io.claimtagger.ui.commands;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.claimtagger.resources.claims.ExportClaimsJob;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.views.SelectedResources;

/** Export Claims: asks for a CSV or JSON file, then writes the selection's claims to it in a job. */
public final class ExportClaimsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> scope = SelectedResources.of(event);
		if (scope.isEmpty()) {
			return null;
		}
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
		dialog.setText(Messages.ExportClaimsHandler_title);
		dialog.setFilterExtensions(new String[] { "*.csv", "*.json" });
		dialog.setFilterNames(new String[] { Messages.ExportClaimsHandler_csv, Messages.ExportClaimsHandler_json });
		dialog.setFileName("claims.csv");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			Path target = Path.of(file);
			if (!target.getFileName().toString().contains(".")) {
				// The filter chosen decides the format when the name has no extension.
				target = Path.of(file + (dialog.getFilterIndex() == 1 ? ".json" : ".csv"));
			}
			new ExportClaimsJob(scope, target).schedule();
		}
		return null;
	}
}
