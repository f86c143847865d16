package io.claimtagger.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.claimtagger.core.text.TextSpan;

/**
 * The user's corrections, applied after recognition: names always ignored, names suppressed in
 * one article, and the user's own dictionary entries (tag "Acme Cloud" as a product; retype a
 * name). Immutable; the editor builds one per article and run.
 */
public final class UserCorrections {

	/** A name the user tagged himself. */
	public record Entry(String text, EntityType type, String canonical) {
	}

	public static final UserCorrections NONE = new UserCorrections(List.of(), Set.of(), Set.of());

	private final List<Entry> entries;
	private final Set<String> ignored;
	private final Set<String> suppressed;
	private final CatalogMatcher matcher;

	/**
	 * @param entries    the user dictionary
	 * @param ignored    names never tagged (any case)
	 * @param suppressed names not tagged in the article at hand (any case)
	 */
	public UserCorrections(List<Entry> entries, Set<String> ignored, Set<String> suppressed) {
		this.entries = List.copyOf(entries);
		this.ignored = lower(ignored);
		this.suppressed = lower(suppressed);
		List<CatalogEntry> asCatalog = new ArrayList<>();
		for (Entry e : entries) {
			asCatalog.add(new CatalogEntry(e.type(), e.canonical(), List.of(e.text()), false, false));
		}
		this.matcher = new CatalogMatcher(new Catalog(asCatalog));
	}

	public boolean isEmpty() {
		return entries.isEmpty() && ignored.isEmpty() && suppressed.isEmpty();
	}

	/** The entities of one sentence once the corrections apply. */
	public List<Entity> apply(CharSequence text, List<TextSpan> tokens, List<Entity> found) {
		if (isEmpty()) {
			return found;
		}
		List<Entity> out = new ArrayList<>(found.size());
		List<CatalogMatch> userMatches = entries.isEmpty() ? List.of() : matcher.match(text, tokens);
		for (Entity e : found) {
			if (isDropped(e.text())) {
				continue;
			}
			boolean overridden = false;
			for (CatalogMatch m : userMatches) {
				overridden |= m.span().intersects(e.span());
			}
			if (!overridden) {
				out.add(e);
			}
		}
		for (CatalogMatch m : userMatches) {
			String surface = m.span().in(text).toString();
			if (isDropped(surface)) {
				continue;
			}
			CatalogEntry entry = m.entries().get(0);
			out.add(new Entity(m.span(), surface, entry.type(), entry.canonical(), 1.0, EntitySource.CATALOG));
		}
		out.sort((a, b) -> a.span().compareTo(b.span()));
		return out;
	}

	private boolean isDropped(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		return ignored.contains(key) || suppressed.contains(key);
	}

	private static Set<String> lower(Set<String> names) {
		return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof UserCorrections u && u.entries.equals(entries) && u.ignored.equals(ignored)
				&& u.suppressed.equals(suppressed);
	}

	@Override
	public int hashCode() {
		return entries.hashCode() * 31 + ignored.hashCode() * 7 + suppressed.hashCode();
	}
}
