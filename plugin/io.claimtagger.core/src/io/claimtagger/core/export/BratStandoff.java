package io.claimtagger.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.store.ClaimPlace;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.text.Whitespace;

/**
 * An article's vendors, products and claims in brat's standoff format, the {@code .txt} /
 * {@code .ann} pair that brat and INCEpTION open
 * (<a href="https://brat.nlplab.org/standoff.html">brat standoff</a>).
 * <ul>
 * <li>{@code T} lines: {@code Vendor}, {@code Product} and {@code Claim} spans. brat counts Unicode
 * code points and wants no line break inside a fragment, so offsets are converted from Java's
 * UTF-16 indices, a span across lines becomes one fragment per line, and the {@code .txt} gets
 * {@code \n} line ends (the offsets then hold however the reader treats {@code \r}).</li>
 * <li>{@code A} lines: a claim's {@code Status}, {@code Kind} and {@code Polarity}.</li>
 * <li>{@code #} lines ({@code AnnotatorNotes}): an entity's canonical name when it differs from the
 * mention, a claim's review note.</li>
 * </ul>
 * Removed claims are left out: they have no place in the current text. {@link #annotationConf()}
 * declares the types for the collection.
 */
public final class BratStandoff {

	/** What brat reads: the text and its annotations, for {@code NAME.txt} and {@code NAME.ann}. */
	public record Document(String text, String annotations) {
	}

	private BratStandoff() {
	}

	/**
	 * @param text     the article's text, as the offsets index it
	 * @param entities its vendor and product mentions
	 * @param claims   its stored claims
	 */
	public static Document write(String text, List<Entity> entities, List<ClaimRecord> claims) {
		int[] offsets = codePointOffsets(text);
		StringBuilder ann = new StringBuilder();
		int t = 0;
		int a = 0;
		int n = 0;
		List<Entity> sortedEntities = entities.stream().sorted(Comparator.comparing(Entity::span)).toList();
		for (Entity e : sortedEntities) {
			if (!fits(e.span(), text)) {
				continue;
			}
			String id = "T" + ++t;
			textBound(ann, id, e.type() == EntityType.VENDOR ? "Vendor" : "Product", e.span(), text, offsets);
			if (!e.canonical().equals(e.text())) {
				ann.append('#').append(++n).append("\tAnnotatorNotes ").append(id).append('\t')
						.append(oneLine(e.canonical())).append('\n');
			}
		}
		for (ClaimRecord c : claims) {
			if (!ClaimPlace.fitsIn(c, text)) {
				continue;
			}
			String id = "T" + ++t;
			textBound(ann, id, "Claim", c.span(), text, offsets);
			ann.append('A').append(++a).append("\tStatus ").append(id).append(' ').append(c.status().id()).append('\n');
			ann.append('A').append(++a).append("\tKind ").append(id).append(' ').append(c.kind().id()).append('\n');
			ann.append('A').append(++a).append("\tPolarity ").append(id).append(' ').append(c.polarity().id())
					.append('\n');
			if (!c.note().isBlank()) {
				ann.append('#').append(++n).append("\tAnnotatorNotes ").append(id).append('\t').append(oneLine(c.note()))
						.append('\n');
			}
		}
		return new Document(text.replace("\r\n", "\n").replace('\r', '\n'), ann.toString());
	}

	/** The collection's {@code annotation.conf}: the three types, overlap allowed, the attributes. */
	public static String annotationConf() {
		return String.join("\n", "[entities]", "Vendor", "Product", "Claim", "", "[relations]",
				"<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "", "[attributes]",
				"Status\tArg:Claim, Value:" + values(Stream.of(ReviewStatus.values()).map(ReviewStatus::id)),
				"Kind\tArg:Claim, Value:" + values(Stream.of(ClaimKind.values()).map(ClaimKind::id)),
				"Polarity\tArg:Claim, Value:" + values(Stream.of(Polarity.values()).map(Polarity::id)), "");
	}

	private static String values(Stream<String> ids) {
		return ids.collect(Collectors.joining("|"));
	}

	private static boolean fits(TextSpan span, String text) {
		return span.length() > 0 && span.end() <= text.length();
	}

	/** One T line; fragments split at line breaks, their texts joined by a space as brat does. */
	private static void textBound(StringBuilder ann, String id, String type, TextSpan span, String text,
			int[] offsets) {
		List<int[]> fragments = new ArrayList<>();
		int start = -1;
		for (int i = span.start(); i <= span.end(); i++) {
			boolean lineBreak = i == span.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
			if (lineBreak && start >= 0) {
				fragments.add(new int[] { start, i });
				start = -1;
			} else if (!lineBreak && start < 0) {
				start = i;
			}
		}
		ann.append(id).append('\t').append(type).append(' ');
		StringBuilder covered = new StringBuilder();
		for (int f = 0; f < fragments.size(); f++) {
			int[] fragment = fragments.get(f);
			if (f > 0) {
				ann.append(';');
				covered.append(' ');
			}
			ann.append(offsets[fragment[0]]).append(' ').append(offsets[fragment[1]]);
			covered.append(text, fragment[0], fragment[1]);
		}
		ann.append('\t').append(covered).append('\n');
	}

	/**
	 * For every UTF-16 index of {@code text} (and its end), the code point index in the text as
	 * written for brat, where {@code \r\n} is one {@code \n}.
	 */
	static int[] codePointOffsets(String text) {
		int[] map = new int[text.length() + 1];
		int out = 0;
		for (int i = 0; i < text.length(); i++) {
			map[i] = out;
			char c = text.charAt(i);
			boolean droppedCr = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
			boolean highSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (highSurrogate) {
				map[++i] = out;
			}
			if (!droppedCr) {
				out++;
			}
		}
		map[text.length()] = out;
		return map;
	}

	private static String oneLine(String s) {
		return Whitespace.collapse(s);
	}
}
