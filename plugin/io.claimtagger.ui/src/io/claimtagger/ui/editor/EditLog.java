package io.claimtagger.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;

/**
 * The edits made to one document since the last tagging run, recorded from its
 * {@link DocumentEvent}s as LSP4E's document synchronizer and TM4E's line model take them: offset,
 * removed length and inserted text, in order. The listener runs on whatever thread changes the
 * document (the UI thread when typing) and takes no lock: it appends to a lock-free queue. The
 * background run takes the edits that lead from the stamp it tagged to the stamp it read.
 */
final class EditLog implements IDocumentListener {

	/** Past this many edits between two runs (a huge paste in pieces, a formatter) comparing texts is cheaper. */
	static final int CAPACITY = 1_000;

	private final Queue<DocumentEdit> queue = new ConcurrentLinkedQueue<>();
	private final AtomicInteger queued = new AtomicInteger();
	private volatile boolean overflowed;
	// Written in documentAboutToBeChanged, read in documentChanged right after, on the same thread.
	private volatile long stampBefore = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	private volatile boolean wholeDocument;
	/** Edits taken from the queue that belong to a later run; background runs only. */
	private final List<DocumentEdit> carried = new ArrayList<>();

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		IDocument document = event.getDocument();
		stampBefore = stampOf(document);
		wholeDocument = event.getOffset() == 0 && event.getLength() == document.getLength() && event.getLength() > 0;
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		if (queued.incrementAndGet() > CAPACITY) {
			queued.decrementAndGet();
			overflowed = true;
			return;
		}
		String text = event.getText() == null ? "" : event.getText();
		queue.add(new DocumentEdit(event.getOffset(), event.getLength(), text, stampBefore, event.getModificationStamp(),
				wholeDocument));
	}

	/**
	 * The recorded edits that lead from the text tagged at stamp {@code from} to the document at
	 * stamp {@code to}, oldest first; empty when the two are the same. Null when the edits cannot
	 * be trusted and the caller must compare texts instead: stamps unknown, the log overflowed,
	 * the document was replaced as a whole, or the chain of stamps has a gap or does not reach
	 * {@code to} (an event not delivered yet, or lost while listeners were stopped). Edits made
	 * after {@code to} stay for the next run. Background runs only.
	 */
	List<DocumentEdit> take(long from, long to) {
		drain();
		if (overflowed || to == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			overflowed = false;
			discardUpTo(to);
			return null;
		}
		// Edits from before `from` can arrive late (a run read the document between its change
		// and this listener): they are in the text already tagged, so skip to where `from` starts.
		int start = 0;
		while (start < carried.size() && carried.get(start).stampBefore() != from) {
			start++;
		}
		// Follow the chain as far as it goes; the last edit ending at `to` wins, since stamps
		// repeat only through undo and redo, which bring back the same text.
		int reach = -1;
		for (int i = start; i < carried.size(); i++) {
			DocumentEdit e = carried.get(i);
			if (e.wholeDocument() || i > start && e.stampBefore() != carried.get(i - 1).stampAfter()) {
				break;
			}
			if (e.stampAfter() == to) {
				reach = i;
			}
		}
		if (from == to) { // nothing to re-tag: typing undone, or no edit at all
			carried.subList(0, reach >= 0 ? reach + 1 : start).clear();
			return List.of();
		}
		if (reach < 0) {
			discardUpTo(to);
			return null;
		}
		List<DocumentEdit> chain = List.copyOf(carried.subList(start, reach + 1));
		carried.subList(0, reach + 1).clear();
		return chain;
	}

	/** Forgets the edits up to the document at stamp {@code to}, which a run is about to tag as a whole. */
	void discardUpTo(long to) {
		drain();
		int keep = 0;
		while (keep < carried.size() && carried.get(keep).stampBefore() != to) {
			keep++;
		}
		carried.subList(0, keep).clear();
	}

	private void drain() {
		for (DocumentEdit e = queue.poll(); e != null; e = queue.poll()) {
			queued.decrementAndGet();
			carried.add(e);
		}
		if (carried.size() > CAPACITY) {
			carried.clear();
			overflowed = true;
		}
	}

	static long stampOf(IDocument document) {
		return document instanceof IDocumentExtension4 d ? d.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
