package io.claimtagger.core.sentence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;

/** No sentence the pipeline sees is longer than the limit, whatever the input; nothing is lost. */
public class SentenceLimitTest {

	private final ArticleSentenceSplitter splitter = new ArticleSentenceSplitter(NlpModels.bundled().sentenceModel());

	@Test
	public void ordinarySentencesAreUntouched() {
		String text = "Red Hat ships KVM in RHEL 6. Citrix bought XenSource in 2007, and it sells XenServer.";
		assertEquals(List.of("Red Hat ships KVM in RHEL 6.", "Citrix bought XenSource in 2007, and it sells XenServer."),
				splitter.split(text).stream().map(s -> s.in(text).toString()).toList());
	}

	@Test
	public void aMegabyteLineWithoutPunctuationIsCutIntoBoundedPiecesAtSpaces() {
		StringBuilder b = new StringBuilder();
		String[] words = { "cloud", "Kubernetes", "storage", "Acme", "vector", "index", "serverless", "edge" };
		for (int i = 0; b.length() < 1_000_000; i++) {
			b.append(words[i % words.length]).append(i % 7 == 0 ? ", " : " ");
		}
		String text = b.toString();
		List<TextSpan> pieces = splitter.split(text);
		assertCovers(text, pieces);
		for (TextSpan p : pieces) {
			assertTrue(p.toString(), p.length() <= SentenceLimit.MAX_CHARS);
			// Cut at a clause mark or a space: never inside a word.
			assertTrue(p.toString(), p.end() == text.strip().length() || !Character.isLetter(text.charAt(p.end())));
		}
		assertTrue(pieces.size() > 1_000_000 / SentenceLimit.MAX_CHARS);
	}

	@Test
	public void oneEndlessTokenIsCutAtTheLimit() {
		String text = "x".repeat(50_000);
		List<TextSpan> pieces = splitter.split(text);
		assertCovers(text, pieces);
		assertEquals(50_000 / SentenceLimit.MAX_CHARS + 1, pieces.size());
		assertTrue(pieces.stream().allMatch(p -> p.length() <= SentenceLimit.MAX_CHARS));
	}

	@Test
	public void aLongRealSentenceIsCutAfterAClauseMark() {
		String clause = "the platform ships a managed control plane with autoscaling and audit logs";
		StringBuilder b = new StringBuilder("Acme said");
		while (b.length() < 2_000) {
			b.append(" ").append(clause).append(";");
		}
		String text = b.append(" and more.").toString();
		List<TextSpan> pieces = splitter.split(text);
		assertCovers(text, pieces);
		assertTrue(pieces.size() >= 2);
		assertTrue(pieces.get(0).in(text).toString().endsWith(";"));
	}

	/** Every non-space character is in exactly one piece, in order. */
	private static void assertCovers(String text, List<TextSpan> pieces) {
		StringBuilder joined = new StringBuilder();
		int last = 0;
		for (TextSpan p : pieces) {
			assertTrue(p.start() >= last);
			last = p.end();
			joined.append(p.in(text));
		}
		assertEquals(text.replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""));
	}
}
