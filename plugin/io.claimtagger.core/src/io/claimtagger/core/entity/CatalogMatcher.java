package io.claimtagger.core.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.text.Whitespace;

/**
 * Finds catalog aliases in a sentence, leftmost-longest, on token boundaries. Aliases live in a
 * character trie (lower case, whitespace collapsed, dashes unified), so a lookup costs one walk
 * from each token start, bounded by the longest alias, whatever the catalog size, and matches no
 * matter how the tokenizer split "Cloud.com" or "Hyper-V". Thread-safe once built.
 */
public final class CatalogMatcher {

	private static final class Node {
		private final Map<Character, Node> children = new HashMap<>(4);
		private List<Hit> hits;
	}

	/** {@code shape}: the alias with whitespace collapsed and dashes unified, case kept. */
	private record Hit(CatalogEntry entry, String shape) {
	}

	private final Node root = new Node();

	public CatalogMatcher(Catalog catalog) {
		for (CatalogEntry entry : catalog.entries()) {
			for (String alias : entry.aliases()) {
				add(entry, alias);
			}
		}
	}

	private void add(CatalogEntry entry, String alias) {
		String key = normalize(alias);
		if (key.isEmpty()) {
			return;
		}
		Node node = root;
		for (int i = 0; i < key.length(); i++) {
			node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
		}
		if (node.hits == null) {
			node.hits = new ArrayList<>(1);
		}
		for (Hit h : node.hits) {
			if (h.entry == entry) {
				return;
			}
		}
		node.hits.add(new Hit(entry, shape(alias)));
	}

	/** Matches in one sentence; {@code tokens} are that sentence's tokens in text offsets. */
	public List<CatalogMatch> match(CharSequence text, List<TextSpan> tokens) {
		List<CatalogMatch> matches = new ArrayList<>();
		if (tokens.isEmpty()) {
			return matches;
		}
		int base = tokens.get(0).start();
		int limit = tokens.get(tokens.size() - 1).end();
		int[] tokenEndingAt = new int[limit - base + 1];
		java.util.Arrays.fill(tokenEndingAt, -1);
		for (int i = 0; i < tokens.size(); i++) {
			tokenEndingAt[tokens.get(i).end() - base] = i;
		}
		int t = 0;
		while (t < tokens.size()) {
			int pos = tokens.get(t).start();
			Node node = root;
			int bestEnd = -1;
			Node bestNode = null;
			while (pos < limit) {
				char c = text.charAt(pos);
				int next = pos + 1;
				if (Character.isWhitespace(c)) {
					while (next < limit && Character.isWhitespace(text.charAt(next))) {
						next++;
					}
					c = ' ';
				} else {
					c = fold(c);
				}
				node = node.children.get(c);
				if (node == null) {
					break;
				}
				pos = next;
				if (node.hits != null && tokenEndingAt[pos - base] >= 0) {
					bestEnd = pos;
					bestNode = node;
				}
			}
			if (bestNode != null) {
				String surface = shape(text.subSequence(tokens.get(t).start(), bestEnd));
				List<CatalogEntry> accepted = new ArrayList<>(2);
				for (Hit hit : bestNode.hits) {
					if (acceptsCase(surface, hit) && !accepted.contains(hit.entry)) {
						accepted.add(hit.entry);
					}
				}
				if (!accepted.isEmpty()) {
					matches.add(new CatalogMatch(new TextSpan(tokens.get(t).start(), bestEnd), accepted));
					t = tokenEndingAt[bestEnd - base] + 1;
					continue;
				}
			}
			t++;
		}
		return matches;
	}

	/**
	 * Writers vary case ("Hyper-v", "VMWare"), but a lower-case word is a name only when the
	 * alias itself is lower case ("bhyve"): "windows" in running text is not Windows.
	 */
	private static boolean acceptsCase(String surface, Hit hit) {
		if (surface.equals(hit.shape)) {
			return true;
		}
		if (hit.entry.caseSensitive()) {
			return false;
		}
		return hasUpperCase(hit.shape) && hasUpperCase(surface);
	}

	private static boolean hasUpperCase(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isUpperCase(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Whitespace collapsed, dashes and apostrophes unified, case kept. */
	static String shape(CharSequence s) {
		String collapsed = Whitespace.collapse(s);
		StringBuilder b = new StringBuilder(collapsed.length());
		for (int i = 0; i < collapsed.length(); i++) {
			char c = collapsed.charAt(i);
			b.append(unify(c));
		}
		return b.toString();
	}

	/** The trie key: the shape in lower case. */
	static String normalize(String alias) {
		String shape = shape(alias);
		StringBuilder b = new StringBuilder(shape.length());
		for (int i = 0; i < shape.length(); i++) {
			b.append(fold(shape.charAt(i)));
		}
		return b.toString();
	}

	private static char fold(char c) {
		return Character.toLowerCase(unify(c));
	}

	/** Typographic dashes and apostrophes as their ASCII forms. */
	private static char unify(char c) {
		switch (c) {
		case '\u2010': case '\u2011': case '\u2013': case '\u2014':
			return '-';
		case '\u2019':
			return '\'';
		default:
			return c;
		}
	}
}
