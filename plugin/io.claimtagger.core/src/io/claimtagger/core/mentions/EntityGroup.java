package io.claimtagger.core.mentions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.claimtagger.core.entity.EntityType;

/**
 * A vendor or product across articles: its canonical name and type, and every mention of it
 * ("RHEL 6" and "Red Hat Enterprise Linux" are both mentions of Red Hat Enterprise Linux).
 *
 * @param <A> how the caller names an article
 */
public record EntityGroup<A>(String canonical, EntityType type, List<EntityMention<A>> mentions) {

	public EntityGroup {
		mentions = List.copyOf(mentions);
	}

	/** In how many different articles it is mentioned. */
	public int articleCount() {
		Set<A> articles = new HashSet<>();
		mentions.forEach(m -> articles.add(m.article()));
		return articles.size();
	}

	/**
	 * Whether the two stand for the same vendor or product, though their mentions may differ: a
	 * group found again after an edit is still the group the user had opened.
	 */
	public boolean isSameEntity(EntityGroup<?> other) {
		return type == other.type && canonical.equals(other.canonical);
	}

	/**
	 * Whether the canonical name or one of the mentions contains {@code query}, ignoring case; every
	 * group matches a blank query. Searching the mentions too finds Red Hat Enterprise Linux by "RHEL".
	 */
	public boolean matches(String query) {
		String q = query.strip().toLowerCase(Locale.ROOT);
		return q.isEmpty() || canonical.toLowerCase(Locale.ROOT).contains(q)
				|| mentions.stream().anyMatch(m -> m.entity().text().toLowerCase(Locale.ROOT).contains(q));
	}
}
