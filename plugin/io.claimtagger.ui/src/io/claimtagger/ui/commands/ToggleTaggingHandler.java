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

import io.claimtagger.ui.editor.RetagJob;
import io.claimtagger.ui.editor.TaggingReconcilingStrategy;
import io.claimtagger.ui.editor.TaggingSessions;

/** Turns tagging off and on for the active editor only; the button shows that editor's state. */
public final class ToggleTaggingHandler extends AbstractHandler implements IElementUpdater {

	public static final String COMMAND_ID = "io.claimtagger.ui.toggleTagging";

	@Override
	public Object execute(ExecutionEvent event) {
		TaggingReconcilingStrategy strategy = strategyOf(HandlerUtil.getActiveEditor(event));
		if (strategy != null) {
			strategy.setEnabled(!strategy.isEnabled());
			new RetagJob(strategy).schedule();
			PlatformUI.getWorkbench().getService(ICommandService.class).refreshElements(COMMAND_ID, null);
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		TaggingReconcilingStrategy strategy = strategyOf(editor);
		element.setChecked(strategy != null && strategy.isEnabled());
	}

	static TaggingReconcilingStrategy strategyOf(IEditorPart editor) {
		ITextEditor textEditor = editor == null ? null : editor.getAdapter(ITextEditor.class);
		if (textEditor == null || textEditor.getDocumentProvider() == null) {
			return null;
		}
		IDocument document = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());
		return document == null ? null : TaggingSessions.of(document);
	}
}
