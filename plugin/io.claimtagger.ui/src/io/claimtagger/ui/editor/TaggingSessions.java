package io.claimtagger.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.text.IDocument;

/**
 * Which tagging strategy serves which open document, so commands (toggle, preference changes)
 * reach editors of any kind, the Generic Text Editor included. Weak: a closed editor's document
 * goes away with it.
 */
public final class TaggingSessions {

	private static final Map<IDocument, TaggingReconcilingStrategy> SESSIONS = new WeakHashMap<>();

	private TaggingSessions() {
	}

	static synchronized void register(IDocument document, TaggingReconcilingStrategy strategy) {
		SESSIONS.put(document, strategy);
	}

	static synchronized void unregister(IDocument document, TaggingReconcilingStrategy strategy) {
		SESSIONS.remove(document, strategy);
	}

	public static synchronized TaggingReconcilingStrategy of(IDocument document) {
		return SESSIONS.get(document);
	}

	public static synchronized List<TaggingReconcilingStrategy> all() {
		return new ArrayList<>(SESSIONS.values());
	}
}
