package io.claimtagger.core.sentence;

import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.text.TextSpan;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting for articles: blocks first (paragraphs, headings, list items), then OpenNLP's
 * sentence model inside each block, and no sentence longer than {@link SentenceLimit#MAX_CHARS}
 * (the work after it grows with the square of a sentence's length). Not thread-safe (one {@link SentenceDetectorME} per instance);
 * the model itself is shared.
 */
public final class ArticleSentenceSplitter implements SentenceSplitter {

	private final SentenceDetectorME detector;

	public ArticleSentenceSplitter(SentenceModel model) {
		this.detector = new SentenceDetectorME(model);
	}

	@Override
	public List<TextSpan> split(CharSequence text) {
		List<TextSpan> sentences = new ArrayList<>();
		for (TextSpan block : TextBlocks.of(text)) {
			CharSequence blockText = block.in(text);
			for (Span s : detector.sentPosDetect(blockText)) {
				TextSpan sentence = TextBlocks.trim(text, block.start() + s.getStart(), block.start() + s.getEnd());
				if (sentence != null) {
					sentences.addAll(SentenceLimit.bound(text, sentence));
				}
			}
		}
		return sentences;
	}
}
