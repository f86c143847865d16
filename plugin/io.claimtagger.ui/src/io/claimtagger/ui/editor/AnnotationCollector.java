package io.claimtagger.ui.editor;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.IAnnotationModelExtension2;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.ui.preferences.TaggerPreferences;

/**
 * Collects one run's highlights and swaps them into the annotation model in a single
 * {@code replaceAnnotations}, as the platform's spelling collector does: {@link #beginCollecting},
 * {@link #accept}, {@link #endCollecting}. Only the ranges being repainted are touched; everything
 * else keeps its annotation objects (and so its place, hover and ruler mark).
 */
final class AnnotationCollector {

	/** Very many annotations freeze Eclipse's painters; beyond this only the first ones are shown. */
	public static final int MAX_ANNOTATIONS = 10_000;

	private final IAnnotationModel model;
	private List<TextSpan> ranges;
	private Map<Annotation, Position> added;

	AnnotationCollector(IAnnotationModel model) {
		this.model = model;
	}

	/** Starts a run that repaints {@code ranges} (sorted, disjoint), or the whole document when null. */
	void beginCollecting(List<TextSpan> ranges) {
		this.ranges = ranges;
		this.added = new HashMap<>();
	}

	/** Takes what {@code result} has in the ranges being repainted and the user wants shown. */
	void accept(TaggedDocument result, TaggerPreferences.Filter filter, StoredReviews reviews) {
		for (Entity e : result.entities()) {
			boolean shown = e.type() == EntityType.VENDOR ? filter.vendors() : filter.products();
			if (shown && e.confidence() >= filter.minConfidence() && repaints(e.span())) {
				accept(new EntityAnnotation(e), e.span());
			}
		}
		if (filter.claims()) {
			for (Claim c : result.claims()) {
				if (c.confidence() >= filter.minConfidence() && repaints(c.span())) {
					accept(new ClaimAnnotation(c, reviews.of(c)), c.span());
				}
			}
		}
	}

	private void accept(Annotation annotation, TextSpan span) {
		if (added.size() < MAX_ANNOTATIONS) {
			added.put(annotation, new Position(span.start(), span.length()));
		}
	}

	private boolean repaints(TextSpan span) {
		if (ranges == null) {
			return true;
		}
		for (TextSpan r : ranges) {
			if (r.contains(span)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Replaces our annotations in the ranges with those collected, in one model event, holding the
	 * model's lock object (which file buffers share with the document, so no edit slips in between
	 * the check and the change). Paints nothing and returns false when {@code current} says the
	 * result is stale (the document changed since the run read it, or the editor went away).
	 */
	boolean endCollecting(BooleanSupplier current) {
		Object lock = model instanceof ISynchronizable s && s.getLockObject() != null ? s.getLockObject() : model;
		try {
			synchronized (lock) {
				if (!current.getAsBoolean()) {
					return false;
				}
				Annotation[] toRemove = ours().toArray(Annotation[]::new);
				if (model instanceof IAnnotationModelExtension ext) {
					ext.replaceAnnotations(toRemove, added);
				} else {
					for (Annotation a : toRemove) {
						model.removeAnnotation(a);
					}
					added.forEach(model::addAnnotation);
				}
				return true;
			}
		} finally {
			added = null;
		}
	}

	private Set<Annotation> ours() {
		Set<Annotation> found = new LinkedHashSet<>();
		if (ranges == null || !(model instanceof IAnnotationModelExtension2)) {
			addOurs(model.getAnnotationIterator(), found);
		} else {
			for (TextSpan r : ranges) {
				addOurs(((IAnnotationModelExtension2) model).getAnnotationIterator(r.start(), r.length(), true, true), found);
			}
		}
		if (ranges != null && !(model instanceof IAnnotationModelExtension2)) {
			found.removeIf(a -> !inRanges(model.getPosition(a)));
		}
		return found;
	}

	private boolean inRanges(Position p) {
		if (p == null) {
			return true;
		}
		for (TextSpan r : ranges) {
			if (p.getOffset() < r.end() && r.start() < p.getOffset() + p.getLength()) {
				return true;
			}
		}
		return false;
	}

	private static void addOurs(Iterator<Annotation> it, Set<Annotation> out) {
		while (it.hasNext()) {
			Annotation a = it.next();
			if (a instanceof EntityAnnotation || a instanceof ClaimAnnotation) {
				out.add(a);
			}
		}
	}
}
