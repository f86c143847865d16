package io.claimtagger.core.token;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;

public class ArticleTokenizerTest {

	private final ArticleTokenizer tokenizer = new ArticleTokenizer(NlpModels.bundled().tokenizerModel());

	private List<String> tokens(String text) {
		return tokenizer.tokenize(text, new TextSpan(0, text.length())).stream().map(t -> t.in(text).toString()).toList();
	}

	@Test
	public void hyphenatedAndSlashedNamesAreSplit() {
		assertEquals(List.of("an", "OpenStack", "-", "based", "cloud", "on", "Xen", "/", "Linux"),
				tokens("an OpenStack-based cloud on Xen/Linux"));
	}

	/** The model alone cuts these inside the word; a name must never be half a token. */
	@Test
	public void aWordIsNeverCutBetweenTwoLetters() {
		assertEquals(List.of("We", "chose", "Sangfor", "HCI", "and", "npm", "with", "3PAR", "arrays", "."),
				tokens("We chose Sangfor HCI and npm with 3PAR arrays."));
		assertEquals(List.of("its", "AWSNodeTemplate", "resources", "and", "the", "SDK"),
				tokens("its AWSNodeTemplate resources and the SDK"));
	}

	@Test
	public void possessiveIsSplitEvenWithTypographicApostrophe() {
		assertEquals(List.of("Red", "Hat", "\u2019s", "KVM"), tokens("Red Hat\u2019s KVM"));
		assertEquals(List.of("Red", "Hat", "'s", "KVM"), tokens("Red Hat's KVM"));
		assertEquals(List.of("Alphabet", "Inc.", "'s", "Google", "Cloud"), tokens("Alphabet Inc.'s Google Cloud"));
	}

	@Test
	public void quotesAndBracketsAreDetached() {
		assertEquals(List.of("(", "SLES", ")", "and", "\u201c", "User", "Mode", "\u201d"), tokens("(SLES) and \u201cUser Mode\u201d"));
	}

	@Test
	public void offsetsAreShiftedBySentenceStart() {
		String text = "Intro. Hyper-V runs.";
		List<TextSpan> spans = tokenizer.tokenize(text, new TextSpan(7, text.length()));
		assertEquals(new TextSpan(7, 12), spans.get(0));
		assertEquals("Hyper", spans.get(0).in(text).toString());
	}

	@Test
	public void theFullStopLeavesAnAcronymThatEndsTheSentence() {
		assertEquals(List.of("The", "chips", "come", "from", "AMD", "."), tokens("The chips come from AMD."));
		assertEquals(List.of("It", "said", "\u201c", "we", "use", "AWS", ".", "\u201d"), tokens("It said \u201cwe use AWS.\u201d"));
		assertEquals(List.of("It", "was", "Acme", "Inc."), tokens("It was Acme Inc."));
		assertEquals(List.of("Sales", "grew", "in", "the", "U.S."), tokens("Sales grew in the U.S."));
	}
}
