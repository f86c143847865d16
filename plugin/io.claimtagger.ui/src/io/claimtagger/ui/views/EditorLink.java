package io.claimtagger.ui.views;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

import io.claimtagger.resources.claims.ClaimsQuery;
import io.claimtagger.ui.Messages;

/**
 * "Link with Editor" of the Claims view: while on, the claim under the editor's caret is selected
 * in the table. When the view does not show the editor's article, it moves to the article first
 * and selects the claim once the article's claims are read.
 */
final class EditorLink {

	private final ScopedView<?> view;
	private final ClaimsTable table;
	private final IAction action;
	/** A caret position to select once the scope the editor's file was added to has loaded. */
	private IFile pendingFile;
	private int pendingOffset;

	EditorLink(ScopedView<?> view, ClaimsTable table) {
		this.view = view;
		this.table = table;
		action = new Action(Messages.ClaimsView_link, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				if (isChecked()) {
					followActiveEditor();
				}
			}
		};
		action.setToolTipText(Messages.ClaimsView_link);
		action.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
	}

	/** The toolbar button. */
	IAction action() {
		return action;
	}

	boolean isOn() {
		return action.isChecked();
	}

	/** Turns linking on or off, as the toolbar button does. */
	void setOn(boolean on) {
		action.setChecked(on);
		action.run();
	}

	/** The caret moved in an editor. */
	void caretMoved(IEditorPart editor, ITextSelection selection) {
		if (isOn()) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null) {
				follow(file, selection.getOffset());
			}
		}
	}

	/** The view shows a newly read scope: select the claim a caret asked for meanwhile. */
	void loaded() {
		if (pendingFile != null) {
			table.selectAt(pendingFile, pendingOffset);
			pendingFile = null;
		}
	}

	private void followActiveEditor() {
		IEditorPart editor = view.getSite().getPage().getActiveEditor();
		ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (text != null && file != null && text.getSelectionProvider().getSelection() instanceof ITextSelection s) {
			follow(file, s.getOffset());
		}
	}

	private void follow(IFile file, int offset) {
		boolean shown = ClaimsQuery.within(file, view.scope());
		if (shown && view.isLoaded()) {
			table.selectAt(file, offset);
			return;
		}
		pendingFile = file;
		pendingOffset = offset;
		if (!shown) {
			view.setScope(List.of(file));
		}
	}
}
