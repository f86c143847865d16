package io.claimtagger.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The resources a selection stands for: the files, folders and projects selected in Project
 * Explorer (or anything that adapts to a resource), the file of an editor, or the scope of one of
 * our views.
 */
public final class SelectedResources {

	private SelectedResources() {
	}

	/** The resources of a structured selection; empty for any other selection. */
	public static List<IResource> of(ISelection selection) {
		List<IResource> resources = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null) {
					resources.add(resource);
				}
			}
		}
		return resources;
	}

	/** What a command run from {@code part} with {@code selection} applies to. */
	public static List<IResource> of(IWorkbenchPart part, ISelection selection) {
		if (part instanceof ScopedView<?> view) {
			return view.scope();
		}
		if (part instanceof IEditorPart editor) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			return file == null ? List.of() : List.of(file);
		}
		return of(selection);
	}

	/** What the command of {@code event} applies to: the active part's scope or selection. */
	public static List<IResource> of(ExecutionEvent event) {
		return of(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
	}
}
