package io.claimtagger.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.IPath;

/**
 * Where a view's scope is after a workspace change: a renamed or moved resource is followed to its
 * new place, a deleted one leaves the scope. When nothing is left, the scope becomes the nearest
 * container still there (the workspace at worst), so the view never names a path that is gone.
 */
final class ScopeFollower {

	private ScopeFollower() {
	}

	/** The scope after {@code delta}; the same list when the change does not touch it. */
	static List<IResource> follow(List<IResource> scope, IResourceDelta delta, IWorkspaceRoot root) {
		List<IResource> next = new ArrayList<>();
		IResource nearest = null;
		boolean changed = false;
		for (IResource r : scope) {
			IResourceDelta d = r.getType() == IResource.ROOT ? null : delta.findMember(r.getFullPath());
			if (d == null || d.getKind() != IResourceDelta.REMOVED) {
				next.add(r);
				continue;
			}
			changed = true;
			if ((d.getFlags() & IResourceDelta.MOVED_TO) != 0) {
				IResource moved = root.findMember(d.getMovedToPath());
				if (moved != null) {
					next.add(moved);
					continue;
				}
			}
			if (nearest == null) {
				nearest = existingAncestor(r.getFullPath(), root);
			}
		}
		if (!changed) {
			return scope;
		}
		if (next.isEmpty()) {
			next.add(nearest == null ? root : nearest);
		}
		return List.copyOf(next.stream().distinct().toList());
	}

	private static IResource existingAncestor(IPath path, IWorkspaceRoot root) {
		for (IPath p = path.removeLastSegments(1); p.segmentCount() > 0; p = p.removeLastSegments(1)) {
			IResource r = root.findMember(p);
			if (r != null && r.isAccessible()) {
				return r;
			}
		}
		return root;
	}
}
