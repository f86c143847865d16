package io.claimtagger.core.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.pipeline.IncrementalTagger;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Benchmark 2: the cost of re-tagging after a one-character edit in the middle of a long article
 * with {@link IncrementalTagger}, against a full re-tag of the same article by a fresh pipeline.
 * Each measured edit types a new character into the same word, so the edited sentence's text is
 * new every time and never a cache hit (undoing an edit would be, and would flatter the figure).
 * The document is tagged once (untimed) before the edits, as the editor does when it opens a file.
 */
final class IncrementalBenchmark {

	record Result(int words, Stats editSeconds, Stats replaceSeconds, Stats fullSeconds, double ratio, boolean consistent) {
	}

	private final NlpModels models;
	private final PrintStream out;

	IncrementalBenchmark(NlpModels models, PrintStream out) {
		this.models = models;
		this.out = out;
	}

	Result run(String article, int warmups, int reps, int editsPerRep) {
		int words = CorpusGenerator.countWords(article);
		int offset = middleOfWord(article, article.length() / 2);

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

		// Inserting a character (the text grows by one each time).
		IncrementalTagger tagger = new IncrementalTagger(new TaggingPipeline(models));
		String text = article;
		tagger.reset(text);
		int total = (warmups + reps) * editsPerRep;
		double[] edits = new double[reps * editsPerRep];
		double[] editsCpu = new double[reps * editsPerRep];
		int sentencesRetagged = 0;
		for (int e = 0; e < total; e++) {
			char c = (char) ('a' + e % 26);
			String next = text.substring(0, offset) + c + text.substring(offset);
			Clock clock = Clock.start();
			IncrementalTagger.Update u = tagger.update(next, offset, 0, 1);
			double wall = clock.wall();
			double cpu = clock.cpu();
			text = next;
			if (e >= warmups * editsPerRep) {
				edits[e - warmups * editsPerRep] = wall;
				editsCpu[e - warmups * editsPerRep] = cpu;
				sentencesRetagged = u.retagged().length();
			}
		}
		boolean consistent = sameResult(tagger.document(), new TaggingPipeline(models).tag(text));

		// Replacing a character (no shift of what follows).
		double[] replaces = new double[reps * editsPerRep];
		for (int e = 0; e < total; e++) {
			char c = (char) ('a' + (e * 7 + 3) % 26);
			if (c == text.charAt(offset)) {
				c = c == 'z' ? 'a' : (char) (c + 1);
			}
			String next = text.substring(0, offset) + c + text.substring(offset + 1);
			Clock clock = Clock.start();
			tagger.update(next, offset, 1, 1);
			double wall = clock.wall();
			text = next;
			if (e >= warmups * editsPerRep) {
				replaces[e - warmups * editsPerRep] = wall;
			}
		}

		Stats fullStats = Stats.of(full);
		Stats editStats = Stats.of(edits);
		Stats replaceStats = Stats.of(replaces);
		double ratio = editStats.median() / fullStats.median();
		out.printf(Locale.ROOT, "article: %,d words, %,d chars; edit at offset %,d; re-tagged span per update: %,d chars%n",
				words, article.length(), offset, sentencesRetagged);
		out.printf(Locale.ROOT, "full re-tag (fresh pipeline)    : %s ms (%d reps)%n", fullStats.map(s -> s * 1e3).format("%.1f"),
				reps);
		out.printf(Locale.ROOT, "one-char insert (IncrementalTagger.update): %s ms (%d edits)%n",
				editStats.map(s -> s * 1e3).formatWithIqr("%.2f"), edits.length);
		out.printf(Locale.ROOT, "one-char replace                : %s ms (%d edits)%n",
				replaceStats.map(s -> s * 1e3).formatWithIqr("%.2f"), replaces.length);
		double cpuRatio = Stats.of(editsCpu).median() / Stats.of(fullCpu).median();
		out.printf(Locale.ROOT, "ratio insert/full: %.4f (replace/full %.4f; by thread CPU time %.4f)   goal <= 0.05: %s%n", ratio,
				replaceStats.median() / fullStats.median(), cpuRatio, ratio <= 0.05 ? "MET" : "NOT MET");
		out.printf(Locale.ROOT, "check: after %d edits the incremental result %s a full re-tag of the final text%n",
				2 * total, consistent ? "equals" : "DIFFERS FROM");
		return new Result(words, editStats, replaceStats, fullStats, ratio, consistent);
	}

	/** Somewhere inside a word of at least 4 letters near {@code from}, so the edit changes one sentence. */
	static int middleOfWord(String text, int from) {
		for (int i = from; i + 4 < text.length(); i++) {
			if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))
					&& Character.isLetter(text.charAt(i + 2)) && (i == 0 || Character.isLetter(text.charAt(i - 1)))) {
				return i + 1;
			}
		}
		return from;
	}

	private static boolean sameResult(TaggedDocument a, TaggedDocument b) {
		List<Entity> ea = a.entities();
		List<Entity> eb = b.entities();
		List<Claim> ca = a.claims();
		List<Claim> cb = b.claims();
		return ea.equals(eb) && ca.equals(cb) && a.sentences().equals(b.sentences());
	}
}
