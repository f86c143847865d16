package io.claimtagger.ui.editor;

import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

/**
 * The article editor: the platform text editor with vendors, products and claims highlighted as
 * the user types. Default for {@code .article}; available through Open With for .txt and .md.
 */
public final class ArticleEditor extends TextEditor {

	public static final String ID = "io.claimtagger.ui.articleEditor";

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		// Articles are prose: one paragraph per line is common, so wrap by default.
		setWordWrap(true);
	}

	/**
	 * A {@link ProjectionViewer} (with no projection), as the JDT editors use. The annotation ruler
	 * paints a plain viewer's annotations through a path that, with word wrap on, asks StyledText
	 * for the bounds of one character past the end of the text when an annotation ends at the end of
	 * a document without a final newline, and throws (an ERROR per repaint); a viewer that maps
	 * model to widget ranges (ITextViewerExtension5) takes the path that stays in bounds.
	 */
	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		fAnnotationAccess = getAnnotationAccess();
		fOverviewRuler = createOverviewRuler(getSharedColors());
		ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer); // created and configured before the viewer is used
		return viewer;
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
