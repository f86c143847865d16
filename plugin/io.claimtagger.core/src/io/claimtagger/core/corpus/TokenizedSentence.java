package io.claimtagger.core.corpus;

import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.TokenSplitter;

/**
 * A gold sentence tokenized the way the tagger tokenizes, with its mentions mapped to token
 * indices. Where a mention edge falls inside a token the token is cut there, so the gold span is
 * never lost (the tagger cannot recover such a span, which the evaluation then shows).
 */
public record TokenizedSentence(AnnotatedSentence sentence, List<TextSpan> tokens, List<int[]> mentionTokens) {

	public static TokenizedSentence of(AnnotatedSentence sentence, TokenSplitter tokenizer) {
		String text = sentence.text();
		List<TextSpan> tokens = new ArrayList<>(tokenizer.tokenize(text, new TextSpan(0, text.length())));
		for (Mention m : sentence.mentions()) {
			cutAt(tokens, m.start());
			cutAt(tokens, m.end());
		}
		List<int[]> mentionTokens = new ArrayList<>();
		for (Mention m : sentence.mentions()) {
			int first = -1;
			int last = -1;
			for (int i = 0; i < tokens.size(); i++) {
				if (tokens.get(i).start() == m.start()) {
					first = i;
				}
				if (tokens.get(i).end() == m.end()) {
					last = i;
				}
			}
			mentionTokens.add(new int[] { first, last + 1 });
		}
		return new TokenizedSentence(sentence, List.copyOf(tokens), List.copyOf(mentionTokens));
	}

	private static void cutAt(List<TextSpan> tokens, int offset) {
		for (int i = 0; i < tokens.size(); i++) {
			TextSpan t = tokens.get(i);
			if (t.start() < offset && offset < t.end()) {
				tokens.set(i, new TextSpan(t.start(), offset));
				tokens.add(i + 1, new TextSpan(offset, t.end()));
				return;
			}
		}
	}

	public String[] words() {
		String[] words = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).in(sentence.text()).toString();
		}
		return words;
	}
}
