package io.claimtagger.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension2;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.pipeline.IncrementalTagger;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.corrections.ArticlePaths;
import io.claimtagger.ui.preferences.TaggerPreferences;

/**
 * Tags the document in the reconciler's background thread and swaps the highlights of the
 * re-tagged range in one {@code replaceAnnotations} call, holding the annotation model's lock.
 * The edit is found by comparing with the text tagged last time, so merged, missed or external
 * edits cannot desynchronise it; a result computed for an older document state is never painted.
 */
public final class TaggingReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	/** Very many annotations freeze Eclipse's painters; beyond this only the first ones are shown. */
	static final int MAX_ANNOTATIONS = 10_000;
	/** Annotations per model event when painting a whole document. */
	static final int PAINT_CHUNK = 300;

	private volatile ISourceViewer viewer;
	private volatile IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();
	private TaggingPipeline pipeline;
	private IncrementalTagger tagger;
	private String taggedText;
	private boolean repaintAll = true;
	private volatile boolean enabled = TaggerPreferences.store().getBoolean(TaggerPreferences.ENABLED);

	/** The viewer whose annotation model receives the highlights (known only at install time). */
	public void setViewer(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public synchronized void setDocument(IDocument document) {
		if (this.document != null) {
			TaggingSessions.unregister(this.document, this);
		}
		this.document = document;
		this.taggedText = null;
		this.repaintAll = true;
		if (document != null) {
			TaggingSessions.register(document, this);
		}
	}

	/** The document tagged, for finding its file; null before installation. */
	public IDocument document() {
		return document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor != null ? monitor : new NullProgressMonitor();
	}

	@Override
	public void initialReconcile() {
		retag();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		retag();
	}

	@Override
	public void reconcile(IRegion partition) {
		retag();
	}

	public boolean isEnabled() {
		return enabled;
	}

	/** Turns tagging of this document on or off; off removes every highlight at once. */
	public void setEnabled(boolean on) {
		enabled = on;
		synchronized (this) {
			repaintAll = true;
		}
	}

	/** Forgets what was painted so the next run repaints the whole document (preferences changed). */
	public synchronized void invalidate() {
		repaintAll = true;
	}

	/** One tagging run; public so commands can run it in a job when the reconciler is idle. */
	public synchronized void retag() {
		IDocument doc = document;
		ISourceViewer v = viewer;
		IAnnotationModel model = v == null ? null : v.getAnnotationModel();
		if (doc == null || model == null) {
			return;
		}
		if (!enabled) {
			replace(model, doc, stampOf(doc), null, null);
			taggedText = null;
			return;
		}
		long stamp = stampOf(doc);
		String text = doc.get();
		if (stampOf(doc) != stamp) {
			return; // edited while we read; the reconciler runs again
		}
		try {
			TextSpan retagged;
			TaggedDocument result;
			if (tagger == null) {
				pipeline = TaggingEngine.get().newPipeline(monitor);
				tagger = new IncrementalTagger(pipeline);
			}
			UserCorrections corrections = UserCorrectionsStore.get().forArticle(ArticlePaths.of(doc));
			if (!corrections.equals(pipeline.corrections())) {
				pipeline.setCorrections(corrections);
				taggedText = null; // everything may change: tag from scratch (the cache keeps it cheap)
			}
			if (taggedText == null) {
				result = tagger.reset(text);
				retagged = null;
			} else if (taggedText.equals(text) && !repaintAll) {
				return;
			} else {
				IncrementalTagger.Update update = diffAndUpdate(taggedText, text);
				result = update.document();
				retagged = update.retagged();
			}
			taggedText = text;
			if (monitor.isCanceled()) {
				repaintAll = true;
				return;
			}
			if (repaintAll) {
				retagged = null;
			}
			if (replace(model, doc, stamp, result, retagged)) {
				repaintAll = false;
			} else {
				repaintAll = true; // stale: the next run paints everything again
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (OperationCanceledException e) {
			repaintAll = true; // the editor closed or the reconciler stopped while models loaded
		} catch (RuntimeException e) {
			ClaimTaggerPlugin.log("Tagging failed", e);
			taggedText = null;
		}
	}

	private IncrementalTagger.Update diffAndUpdate(String oldText, String newText) {
		int prefix = 0;
		int max = Math.min(oldText.length(), newText.length());
		while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
			suffix++;
		}
		return tagger.update(newText, prefix, oldText.length() - prefix - suffix, newText.length() - prefix - suffix);
	}

	/**
	 * Swaps our annotations in {@code range} (all of them when null) for those of {@code result};
	 * returns false, painting nothing more, when the document changed since {@code stamp}. Large
	 * paints go in chunks, each its own model event, so the painters on the UI thread never have
	 * thousands of annotations to catch up with at once.
	 */
	private boolean replace(IAnnotationModel model, IDocument doc, long stamp, TaggedDocument result, TextSpan range) {
		TaggerPreferences.Filter filter = TaggerPreferences.Filter.current();
		List<Map.Entry<Annotation, Position>> toAdd = new ArrayList<>();
		if (result != null) {
			collect(result, range, filter, StoredReviews.of(doc), toAdd);
		}
		Object lock = model instanceof ISynchronizable s && s.getLockObject() != null ? s.getLockObject() : model;
		int next = 0;
		boolean first = true;
		do {
			Map<Annotation, Position> chunk = new HashMap<>();
			for (int end = Math.min(toAdd.size(), next + PAINT_CHUNK); next < end; next++) {
				chunk.put(toAdd.get(next).getKey(), toAdd.get(next).getValue());
			}
			synchronized (lock) {
				if (stampOf(doc) != stamp) {
					return false;
				}
				List<Annotation> toRemove = first ? ours(model, range) : List.of();
				first = false;
				if (model instanceof IAnnotationModelExtension ext) {
					ext.replaceAnnotations(toRemove.toArray(Annotation[]::new), chunk);
				} else {
					toRemove.forEach(model::removeAnnotation);
					chunk.forEach(model::addAnnotation);
				}
			}
		} while (next < toAdd.size() && !monitor.isCanceled());
		return next >= toAdd.size();
	}

	private static List<Annotation> ours(IAnnotationModel model, TextSpan range) {
		List<Annotation> found = new ArrayList<>();
		Iterator<Annotation> it = range != null && model instanceof IAnnotationModelExtension2 m2
				? m2.getAnnotationIterator(range.start(), range.length(), true, true)
				: model.getAnnotationIterator();
		while (it.hasNext()) {
			Annotation a = it.next();
			if (a instanceof EntityAnnotation || a instanceof ClaimAnnotation) {
				found.add(a);
			}
		}
		return found;
	}

	private static void collect(TaggedDocument result, TextSpan range, TaggerPreferences.Filter filter,
			StoredReviews reviews, List<Map.Entry<Annotation, Position>> out) {
		for (Entity e : result.entities()) {
			if (out.size() >= MAX_ANNOTATIONS) {
				return;
			}
			boolean shown = e.type() == EntityType.VENDOR ? filter.vendors() : filter.products();
			if (shown && e.confidence() >= filter.minConfidence() && within(e.span(), range)) {
				out.add(Map.entry(new EntityAnnotation(e), new Position(e.start(), e.end() - e.start())));
			}
		}
		if (!filter.claims()) {
			return;
		}
		for (Claim c : result.claims()) {
			if (out.size() >= MAX_ANNOTATIONS) {
				return;
			}
			if (c.confidence() >= filter.minConfidence() && within(c.span(), range)) {
				out.add(Map.entry(new ClaimAnnotation(c, reviews.of(c)), new Position(c.span().start(), c.span().length())));
			}
		}
	}

	private static boolean within(TextSpan span, TextSpan range) {
		return range == null || range.start() <= span.start() && span.end() <= range.end();
	}

	private static long stampOf(IDocument doc) {
		return doc instanceof IDocumentExtension4 d ? d.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
