package io.claimtagger.ui.commands;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.eclipse.ui.texteditor.ITextEditor;

import io.claimtagger.ui.editor.TaggingSession;
import io.claimtagger.ui.editor.TaggingSessions;

/** Turns tagging off and on for the active editor only; the button shows that editor's state. */
public final class ToggleTaggingHandler extends AbstractHandler implements IElementUpdater {

	public static final String COMMAND_ID = "io.claimtagger.ui.toggleTagging";

	@Override
	public Object execute(ExecutionEvent event) {
		TaggingSession session = sessionOf(HandlerUtil.getActiveEditor(event));
		if (session != null) {
			session.setEnabled(!session.isEnabled()); // flips a flag and schedules a job: never waits
			PlatformUI.getWorkbench().getService(ICommandService.class).refreshElements(COMMAND_ID, null);
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		TaggingSession session = sessionOf(editor);
		element.setChecked(session != null && session.isEnabled());
	}

	static TaggingSession sessionOf(IEditorPart editor) {
		ITextEditor textEditor = editor == null ? null : editor.getAdapter(ITextEditor.class);
		if (textEditor == null || textEditor.getDocumentProvider() == null) {
			return null;
		}
		IDocument document = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());
		return document == null ? null : TaggingSessions.of(document);
	}
}
