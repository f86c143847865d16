package io.claimtagger.benchmarks;

import io.claimtagger.core.pipeline.NlpModels;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * What OpenNLP alone costs on the same text with the same models: sentence detection over the
 * whole text, tokenization of each sentence, the project's name finder on the tokens, and nothing
 * else (no blocks, no token refinement, no catalog, no merge rules, no claims). The engine's
 * throughput is measured against this. Not thread-safe, like the {@code *ME} classes it holds.
 */
final class RawOpenNlpBaseline {

	/** What one run saw, so the work cannot be optimised away and both sides can be compared. */
	record Result(int sentences, int tokens, int names) {
	}

	private final SentenceDetectorME sentences;
	private final TokenizerME tokenizer;
	private final NameFinderME names;

	RawOpenNlpBaseline(NlpModels models) {
		this.sentences = new SentenceDetectorME(models.sentenceModel());
		this.tokenizer = new TokenizerME(models.tokenizerModel());
		this.names = new NameFinderME(models.nameFinderModel());
	}

	Result tag(String text) {
		int sentenceCount = 0;
		int tokenCount = 0;
		int nameCount = 0;
		for (Span s : sentences.sentPosDetect(text)) {
			String[] tokens = tokenizer.tokenize(s.getCoveredText(text).toString());
			nameCount += names.find(tokens).length;
			tokenCount += tokens.length;
			sentenceCount++;
		}
		// The documented way to end a document; the project's model has no document features anyway.
		names.clearAdaptiveData();
		return new Result(sentenceCount, tokenCount, nameCount);
	}
}
