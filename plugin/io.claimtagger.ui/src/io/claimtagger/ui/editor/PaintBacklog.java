package io.claimtagger.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.claimtagger.core.text.TextSpan;

/**
 * The ranges tagged but not painted yet (a run found the document edited again, or was
 * cancelled), in the coordinates of the text tagged last. Later edits move them along, so a
 * skipped paint costs the next run only those ranges, not a repaint of the whole document.
 * Background runs only.
 */
final class PaintBacklog {

	private List<TextSpan> ranges = null; // null: everything (nothing painted yet)

	void everything() {
		ranges = null;
	}

	/**
	 * Adds what one run re-tagged ({@code retagged}, null for everything) after {@code edits}
	 * (null when they were not known, which moves nothing reliably: then everything is repainted).
	 */
	void add(List<TextSpan> retagged, List<DocumentEdit> edits) {
		if (ranges == null || retagged == null) {
			ranges = null;
			return;
		}
		if (!ranges.isEmpty() && edits == null) {
			ranges = null;
			return;
		}
		List<TextSpan> all = new ArrayList<>(ranges.size() + retagged.size());
		for (TextSpan r : ranges) {
			for (DocumentEdit e : edits) {
				r = e.map(r);
			}
			all.add(r);
		}
		all.addAll(retagged);
		ranges = merged(all);
	}

	boolean isEmpty() {
		return ranges != null && ranges.isEmpty();
	}

	/** Sorted, disjoint ranges to repaint; null for the whole document. */
	List<TextSpan> ranges() {
		return ranges;
	}

	void painted() {
		ranges = List.of();
	}

	private static List<TextSpan> merged(List<TextSpan> spans) {
		spans.sort(Comparator.comparingInt(TextSpan::start));
		List<TextSpan> out = new ArrayList<>(spans.size());
		for (TextSpan s : spans) {
			TextSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && last.end() >= s.start()) {
				out.set(out.size() - 1, new TextSpan(last.start(), Math.max(last.end(), s.end())));
			} else {
				out.add(s);
			}
		}
		return out;
	}
}
