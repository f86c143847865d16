package io.claimtagger.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.sentence.ArticleSentenceSplitter;
import io.claimtagger.core.text.TextSpan;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * What the throughput corpus holds, counted once by the command (the forks only time): words,
 * UTF-8 bytes, OpenNLP's sentences and tokens (the unit of tokens/s on both sides, so their ratio
 * is the inverse time ratio), and the engine's sentences with how many repeat within the corpus
 * (those are sentence-cache hits within a pass).
 */
record CorpusCounts(int texts, int words, long bytes, int sentences, int tokens, int engineSentences, int repeated) {

	static CorpusCounts of(List<String> texts, NlpModels models) {
		SentenceDetectorME detector = new SentenceDetectorME(models.sentenceModel());
		TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
		ArticleSentenceSplitter splitter = new ArticleSentenceSplitter(models.sentenceModel());
		int words = 0;
		long bytes = 0;
		int sentences = 0;
		int tokens = 0;
		int engineSentences = 0;
		Set<String> distinct = new HashSet<>();
		for (String text : texts) {
			words += CorpusGenerator.countWords(text);
			bytes += text.getBytes(StandardCharsets.UTF_8).length;
			for (Span s : detector.sentPosDetect(text)) {
				tokens += tokenizer.tokenize(s.getCoveredText(text).toString()).length;
				sentences++;
			}
			for (TextSpan s : splitter.split(text)) {
				engineSentences++;
				distinct.add(s.in(text).toString());
			}
		}
		return new CorpusCounts(texts.size(), words, bytes, sentences, tokens, engineSentences, engineSentences - distinct.size());
	}
}
