package io.claimtagger.core.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import io.claimtagger.core.text.TextSpan;

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
	public void severalEditsInOneUpdateMatchAFullRetag() {
		Random random = new Random(7);
		IncrementalTagger tagger = new IncrementalTagger(pipeline);
		String text = ARTICLE;
		tagger.reset(text);
		String[] inserts = { "x", " ", "\n", "\n\n", "Oracle ", ". ", "KVM", "", "It supports KVM. ", "Citrix" };
		for (int round = 0; round < 40; round++) {
			// What a document listener records between two reconciles: edits in order, each in the
			// coordinates the previous one left, sometimes inside or across earlier ones.
			List<IncrementalTagger.Edit> edits = new ArrayList<>();
			int count = 1 + random.nextInt(6);
			for (int e = 0; e < count; e++) {
				int offset = random.nextInt(text.length() + 1);
				int removed = Math.min(text.length() - offset, random.nextInt(3) == 0 ? random.nextInt(15) : 0);
				String inserted = inserts[random.nextInt(inserts.length)];
				text = text.substring(0, offset) + inserted + text.substring(offset + removed);
				edits.add(new IncrementalTagger.Edit(offset, removed, inserted.length()));
			}
			IncrementalTagger.Update u = tagger.update(text, edits);
			assertEquals("after round " + round + " " + edits, describe(pipeline.tag(text)), describe(tagger.document()));
			for (int i = 1; i < u.ranges().size(); i++) {
				assertTrue("ranges in order and apart: " + u.ranges(), u.ranges().get(i - 1).end() < u.ranges().get(i).start());
			}
		}
	}

	@Test
	public void editsInTwoParagraphsLeaveTheParagraphBetweenAlone() {
		IncrementalTagger tagger = new IncrementalTagger(pipeline);
		tagger.reset(ARTICLE);
		int first = ARTICLE.indexOf("in 2007");
		int second = ARTICLE.indexOf("every benchmark");
		String text = ARTICLE.substring(0, first) + "x" + ARTICLE.substring(first);
		text = text.substring(0, second + 1) + "y" + text.substring(second + 1);
		IncrementalTagger.Update u = tagger.update(text,
				List.of(new IncrementalTagger.Edit(first, 0, 1), new IncrementalTagger.Edit(second + 1, 0, 1)));
		assertEquals(u.ranges().toString(), 2, u.ranges().size());
		// Claims are recomputed two sentences past an edit (they may refer back), no further.
		TextSpan between = new TextSpan(text.indexOf("Does anyone"), text.indexOf("Xen today?"));
		assertFalse(u.ranges().toString(), u.ranges().get(0).intersects(between));
		assertTrue(u.ranges().toString(), u.ranges().get(1).start() >= text.indexOf("VMware says"));
		assertEquals(describe(pipeline.tag(text)), describe(tagger.document()));
	}

	@Test
	public void editsThatCancelOutRetagNothingOutsideTheirParagraph() {
		IncrementalTagger tagger = new IncrementalTagger(pipeline);
		tagger.reset(ARTICLE);
		int at = ARTICLE.indexOf("SLES 10");
		// Typed two characters, then deleted them again: the text is as before.
		IncrementalTagger.Update u = tagger.update(ARTICLE, List.of(new IncrementalTagger.Edit(at, 0, 1),
				new IncrementalTagger.Edit(at + 1, 0, 1), new IncrementalTagger.Edit(at, 2, 0)));
		assertEquals(1, u.ranges().size());
		assertTrue(u.ranges().toString(), u.ranges().get(0).start() >= ARTICLE.indexOf("Red Hat shipped"));
		assertTrue(u.ranges().toString(), u.ranges().get(0).end() < ARTICLE.indexOf("Does anyone"));
		assertEquals(describe(pipeline.tag(ARTICLE)), describe(tagger.document()));
	}

	@Test
	public void anEditThatDoesNotFitTheTextTagsFromScratch() {
		IncrementalTagger tagger = new IncrementalTagger(pipeline);
		tagger.reset(ARTICLE);
		String text = ARTICLE + "Citrix ships XenServer.";
		IncrementalTagger.Update u = tagger.update(text, List.of(new IncrementalTagger.Edit(ARTICLE.length() + 5, 0, 1)));
		assertEquals(new TextSpan(0, text.length()), u.retagged());
		assertEquals(describe(pipeline.tag(text)), describe(tagger.document()));
	}

	@Test
	public void resyncComparesTextsWhenTheEditsAreUnknown() {
		IncrementalTagger tagger = new IncrementalTagger(pipeline);
		tagger.reset(ARTICLE);
		assertTrue(tagger.resync(ARTICLE).ranges().isEmpty());
		String text = ARTICLE.replace("Does anyone still run Xen today?", "Oracle VM runs Xen guests.");
		IncrementalTagger.Update u = tagger.resync(text);
		assertEquals(u.ranges().toString(), 1, u.ranges().size());
		assertTrue(u.ranges().toString(), u.ranges().get(0).start() >= text.indexOf("Citrix bought"));
		assertEquals(describe(pipeline.tag(text)), describe(tagger.document()));
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

	/**
	 * A name the model finds in one sentence is added where another sentence missed it; deleting
	 * the teaching sentence takes it away there too, and the incremental result follows.
	 */
	@Test
	public void namesTheArticleTeachesFollowEditsElsewhere() {
		String teaching = "Zentrix Labs said on Tuesday that its Quorvex database now runs on Kubernetes.";
		String article = String.join("\n", "Quorvex arrives", "", teaching, "", "Banks that tried Quorvex liked it.", "");
		TaggingPipeline full = new TaggingPipeline(NlpModels.bundled());
		List<io.claimtagger.core.entity.TaggedSentence> found = full.tagSentences(article, full.sentences(article));
		assertFalse("precondition: the model finds a name in the teaching sentence",
				full.documentNames(article, found).isEmpty());

		IncrementalTagger tagger = new IncrementalTagger(pipeline);
		tagger.reset(article);
		assertEquals(describe(full.tag(article)), describe(tagger.document()));
		String text = article;
		int at = article.indexOf(teaching);
		for (int i = 0; i < teaching.length(); i++) {
			String next = text.substring(0, at) + text.substring(at + 1);
			tagger.update(next, at, 1, 0);
			text = next;
			assertEquals(describe(new TaggingPipeline(NlpModels.bundled()).tag(text)), describe(tagger.document()));
		}
	}
}
