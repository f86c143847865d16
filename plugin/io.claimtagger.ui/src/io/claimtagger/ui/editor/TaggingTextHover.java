package io.claimtagger.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension2;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Shell;

/**
 * Hover over a highlight: entity type, canonical name, confidence and source; over a claim:
 * kind, polarity, what it is about and its review status. Innermost first.
 */
public class TaggingTextHover implements ITextHover, ITextHoverExtension {

	/**
	 * Plain text, one fact per line. Without a creator of its own the Generic Editor shows the
	 * hover through a control that reads it as HTML and runs the lines together.
	 */
	private static final IInformationControlCreator PLAIN_TEXT = new AbstractReusableInformationControlCreator() {
		@Override
		protected IInformationControl doCreateInformationControl(Shell parent) {
			return new DefaultInformationControl(parent, (String) null, null);
		}
	};

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return PLAIN_TEXT;
	}

	@Override
	public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
		List<String> texts = new ArrayList<>();
		for (Annotation a : annotationsAt(textViewer, hoverRegion.getOffset())) {
			texts.add(a.getText());
		}
		return texts.isEmpty() ? null : String.join("\n\n", texts);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		return new Region(offset, 0);
	}

	public static List<Annotation> annotationsAt(ITextViewer textViewer, int offset) {
		List<Annotation> entities = new ArrayList<>();
		List<Annotation> claims = new ArrayList<>();
		if (!(textViewer instanceof ISourceViewer sv) || sv.getAnnotationModel() == null) {
			return entities;
		}
		IAnnotationModel model = sv.getAnnotationModel();
		Iterator<Annotation> it = model instanceof IAnnotationModelExtension2 m2
				? m2.getAnnotationIterator(offset, 1, true, true)
				: model.getAnnotationIterator();
		while (it.hasNext()) {
			Annotation a = it.next();
			if (!(a instanceof EntityAnnotation) && !(a instanceof ClaimAnnotation)) {
				continue;
			}
			Position p = model.getPosition(a);
			if (p != null && !p.isDeleted() && p.getOffset() <= offset && offset < p.getOffset() + p.getLength()) {
				(a instanceof EntityAnnotation ? entities : claims).add(a);
			}
		}
		entities.addAll(claims);
		return entities;
	}
}
