package io.claimtagger.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * The tagging session of each open document, so commands (toggle, preference changes) reach
 * editors of any kind, the Generic Text Editor included. A session lives while some viewer shows
 * its document: editors connect on install and disconnect on uninstall. Lock-free for callers on
 * the UI thread.
 */
public final class TaggingSessions {

	private static final Map<IDocument, TaggingSession> SESSIONS = new ConcurrentHashMap<>();

	private TaggingSessions() {
	}

	static TaggingSession connect(IDocument document, ISourceViewer viewer) {
		return SESSIONS.compute(document, (d, existing) -> {
			TaggingSession session = existing != null ? existing : new TaggingSession(d);
			session.addViewer(viewer);
			return session;
		});
	}

	static void disconnect(TaggingSession session, ISourceViewer viewer) {
		SESSIONS.computeIfPresent(session.document(), (d, existing) -> {
			if (existing != session || !session.removeViewer(viewer)) {
				return existing;
			}
			session.close();
			return null;
		});
	}

	/** The session of an open document, or null. */
	public static TaggingSession of(IDocument document) {
		return document == null ? null : SESSIONS.get(document);
	}

	public static List<TaggingSession> all() {
		return new ArrayList<>(SESSIONS.values());
	}
}
