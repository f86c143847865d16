package io.claimtagger.core.evidence;

import java.util.List;

import io.claimtagger.core.corpus.Mention;

/**
 * One sentence of an article as the user left it after correcting its names: every vendor and
 * product in it, offsets into {@code sentence}. The sentence is kept as text, not as a place in the
 * article, so it stays a true example whatever later happens to the article.
 *
 * @param sentence the sentence, on one line
 * @param mentions the names in it, sorted, not overlapping
 * @param history  what the user did to it, oldest first ({@code 2026-12-03T10:00:00Z tagged "X" as product})
 */
public record EvidenceEntry(String sentence, List<Mention> mentions, List<String> history) {

	public EvidenceEntry {
		mentions = List.copyOf(mentions);
		history = List.copyOf(history);
	}
}
