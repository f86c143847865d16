package io.claimtagger.ui.corrections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.editor.EntityAnnotation;
import io.claimtagger.ui.editor.TaggingSessions;
import io.claimtagger.ui.editor.TaggingTextHover;

/**
 * Ctrl+1 on a highlight: not a vendor/product here, always ignore it, change its type; on a
 * selection: tag it as vendor or product. Corrections apply at once in every open editor.
 */
public class TaggingQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof EntityAnnotation;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return tagged(context) && (selection(context).y > 0 || !entitiesAt(context).isEmpty());
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		if (!tagged(context)) {
			return new ICompletionProposal[0];
		}
		ISourceViewer viewer = context.getSourceViewer();
		IDocument document = viewer.getDocument();
		String article = ArticlePaths.of(document);
		String line = ArticlePaths.lineAt(document, context.getOffset());
		UserCorrectionsStore store = UserCorrectionsStore.get();
		// The sentence as the user sees it now; each fix also keeps it, corrected, as training evidence.
		CorrectionEvidence evidence = CorrectionEvidence.at(document, context.getOffset());
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Entity e : entitiesAt(context)) {
			String kind = e.type() == EntityType.VENDOR ? Messages.QuickFix_vendor : Messages.QuickFix_product;
			if (article != null) {
				proposals.add(new CorrectionProposal(NLS.bind(Messages.QuickFix_notHere, kind),
						() -> {
							store.suppress(article, e.text(), line);
							learn(evidence, ev -> ev.without(e.text()), "not a " + e.type().id() + " here: \"" + e.text() + "\"");
						}));
			}
			proposals.add(new CorrectionProposal(NLS.bind(Messages.QuickFix_alwaysIgnore, e.text()),
					() -> {
						store.ignore(e.text(), line);
						learn(evidence, ev -> ev.without(e.text()), "always ignore \"" + e.text() + "\"");
					}));
			EntityType other = e.type() == EntityType.VENDOR ? EntityType.PRODUCT : EntityType.VENDOR;
			proposals.add(new CorrectionProposal(
					NLS.bind(Messages.QuickFix_changeType, other == EntityType.VENDOR ? Messages.QuickFix_vendor : Messages.QuickFix_product),
					() -> {
						store.addEntry(new UserCorrections.Entry(e.text(), other, e.canonical()), line);
						learn(evidence, ev -> ev.retyped(e.text(), other), "\"" + e.text() + "\" is a " + other.id());
					}));
			// A name the user's dictionary types: the way back to what the engine finds by itself.
			if (store.entries().stream().anyMatch(entry -> entry.text().equalsIgnoreCase(e.text()))) {
				proposals.add(new CorrectionProposal(NLS.bind(Messages.QuickFix_forget, e.text()),
						() -> store.removeEntry(e.text())));
			}
		}
		Point selection = selection(context);
		if (selection.y > 0) {
			try {
				String selected = document.get(selection.x, selection.y).strip();
				if (!selected.isEmpty() && selected.length() <= 100 && !selected.contains("\n")) {
					for (EntityType type : EntityType.values()) {
						String kind = type == EntityType.VENDOR ? Messages.QuickFix_vendor : Messages.QuickFix_product;
						proposals.add(new CorrectionProposal(NLS.bind(Messages.QuickFix_tagAs, selected, kind),
								() -> {
									store.addEntry(new UserCorrections.Entry(selected, type, selected), line);
									learn(evidence, ev -> ev.tagged(selected, type), "tagged \"" + selected + "\" as " + type.id());
								}));
					}
				}
			} catch (BadLocationException e) {
				// the selection went away meanwhile: offer nothing for it
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static void learn(CorrectionEvidence evidence,
			java.util.function.Function<CorrectionEvidence, java.util.function.UnaryOperator<List<io.claimtagger.core.corpus.Mention>>> change,
			String action) {
		if (evidence != null) {
			evidence.record(change.apply(evidence), action);
		}
	}

	/**
	 * The Generic Editor asks every quick assist processor of a text content type, with no way to
	 * limit it to articles: only a document Claim Tagger tags (an article) gets proposals.
	 */
	private static boolean tagged(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		return viewer != null && viewer.getDocument() != null && TaggingSessions.of(viewer.getDocument()) != null;
	}

	/**
	 * The range to tag, as (offset, length). The editor's quick assist (Ctrl+1, Edit > Quick Fix)
	 * asks with the caret's offset and a length of -1, whatever is selected; only a caller that
	 * knows the range passes it. So a context without a length means the viewer's selection.
	 */
	private static Point selection(IQuickAssistInvocationContext context) {
		if (context.getLength() >= 0) {
			return new Point(context.getOffset(), context.getLength());
		}
		Point selected = context.getSourceViewer().getSelectedRange();
		return selected != null ? selected : new Point(context.getOffset(), 0);
	}

	private static List<Entity> entitiesAt(IQuickAssistInvocationContext context) {
		List<Entity> out = new ArrayList<>();
		for (Annotation a : TaggingTextHover.annotationsAt(context.getSourceViewer(), context.getOffset())) {
			if (a instanceof EntityAnnotation ea) {
				out.add(ea.entity());
			}
		}
		return out;
	}
}
