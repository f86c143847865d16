package io.claimtagger.ui.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/** Runs tagging and the platform's spell checking in their own reconcilers, side by side. */
final class TwinReconciler implements IReconciler {

	private final TaggingReconciler tagging;
	private final MonoReconciler spelling;

	TwinReconciler(TaggingReconciler tagging, IReconcilingStrategy spellingStrategy) {
		this.tagging = tagging;
		this.spelling = spellingStrategy == null ? null : new MonoReconciler(spellingStrategy, false);
	}

	@Override
	public void install(ITextViewer textViewer) {
		tagging.install(textViewer);
		if (spelling != null) {
			spelling.install(textViewer);
		}
	}

	@Override
	public void uninstall() {
		tagging.uninstall();
		if (spelling != null) {
			spelling.uninstall();
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return tagging.getReconcilingStrategy(contentType);
	}
}
