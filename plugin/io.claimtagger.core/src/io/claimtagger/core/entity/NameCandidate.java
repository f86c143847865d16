package io.claimtagger.core.entity;

import java.util.List;

import io.claimtagger.core.text.TextSpan;

/** A name the model, the catalog or a rule proposes for a sentence, before the proposals are merged. */
final class NameCandidate {
	int firstToken;
	int lastToken; // inclusive
	EntityType type;
	String canonical;
	double confidence;
	EntitySource source;

	int start(List<TextSpan> tokens) {
		return tokens.get(firstToken).start();
	}

	int end(List<TextSpan> tokens) {
		return tokens.get(lastToken).end();
	}

	int tokenCount() {
		return lastToken - firstToken + 1;
	}

	/** A one-word candidate proposed by a rule rather than the model: the words around it. */
	static NameCandidate fromRule(int token, EntityType type) {
		NameCandidate c = new NameCandidate();
		c.firstToken = token;
		c.lastToken = token;
		c.type = type;
		c.confidence = EntityRecognizer.RULE_CONFIDENCE;
		c.source = EntitySource.CONTEXT;
		return c;
	}

	/** Whether a candidate already covers a token of {@code first..last}. */
	static boolean anyCovers(List<NameCandidate> candidates, int first, int last) {
		return candidates.stream().anyMatch(c -> c.firstToken <= last && first <= c.lastToken);
	}
}
