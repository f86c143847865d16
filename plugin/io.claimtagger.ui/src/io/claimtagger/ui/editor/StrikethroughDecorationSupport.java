package io.claimtagger.ui.editor;

import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

/**
 * The editor's decoration support, plus a text style the platform does not have: {@value #STYLE},
 * which strikes the text through in the annotation's color. Rejected claims use it by default
 * (plugin.xml); the Annotations preference page cannot list it, so picking another style there and
 * back is done with "Restore Defaults".
 */
final class StrikethroughDecorationSupport extends SourceViewerDecorationSupport {

	/** The value of an annotation type's text style preference that selects this style. */
	static final String STYLE = "STRIKETHROUGH"; //$NON-NLS-1$

	private static final AnnotationPainter.ITextStyleStrategy STRIKETHROUGH = (StyleRange range, Color color) -> {
		range.strikeout = true;
		range.strikeoutColor = color;
	};

	StrikethroughDecorationSupport(ISourceViewer viewer, IOverviewRuler ruler, IAnnotationAccess access,
			ISharedTextColors colors) {
		super(viewer, ruler, access, colors);
	}

	@Override
	protected AnnotationPainter createAnnotationPainter() {
		AnnotationPainter painter = super.createAnnotationPainter();
		painter.addTextStyleStrategy(STYLE, STRIKETHROUGH);
		return painter;
	}
}
