package io.claimtagger.core.sentence;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;

public class ArticleSentenceSplitterTest {

	private final ArticleSentenceSplitter splitter = new ArticleSentenceSplitter(NlpModels.bundled().sentenceModel());

	private List<String> sentences(String text) {
		return splitter.split(text).stream().map(s -> s.in(text).toString()).toList();
	}

	@Test
	public void headingStaysApartFromTheParagraphBelowIt() {
		String text = "Running Java without an operating system\n\nBEA shipped a JVM that boots on a hypervisor. It was fast.\n";
		assertEquals(List.of("Running Java without an operating system", "BEA shipped a JVM that boots on a hypervisor.",
				"It was fast."), sentences(text));
	}

	@Test
	public void shortLinesWithoutPunctuationAreBlocksOfTheirOwn() {
		String text = "Jane Doe\nJane Doe is an analyst. She covers storage.\n";
		assertEquals(List.of("Jane Doe", "Jane Doe is an analyst.", "She covers storage."), sentences(text));
	}

	@Test
	public void aDeckAboveAParagraphWrittenOnOneLineIsABlockOfItsOwn() {
		String deck = "New service scales inference endpoints to zero and back in seconds, with per-second GPU pricing";
		String body = "PORTLAND, May 4, 2026 -- Zentrix Labs today announced Quorvex Run, a serverless platform for "
				+ "model inference that starts GPU workers only when requests arrive and bills them by the second. "
				+ "It is available in two regions.";
		assertEquals(List.of(deck, body.substring(0, body.indexOf(" It is")), "It is available in two regions."),
				sentences(deck + "\n" + body + "\n"));
	}

	@Test
	public void softWrappedProseIsOneParagraph() {
		String text = "The new hypervisor release adds live migration between hosts and a\n"
				+ "faster scheduler for large guests. Pricing is unchanged.\n";
		assertEquals(List.of("The new hypervisor release adds live migration between hosts and a\n"
				+ "faster scheduler for large guests.", "Pricing is unchanged."), sentences(text));
	}

	@Test
	public void crlfAndNonAsciiOffsetsAreStringIndices() {
		String text = "Caf\u00e9 \u201cnotes\u201d\r\n\r\nThe vendor\u2019s beta is out. Version 2 follows.\r\n";
		List<TextSpan> spans = splitter.split(text);
		assertEquals(3, spans.size());
		assertEquals("Caf\u00e9 \u201cnotes\u201d", spans.get(0).in(text).toString());
		assertEquals("The vendor\u2019s beta is out.", spans.get(1).in(text).toString());
		assertEquals(text.indexOf("Version"), spans.get(2).start());
	}

	@Test
	public void listItemsAreSeparateBlocks() {
		String text = "- first item here\n- second item here\n";
		assertEquals(List.of("- first item here", "- second item here"), sentences(text));
	}
}
