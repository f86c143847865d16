package io.claimtagger.core.sentence;

import java.util.List;

import io.claimtagger.core.text.TextSpan;

/** Splits text into sentence spans, in order, trimmed of surrounding whitespace. */
public interface SentenceSplitter {

	List<TextSpan> split(CharSequence text);
}
