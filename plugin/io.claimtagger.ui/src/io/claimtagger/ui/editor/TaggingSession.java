package io.claimtagger.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;

import io.claimtagger.ui.preferences.TaggerPreferences;

/**
 * The tagging of one open document, shared by every editor showing it (they share its
 * annotation model too). The UI thread only flips volatile state and schedules jobs here:
 * {@link #setEnabled}, {@link #invalidate}; the run lock is held by background runs alone (the
 * reconciler's thread, {@link RetagJob}), so typing, toggling, preference changes and
 * corrections never wait for a tagging run. A run takes the edits the document listener
 * recorded, re-tags what they touched and paints it in one annotation model change; the engine
 * is called inside {@link SafeRunner}, so its failure is logged once and goes no further.
 */
public final class TaggingSession {

	private final IDocument document;
	private final EditLog edits = new EditLog();
	private final List<ISourceViewer> viewers = new CopyOnWriteArrayList<>();
	private final RetagJob retagJob = new RetagJob(this);
	private final ReentrantLock runLock = new ReentrantLock();
	private final AtomicBoolean repaintAll = new AtomicBoolean(true);
	private volatile boolean enabled = TaggerPreferences.store().getBoolean(TaggerPreferences.ENABLED);
	/** Counts invalidations; a failed engine is left alone until the count moves on from its failure. */
	private final AtomicInteger invalidations = new AtomicInteger();
	private volatile int failedAt = -1;
	private volatile boolean closed;
	// Guarded by runLock:
	private final DocumentTagging tagging;
	private final PaintBacklog backlog = new PaintBacklog();

	TaggingSession(IDocument document) {
		this.document = document;
		this.tagging = new DocumentTagging(document, edits);
		document.addDocumentListener(edits);
	}

	/** The document tagged, for finding its file. */
	/** What the last run found, and the document stamp it was for. */
	private record Tagged(io.claimtagger.core.pipeline.TaggedDocument document, long stamp) {
	}

	private volatile Tagged last;

	/**
	 * The sentence at {@code offset} with the names the editor shows in it, as the last run found them,
	 * or null when the document changed since (a correction must describe what the user saw).
	 */
	public io.claimtagger.core.entity.TaggedSentence sentenceAt(int offset) {
		Tagged t = last;
		if (t == null || t.stamp() != EditLog.stampOf(document)) {
			return null;
		}
		for (io.claimtagger.core.entity.TaggedSentence s : t.document().sentences()) {
			if (s.span().start() <= offset && offset <= s.span().end()) {
				return s;
			}
		}
		return null;
	}

	public IDocument document() {
		return document;
	}

	public boolean isEnabled() {
		return enabled;
	}

	/** Turns tagging of this document on or off; a background run paints or removes the highlights. */
	public void setEnabled(boolean on) {
		enabled = on;
		invalidate();
	}

	/**
	 * Repaints the whole document in the background: preferences, corrections or reviews changed.
	 * A failed engine gets another chance.
	 */
	public void invalidate() {
		repaintAll.set(true);
		invalidations.incrementAndGet();
		retagJob.schedule();
	}

	/** One background tagging run; on the UI thread it is handed to a job instead, never run there. */
	public void run(IProgressMonitor monitor) {
		if (closed) {
			return;
		}
		if (Display.getCurrent() != null) {
			retagJob.schedule();
			return;
		}
		runLock.lock();
		try {
			int seen = invalidations.get();
			if (failedAt == seen) {
				return; // the engine failed and nothing changed since
			}
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					try {
						runLocked(monitor);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt(); // the reconciler is stopping
					}
				}

				@Override
				public void handleException(Throwable error) {
					// SafeRunner has logged it (all but cancellation). Stop calling a failing
					// engine until something invalidates the session, so it is logged once.
					tagging.forget();
					backlog.everything();
					if (!(error instanceof OperationCanceledException)) {
						failedAt = seen;
					}
				}
			});
		} finally {
			runLock.unlock();
		}
	}

	private void runLocked(IProgressMonitor monitor) throws InterruptedException {
		IAnnotationModel model = annotationModel();
		if (model == null) {
			return;
		}
		if (repaintAll.getAndSet(false)) {
			backlog.everything();
		}
		long stamp = EditLog.stampOf(document);
		String text = document.get();
		if (EditLog.stampOf(document) != stamp) {
			return; // edited while we read; the reconciler runs again
		}
		AnnotationCollector collector = new AnnotationCollector(model);
		if (!enabled) {
			tagging.forget();
			edits.discardUpTo(stamp);
			backlog.everything();
			collector.beginCollecting(null);
			collector.endCollecting(() -> !closed); // removes every highlight
			return;
		}
		DocumentTagging.Step step = tagging.advance(text, stamp, monitor);
		last = new Tagged(step.document(), stamp);
		backlog.add(step.retagged(), step.edits());
		if (backlog.isEmpty() || monitor.isCanceled()) {
			return;
		}
		collector.beginCollecting(backlog.ranges());
		collector.accept(step.document(), TaggerPreferences.Filter.current(), StoredReviews.of(document));
		if (collector.endCollecting(() -> !closed && EditLog.stampOf(document) == stamp)) {
			backlog.painted();
		}
	}

	private IAnnotationModel annotationModel() {
		for (ISourceViewer v : viewers) {
			IAnnotationModel model = v.getAnnotationModel();
			if (model != null) {
				return model;
			}
		}
		return null;
	}

	void addViewer(ISourceViewer viewer) {
		viewers.add(viewer);
	}

	/** Returns true when no viewer is left. */
	boolean removeViewer(ISourceViewer viewer) {
		viewers.remove(viewer);
		return viewers.isEmpty();
	}

	/** The last editor on the document closed: stop listening; a run still going paints nothing. */
	void close() {
		closed = true;
		retagJob.cancel();
		document.removeDocumentListener(edits);
	}
}
