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
}
