package io.claimtagger.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;

import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.pipeline.IncrementalTagger;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.ui.corrections.ArticlePaths;

/**
 * How far the background runs got with one document: the engine, the modification stamp of the
 * text tagged last, and bringing the tagging up to the document's text. The recorded edits are
 * the way forward; comparing the whole old and new text is kept only as the fallback for when
 * they cannot be trusted (first run, document replaced by {@code set()}, edit log overflow, stamp
 * chain broken or mismatched). Used under the session's run lock only, never on the UI thread.
 */
final class DocumentTagging {

	/** What a run tagged: the result, the ranges to repaint (null: everything) and the edits applied (null: not known). */
	record Step(TaggedDocument document, List<TextSpan> retagged, List<DocumentEdit> edits) {
	}

	private final IDocument document;
	private final EditLog edits;
	private TaggingPipeline pipeline;
	private IncrementalTagger tagger;
	private boolean tagged;
	private long taggedStamp;

	DocumentTagging(IDocument document, EditLog edits) {
		this.document = document;
		this.edits = edits;
	}

	/** Brings the tagging to {@code text}, the document at {@code stamp}; may block while the models load. */
	Step advance(String text, long stamp, IProgressMonitor monitor) throws InterruptedException {
		if (tagger == null || pipeline.models() != TaggingEngine.get().models()) {
			// First run, or a retraining or revert swapped the models: tag from scratch with the new ones.
			pipeline = TaggingEngine.get().newPipeline(monitor);
			tagger = new IncrementalTagger(pipeline);
			tagged = false;
		}
		UserCorrections corrections = UserCorrectionsStore.get().forArticle(ArticlePaths.of(document));
		if (!corrections.equals(pipeline.corrections())) {
			pipeline.setCorrections(corrections);
			tagged = false; // everything may change: tag from scratch (the sentence cache keeps it cheap)
		}
		EngineHook.beforeEngine();
		Step step;
		if (!tagged) {
			edits.discardUpTo(stamp);
			step = new Step(tagger.reset(text), null, null);
		} else {
			List<DocumentEdit> chain = edits.take(taggedStamp, stamp);
			if (chain != null && fits(chain, text)) {
				List<IncrementalTagger.Edit> forTagger = new ArrayList<>(chain.size());
				chain.forEach(e -> forTagger.add(e.forTagger()));
				IncrementalTagger.Update u = tagger.update(text, forTagger);
				step = new Step(u.document(), u.ranges(), chain);
			} else {
				// Resync fallback: the edits are not known, so find them by comparing the texts.
				// Repaint everything though: a document replaced as a whole had every highlight's
				// position deleted by the platform, and unknown edits may have done the same.
				step = new Step(tagger.resync(text).document(), null, null);
			}
		}
		tagged = true;
		taggedStamp = stamp;
		return step;
	}

	/** The next run tags the document from scratch (after a failure, or while tagging is off). */
	void forget() {
		tagged = false;
	}

	/** The last recorded edit's text must be where it says in the text read: a cheap check that none was lost after it. */
	private static boolean fits(List<DocumentEdit> chain, String text) {
		if (chain.isEmpty()) {
			return true;
		}
		DocumentEdit last = chain.get(chain.size() - 1);
		return last.offset() + last.inserted().length() <= text.length() && text.startsWith(last.inserted(), last.offset());
	}
}
