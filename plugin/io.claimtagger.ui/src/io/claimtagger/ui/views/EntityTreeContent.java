package io.claimtagger.ui.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;

import io.claimtagger.core.mentions.EntityGroup;
import io.claimtagger.core.mentions.EntityMention;

/**
 * The Vendors &amp; Products tree: the groups at the top, their mentions below. Knows each mention's
 * group, so the tree can reveal a mention whose group is collapsed.
 */
final class EntityTreeContent implements ITreeContentProvider {

	private List<EntityGroup<IFile>> groups = List.of();
	private Map<EntityMention<IFile>, EntityGroup<IFile>> groupOf = Map.of();

	void setGroups(List<EntityGroup<IFile>> newGroups) {
		Map<EntityMention<IFile>, EntityGroup<IFile>> parents = new HashMap<>();
		newGroups.forEach(g -> g.mentions().forEach(m -> parents.put(m, g)));
		groups = List.copyOf(newGroups);
		groupOf = parents;
	}

	List<EntityGroup<IFile>> groups() {
		return groups;
	}

	@Override
	public Object[] getElements(Object input) {
		return groups.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof EntityGroup<?> g ? g.mentions().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof EntityMention<?> m ? groupOf.get(m) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof EntityGroup;
	}
}
