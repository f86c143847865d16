package io.claimtagger.ui.editor;

import io.claimtagger.core.pipeline.IncrementalTagger;
import io.claimtagger.core.text.TextSpan;

/**
 * One document change as its listener saw it: {@code removedLength} characters at
 * {@code offset} became {@code inserted}, taking the document from modification stamp
 * {@code stampBefore} to {@code stampAfter}. The stamps chain the edits to the text a background
 * run reads (see {@link EditLog}); {@code wholeDocument} marks a replacement of everything, as
 * {@code IDocument.set} makes when a file is reverted or reloaded.
 */
record DocumentEdit(int offset, int removedLength, String inserted, long stampBefore, long stampAfter,
		boolean wholeDocument) {

	IncrementalTagger.Edit forTagger() {
		return new IncrementalTagger.Edit(offset, removedLength, inserted.length());
	}

	/** Where {@code span} of the text before this edit lies after it; a span the edit cuts into grows over what was inserted. */
	TextSpan map(TextSpan span) {
		int start = mapOffset(span.start(), offset);
		int end = mapOffset(span.end(), offset + inserted.length());
		return new TextSpan(start, Math.max(start, end));
	}

	private int mapOffset(int at, int insideTo) {
		if (at <= offset) {
			return at;
		}
		return at >= offset + removedLength ? at + inserted.length() - removedLength : insideTo;
	}
}
