package io.claimtagger.core.corpus;

import java.util.List;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;

/**
 * One sentence line of an annotated corpus file (see {@code corpus/FORMAT.md}), markup removed.
 *
 * @param text       the sentence without markup
 * @param mentions   tagged mentions, offsets into {@code text}
 * @param heading    a title or heading line
 * @param kind       the claim kind, or null when the sentence is not a claim
 * @param polarity   the claim polarity, or null when not a claim
 * @param references entity texts the claim refers to only by pronoun or description
 * @param namesOnly  label {@code ?}: the names are checked, whether it is a claim is not (a
 *                   sentence of the user's evidence whose claim nobody reviewed)
 * @param line       1-based line number in its file, for error messages
 */
public record AnnotatedSentence(String text, List<Mention> mentions, boolean heading, ClaimKind kind,
		Polarity polarity, List<String> references, boolean namesOnly, int line) {

	public boolean isClaim() {
		return kind != null;
	}
}
