package io.claimtagger.core.mentions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.LineIndex;

/**
 * Groups mentions by vendor or product. A name is one entity per type: a vendor and a product of
 * the same canonical name (Citrix the company, a product line called Citrix) stay apart.
 */
public final class EntityGroups {

	/** Most mentioned first; ties alphabetically, ignoring case, so the list reads like an index. */
	static final Comparator<EntityGroup<?>> ORDER = Comparator.comparingInt((EntityGroup<?> g) -> -g.mentions().size())
			.thenComparing(EntityGroup::canonical, String.CASE_INSENSITIVE_ORDER);

	private record Key(EntityType type, String canonical) {
	}

	private EntityGroups() {
	}

	/** The mentions of one article's entities, each with its line. */
	public static <A> List<EntityMention<A>> mentionsIn(A article, List<Entity> entities, LineIndex lines) {
		List<EntityMention<A>> mentions = new ArrayList<>(entities.size());
		for (Entity e : entities) {
			mentions.add(new EntityMention<>(article, e, lines.lineOf(e.start())));
		}
		return mentions;
	}

	/**
	 * The groups of the mentions in {@link #ORDER}; within a group, the mentions keep the order
	 * they were given in (article by article, in reading order when so given).
	 */
	public static <A> List<EntityGroup<A>> of(Collection<EntityMention<A>> mentions) {
		Map<Key, List<EntityMention<A>>> byEntity = new LinkedHashMap<>();
		for (EntityMention<A> m : mentions) {
			Entity e = m.entity();
			byEntity.computeIfAbsent(new Key(e.type(), e.canonical()), k -> new ArrayList<>()).add(m);
		}
		List<EntityGroup<A>> groups = new ArrayList<>(byEntity.size());
		byEntity.forEach((key, grouped) -> groups.add(new EntityGroup<>(key.canonical(), key.type(), grouped)));
		groups.sort(ORDER);
		return groups;
	}

	/** All mentions of the groups together. */
	public static int mentionCount(Collection<? extends EntityGroup<?>> groups) {
		return groups.stream().mapToInt(g -> g.mentions().size()).sum();
	}
}
