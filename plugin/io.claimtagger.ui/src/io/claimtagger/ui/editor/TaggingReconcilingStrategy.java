package io.claimtagger.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Connects a viewer's reconciler to the tagging session of the document it shows. The reconciler
 * calls {@code reconcile} in its background thread after typing pauses; the session knows the
 * edits from the document's events, so the dirty regions passed here are not needed. Switching
 * documents (on the UI thread) only swaps sessions and takes no lock a run holds.
 */
public final class TaggingReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private volatile ISourceViewer viewer;
	private volatile TaggingSession session;
	private volatile IProgressMonitor monitor = new NullProgressMonitor();

	/** The viewer whose annotation model receives the highlights (known only at install time). */
	public void setViewer(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void setDocument(IDocument document) {
		TaggingSession current = session;
		if (current != null && current.document() == document) {
			return;
		}
		disconnect();
		ISourceViewer v = viewer;
		if (document != null && v != null) {
			session = TaggingSessions.connect(document, v);
		}
	}

	/** The viewer no longer shows a document through this strategy (the reconciler is uninstalled). */
	void disconnect() {
		TaggingSession s = session;
		session = null;
		if (s != null) {
			TaggingSessions.disconnect(s, viewer);
		}
	}

	/** The session of the document shown, or null before installation. */
	public TaggingSession session() {
		return session;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor != null ? monitor : new NullProgressMonitor();
	}

	@Override
	public void initialReconcile() {
		run();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		run();
	}

	@Override
	public void reconcile(IRegion partition) {
		run();
	}

	private void run() {
		TaggingSession s = session;
		if (s != null) {
			s.run(monitor);
		}
	}
}
