package io.claimtagger.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.text.TextSpan;

public class TypoEditTest {

	/** 60 sentences "Sentence number N talks about virtualization." tokenized on spaces and the period. */
	private static final String TEXT;
	private static final TaggedDocument DOC;

	static {
		StringBuilder b = new StringBuilder();
		List<TaggedSentence> sentences = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			int start = b.length();
			b.append("Sentence number ").append(i).append(" talks about virtualization.");
			List<TextSpan> tokens = new ArrayList<>();
			int t = start;
			for (int j = start; j <= b.length(); j++) {
				if (j == b.length() || b.charAt(j) == ' ' || b.charAt(j) == '.') {
					if (j > t) {
						tokens.add(new TextSpan(t, j));
					}
					if (j < b.length() && b.charAt(j) == '.') {
						tokens.add(new TextSpan(j, j + 1));
					}
					t = j + 1;
				}
			}
			sentences.add(new TaggedSentence(new TextSpan(start, b.length()), tokens, List.of()));
			b.append(' ');
		}
		TEXT = b.toString();
		DOC = new TaggedDocument(sentences, List.of());
	}

	@Test
	public void editsGoInsideWordsOfTheSentencesAroundTheMiddle() {
		int first = DOC.sentences().get(30 - TypoEdit.SENTENCES / 2).span().start();
		int last = DOC.sentences().get(30 + TypoEdit.SENTENCES / 2 - 1).span().end();
		for (int n = 0; n < 200; n++) {
			int at = TypoEdit.point(DOC, TEXT, n);
			assertTrue("edit " + n + " at " + at, at > first && at < last);
			assertTrue("edit " + n + " inside a word", Character.isLetter(TEXT.charAt(at - 1)) && Character.isLetter(TEXT.charAt(at)));
		}
	}

	@Test
	public void consecutiveEditsRotateOverSentencesAndWords() {
		Set<Integer> points = new HashSet<>();
		for (int n = 0; n < TypoEdit.SENTENCES * 4; n++) {
			points.add(TypoEdit.point(DOC, TEXT, n));
		}
		// Four words of three letters or more per sentence: every edit of a cycle at a new place.
		assertEquals(TypoEdit.SENTENCES * 4, points.size());
	}

	@Test
	public void anInsertTypesOneLetterAndAReplaceOvertypesOne() {
		TypoEdit insert = TypoEdit.insert(DOC, TEXT, 3);
		assertEquals(TEXT.length() + 1, insert.text().length());
		assertEquals(TEXT, insert.text().substring(0, insert.offset()) + insert.text().substring(insert.offset() + 1));
		assertEquals(0, insert.removed());
		assertEquals(1, insert.inserted());

		for (int n = 0; n < 100; n++) {
			TypoEdit replace = TypoEdit.replace(DOC, TEXT, n);
			assertEquals(TEXT.length(), replace.text().length());
			assertNotEquals(TEXT.charAt(replace.offset()), replace.text().charAt(replace.offset()));
			assertEquals(TEXT.substring(0, replace.offset()), replace.text().substring(0, replace.offset()));
			assertEquals(TEXT.substring(replace.offset() + 1), replace.text().substring(replace.offset() + 1));
		}
	}
}
