package io.claimtagger.resources.corrections;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

import io.claimtagger.resources.ClaimTaggerResources;

/**
 * Tells the {@link UserCorrectionsStore} where files went: a renamed or moved file (itself, or
 * inside a renamed folder or project) keeps its per-article corrections under its new path; a
 * deleted one loses them.
 */
final class ArticleMoves implements IResourceChangeListener {

	private final UserCorrectionsStore store;

	ArticleMoves(UserCorrectionsStore store) {
		this.store = store;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Map<String, String> moves = new LinkedHashMap<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource().getType() == IResource.FILE && delta.getKind() == IResourceDelta.REMOVED) {
					boolean moved = (delta.getFlags() & IResourceDelta.MOVED_TO) != 0;
					moves.put(delta.getFullPath().toString(), moved ? delta.getMovedToPath().toString() : null);
				}
				return true;
			});
		} catch (CoreException e) {
			ClaimTaggerResources.log("Cannot follow moved articles' corrections", e);
			return;
		}
		if (!moves.isEmpty()) {
			store.articlesMoved(moves);
		}
	}
}
