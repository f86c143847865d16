package io.claimtagger.core.token;

import java.util.List;

import io.claimtagger.core.text.TextSpan;

/** Splits one sentence of a text into token spans (offsets into the whole text). */
public interface TokenSplitter {

	List<TextSpan> tokenize(CharSequence text, TextSpan sentence);
}
