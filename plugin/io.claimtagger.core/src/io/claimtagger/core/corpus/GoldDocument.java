package io.claimtagger.core.corpus;

import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;

/**
 * A gold standard article: its text and the expected entities and claims ({@code NAME.txt} +
 * {@code NAME.json}, the latter in {@link GoldJson}'s format).
 */
public record GoldDocument(String name, String text, List<Mention> entities, List<GoldClaim> claims) {

	/** An expected claim: sentence span, kind, polarity and the entity texts it is about. */
	public record GoldClaim(int start, int end, String text, List<String> about, ClaimKind kind, Polarity polarity) {
	}

	/**
	 * Renders an annotated document as an article: headings on their own line, a paragraph's
	 * sentences joined by one space (a line not ending like a sentence keeps its own line), paragraphs separated by a blank line.
	 */
	public static GoldDocument render(String name, AnnotatedDocument document) {
		StringBuilder text = new StringBuilder();
		List<Mention> entities = new ArrayList<>();
		List<GoldClaim> claims = new ArrayList<>();
		for (List<AnnotatedSentence> paragraph : document.paragraphs()) {
			if (text.length() > 0) {
				text.append("\n\n");
			}
			for (int i = 0; i < paragraph.size(); i++) {
				if (i > 0) {
					// A line that does not end like a sentence (a byline, a dateline) stands on its own line.
					text.append(endsSentence(paragraph.get(i - 1).text()) ? ' ' : '\n');
				}
				AnnotatedSentence s = paragraph.get(i);
				int offset = text.length();
				text.append(s.text());
				List<String> about = new ArrayList<>();
				for (Mention m : s.mentions()) {
					entities.add(m.shift(offset));
					if (!about.contains(m.text())) {
						about.add(m.text());
					}
				}
				for (String r : s.references()) {
					if (!about.contains(r)) {
						about.add(r);
					}
				}
				if (s.isClaim()) {
					claims.add(new GoldClaim(offset, offset + s.text().length(), s.text(), about, s.kind(), s.polarity()));
				}
			}
		}
		text.append('\n');
		return new GoldDocument(name, text.toString(), entities, claims);
	}

	private static boolean endsSentence(String sentence) {
		int i = sentence.length() - 1;
		while (i > 0 && "\"'\u201D\u2019)]".indexOf(sentence.charAt(i)) >= 0) {
			i--;
		}
		return ".!?;:".indexOf(sentence.charAt(i)) >= 0;
	}
}
