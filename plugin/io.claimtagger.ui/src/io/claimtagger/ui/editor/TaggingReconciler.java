package io.claimtagger.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;

import io.claimtagger.ui.preferences.TaggerPreferences;

/**
 * A debounced background reconciler running the tagging strategy; contributed to the Generic
 * Text Editor (extension point {@code org.eclipse.ui.genericeditor.reconcilers}) and used by the
 * article editor.
 */
public class TaggingReconciler extends MonoReconciler {

	public TaggingReconciler() {
		super(new TaggingReconcilingStrategy(), false);
		setDelay(TaggerPreferences.store().getInt(TaggerPreferences.DELAY_MS));
	}

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer) {
			strategy().setViewer(sourceViewer);
		}
		super.install(textViewer);
	}

	@Override
	public void uninstall() {
		super.uninstall();
		// The reconciler does not tell the strategy when the editor closes: leave the session here.
		strategy().disconnect();
	}

	public TaggingReconcilingStrategy strategy() {
		return (TaggingReconcilingStrategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE);
	}
}
