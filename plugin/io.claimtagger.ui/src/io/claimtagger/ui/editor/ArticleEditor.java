package io.claimtagger.ui.editor;

import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

/**
 * The article editor: the platform text editor with vendors, products and claims highlighted as
 * the user types. Default for {@code .article}; available through Open With for .txt and .md.
 */
public final class ArticleEditor extends TextEditor {

	public static final String ID = "io.claimtagger.ui.articleEditor";

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		super.createPartControl(parent);
		// Articles are prose: one paragraph per line is common, so wrap by default.
		setWordWrap(true);
	}

	/** The platform's decorations and the strikethrough style rejected claims are drawn with. */
	@Override
	protected SourceViewerDecorationSupport getSourceViewerDecorationSupport(ISourceViewer viewer) {
		if (fSourceViewerDecorationSupport == null) {
			fSourceViewerDecorationSupport = new StrikethroughDecorationSupport(viewer, getOverviewRuler(),
					getAnnotationAccess(), getSharedColors());
			configureSourceViewerDecorationSupport(fSourceViewerDecorationSupport);
		}
		return fSourceViewerDecorationSupport;
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		StrikethroughDecorationSupport.defaultForRejectedClaims();
		setSourceViewerConfiguration(new ArticleSourceViewerConfiguration(getPreferenceStore()));
	}
}
