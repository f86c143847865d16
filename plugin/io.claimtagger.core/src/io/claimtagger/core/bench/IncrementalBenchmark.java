package io.claimtagger.core.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.pipeline.IncrementalTagger;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.text.TextSpan;

/**
 * Benchmark 2: the cost of re-tagging after a one-character edit in the middle of a long article
 * with {@link IncrementalTagger}, against a full re-tag of the same article by a fresh pipeline.
 * The document is tagged once (untimed) before the edits, as the editor does when it opens a file.
 * <p>
 * Each edit is a typo-sized change inside a word of one of the {@value #SENTENCES} sentences around
 * the middle of the article, rotating over sentences and over the words within them. Every edit
 * thus gives its sentence a text never seen before (no cache hit, which undoing an edit would be),
 * while the sentence stays realistic (typing the same spot over and over would grow one absurd
 * word, and the tokenizer's cost grows with word length). Inserts shift everything after them;
 * replacements shift nothing, so the difference between the two is the cost of shifting.
 */
final class IncrementalBenchmark {

	/** How many sentences around the middle the edits rotate over. */
	static final int SENTENCES = 20;

	record Result(int words, Stats editSeconds, Stats replaceSeconds, Stats fullSeconds, double ratio, double cpuRatio,
			boolean consistent) {
	}

	private final NlpModels models;
	private final PrintStream out;

	IncrementalBenchmark(NlpModels models, PrintStream out) {
		this.models = models;
		this.out = out;
	}

	Result run(String article, int warmups, int reps, int editsPerRep) {
		int words = CorpusGenerator.countWords(article);

		// Full re-tag: a fresh pipeline each time, so nothing is cached but the models.
		for (int i = 0; i < warmups; i++) {
			new TaggingPipeline(models).tag(article);
		}
		double[] full = new double[reps];
		double[] fullCpu = new double[reps];
		for (int i = 0; i < reps; i++) {
			TaggingPipeline fresh = new TaggingPipeline(models);
			Clock c = Clock.start();
			TaggedDocument doc = fresh.tag(article);
			full[i] = c.wall();
			fullCpu[i] = c.cpu();
			Blackhole.consume(doc.claims().size());
		}

		IncrementalTagger tagger = new IncrementalTagger(new TaggingPipeline(models));
		String text = article;
		tagger.reset(text);
		int total = (warmups + reps) * editsPerRep;
		int measured = reps * editsPerRep;
		double[] inserts = new double[measured];
		double[] insertsCpu = new double[measured];
		long retaggedChars = 0;
		int firstOffset = -1;
		for (int e = 0; e < total; e++) {
			int at = editPoint(tagger.document(), text, e);
			firstOffset = firstOffset < 0 ? at : firstOffset;
			String next = text.substring(0, at) + (char) ('a' + e % 26) + text.substring(at);
			Clock clock = Clock.start();
			IncrementalTagger.Update u = tagger.update(next, at, 0, 1);
			double wall = clock.wall();
			double cpu = clock.cpu();
			text = next;
			if (e >= total - measured) {
				inserts[e - (total - measured)] = wall;
				insertsCpu[e - (total - measured)] = cpu;
				retaggedChars += u.retagged().length();
			}
		}
		boolean consistent = sameResult(tagger.document(), new TaggingPipeline(models).tag(text));

		double[] replaces = new double[measured];
		for (int e = 0; e < total; e++) {
			int at = editPoint(tagger.document(), text, e + 7);
			char c = (char) ('a' + (e * 11 + 3) % 26);
			if (c == text.charAt(at)) {
				c = c == 'z' ? 'a' : (char) (c + 1);
			}
			String next = text.substring(0, at) + c + text.substring(at + 1);
			Clock clock = Clock.start();
			tagger.update(next, at, 1, 1);
			double wall = clock.wall();
			text = next;
			if (e >= total - measured) {
				replaces[e - (total - measured)] = wall;
			}
		}
		consistent &= sameResult(tagger.document(), new TaggingPipeline(models).tag(text));

		Stats fullStats = Stats.of(full);
		Stats insertStats = Stats.of(inserts);
		Stats replaceStats = Stats.of(replaces);
		double ratio = insertStats.median() / fullStats.median();
		double cpuRatio = Stats.of(insertsCpu).median() / Stats.of(fullCpu).median();
		out.printf(Locale.ROOT, "article: %,d words, %,d chars, %,d sentences; edits inside words of the %d sentences around offset %,d;%n"
				+ "  re-tagged per update: %,.0f chars on average (the edited paragraph)%n", words, article.length(),
				tagger.document().sentences().size(), SENTENCES, firstOffset, (double) retaggedChars / measured);
		out.printf(Locale.ROOT, "full re-tag (fresh pipeline)       : %s ms (%d reps)%n",
				fullStats.map(s -> s * 1e3).format("%.1f"), reps);
		out.printf(Locale.ROOT, "one-char insert (update)           : %s ms (%d edits)%n",
				insertStats.map(s -> s * 1e3).formatWithIqr("%.2f"), measured);
		out.printf(Locale.ROOT, "one-char replace (nothing shifts)  : %s ms (%d edits)%n",
				replaceStats.map(s -> s * 1e3).formatWithIqr("%.2f"), measured);
		out.printf(Locale.ROOT, "ratio insert/full: %.4f (replace/full %.4f; insert by thread CPU time %.4f)   goal <= 0.05: %s%n",
				ratio, replaceStats.median() / fullStats.median(), cpuRatio, ratio <= 0.05 ? "MET" : "NOT MET");
		out.printf(Locale.ROOT, "check: after the %d inserts and again after the %d replaces, the incremental result %s a full re-tag%n",
				total, total, consistent ? "equals" : "DIFFERS FROM");
		return new Result(words, insertStats, replaceStats, fullStats, ratio, cpuRatio, consistent);
	}

	/**
	 * Where edit {@code n} goes: inside a word (after its first letter) of sentence
	 * {@code n % SENTENCES} of those around the middle, its {@code n / SENTENCES}-th word of three
	 * letters or more, cycling.
	 */
	static int editPoint(TaggedDocument doc, String text, int n) {
		List<TaggedSentence> sentences = doc.sentences();
		int first = Math.max(0, sentences.size() / 2 - SENTENCES / 2);
		for (int s = 0; s < sentences.size(); s++) {
			TaggedSentence sentence = sentences.get((first + (n + s) % SENTENCES) % sentences.size());
			List<TextSpan> words = sentence.tokens().stream().filter(t -> isWord(text, t)).toList();
			if (!words.isEmpty()) {
				return words.get((n / SENTENCES) % words.size()).start() + 1;
			}
		}
		throw new IllegalStateException("no word to edit in the middle of the article");
	}

	private static boolean isWord(String text, TextSpan token) {
		if (token.length() < 3) {
			return false;
		}
		for (int i = token.start(); i < token.end(); i++) {
			if (!Character.isLetter(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameResult(TaggedDocument a, TaggedDocument b) {
		return a.sentences().equals(b.sentences()) && a.claims().equals(b.claims());
	}
}
