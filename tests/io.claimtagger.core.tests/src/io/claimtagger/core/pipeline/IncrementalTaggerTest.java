package io.claimtagger.core.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

/** Incremental updates must give exactly what tagging the new text from scratch gives. */
public class IncrementalTaggerTest {

	private static final String ARTICLE = String.join("\n",
			"Xen, KVM and the enterprise distributions",
			"",
			"Red Hat shipped RHEL 5 with Xen in 2007. It supports paravirtualized guests on Xen hosts.",
			"Novell followed with SLES 10, which also ships Xen.",
			"",
			"Citrix bought XenSource for $500 million. The company then renamed the product XenServer.",
			"Does anyone still run Xen today?",
			"",
			"VMware says vSphere 4.1 is faster than Hyper-V on every benchmark it ran.", "");

	private final TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());

	private static String describe(TaggedDocument d) {
		StringBuilder b = new StringBuilder();
		d.sentences().forEach(s -> b.append("S").append(s.span()).append(s.entities()).append('\n'));
		d.claims().forEach(c -> b.append("C").append(c).append('\n'));
		return b.toString();
	}

	@Test
	public void typingASentenceMatchesAFullRetag() {
		IncrementalTagger tagger = new IncrementalTagger(pipeline);
		tagger.reset(ARTICLE);
		String insert = " Oracle VM is based on Xen too.";
		int at = ARTICLE.indexOf("ships Xen.") + "ships Xen.".length();
		String text = ARTICLE;
		for (int i = 0; i < insert.length(); i++) {
			String next = text.substring(0, at + i) + insert.charAt(i) + text.substring(at + i);
			IncrementalTagger.Update u = tagger.update(next, at + i, 0, 1);
			text = next;
			assertTrue(u.retagged().start() > 0); // the first paragraph is never re-split
		}
		assertEquals(describe(new TaggingPipeline(NlpModels.bundled()).tag(text)), describe(tagger.document()));
	}

	@Test
	public void randomEditsMatchAFullRetag() {
		Random random = new Random(42);
		IncrementalTagger tagger = new IncrementalTagger(pipeline);
		String text = ARTICLE;
		tagger.reset(text);
		String[] inserts = { "x", " ", "\n", "\n\n", "Oracle ", ". ", "KVM", "", "It supports KVM. " };
		for (int round = 0; round < 60; round++) {
			int offset = random.nextInt(text.length() + 1);
			int removed = Math.min(text.length() - offset, random.nextInt(4) == 0 ? random.nextInt(12) : 0);
			String inserted = inserts[random.nextInt(inserts.length)];
			String next = text.substring(0, offset) + inserted + text.substring(offset + removed);
			tagger.update(next, offset, removed, inserted.length());
			text = next;
			assertEquals("after edit " + round + " at " + offset, describe(pipeline.tag(text)), describe(tagger.document()));
		}
	}

	@Test
	public void paragraphBoundaries() {
		String t = "a\nb\n\nc\nd\n\n\ne";
		assertEquals(0, IncrementalTagger.paragraphStart(t, 2));
		assertEquals(3, IncrementalTagger.paragraphEnd(t, 2));
		assertEquals(5, IncrementalTagger.paragraphStart(t, 8));
		assertEquals(8, IncrementalTagger.paragraphEnd(t, 6));
		assertEquals(11, IncrementalTagger.paragraphStart(t, 12));
	}
}
