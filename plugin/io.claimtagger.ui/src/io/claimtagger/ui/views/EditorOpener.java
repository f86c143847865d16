package io.claimtagger.ui.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;

import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.editor.ArticleEditor;

/**
 * Opens an article at a claim or mention. An editor already open on it is reused, and so is an
 * editor the user chose for the file with Open With; otherwise the article editor, which shows
 * the claims with their review status (a {@code .txt} would get the plain text editor).
 */
final class EditorOpener {

	private EditorOpener() {
	}

	static void open(IWorkbenchPage page, IFile article, int offset, int length) {
		if (!article.exists()) {
			return;
		}
		try {
			IEditorPart editor = page.findEditor(new FileEditorInput(article));
			if (editor != null) {
				page.activate(editor);
			} else if (chosenEditor(article) != null) {
				editor = IDE.openEditor(page, article, true);
			} else {
				editor = IDE.openEditor(page, article, ArticleEditor.ID, true);
			}
			ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
			if (text != null) {
				text.selectAndReveal(offset, length);
			}
		} catch (PartInitException e) {
			ClaimTaggerPlugin.log("Cannot open " + article.getFullPath(), e);
		}
	}

	private static String chosenEditor(IFile article) {
		try {
			return article.getPersistentProperty(IDE.EDITOR_KEY);
		} catch (CoreException e) {
			return null;
		}
	}
}
