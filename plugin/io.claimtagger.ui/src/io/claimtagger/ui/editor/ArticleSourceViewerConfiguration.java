package io.claimtagger.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import io.claimtagger.ui.corrections.TaggingQuickAssistProcessor;

/** The article editor's viewer: tagging reconciler and hovers on top of the plain text editor's. */
public final class ArticleSourceViewerConfiguration extends TextSourceViewerConfiguration {

	public ArticleSourceViewerConfiguration(IPreferenceStore preferenceStore) {
		super(preferenceStore);
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		// Tagging replaces the text editor's reconciler; spell checking keeps running beside it.
		IReconciler spelling = super.getReconciler(sourceViewer);
		TaggingReconciler tagging = new TaggingReconciler();
		if (spelling instanceof MonoReconciler mono) {
			IReconcilingStrategy spellingStrategy = mono.getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE);
			return new TwinReconciler(tagging, spellingStrategy);
		}
		return tagging;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new TaggingQuickAssistProcessor());
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new TaggingTextHover();
	}
}
