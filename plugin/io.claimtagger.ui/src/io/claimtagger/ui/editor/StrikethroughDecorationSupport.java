package io.claimtagger.ui.editor;

import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

/**
 * The editor's decoration support, plus a text style the platform does not have: {@value #STYLE},
 * which strikes the text through in the annotation's color. Rejected claims use it by default. The
 * platform reads annotation specifications with its own styles only (it turns any other value in
 * plugin.xml into NONE), so the default is set here; the Annotations preference page cannot list
 * the style either: picking another style there and back is done with "Restore Defaults".
 */
final class StrikethroughDecorationSupport extends SourceViewerDecorationSupport {

	/** The value of an annotation type's text style preference that selects this style. */
	static final String STYLE = "STRIKETHROUGH"; //$NON-NLS-1$

	private static final AnnotationPainter.ITextStyleStrategy STRIKETHROUGH = (StyleRange range, Color color) -> {
		range.strikeout = true;
		range.strikeoutColor = color;
	};

	/** The rejected-claim annotation type draws with {@link #STYLE} unless the user chose otherwise. */
	static void defaultForRejectedClaims() {
		AnnotationPreference preference = EditorsUI.getAnnotationPreferenceLookup()
				.getAnnotationPreference(ClaimAnnotation.REJECTED);
		if (preference != null && preference.getTextStylePreferenceKey() != null) {
			EditorsUI.getPreferenceStore().setDefault(preference.getTextStylePreferenceKey(), STYLE);
		}
	}

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
