package io.claimtagger.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.claimtagger.core.pipeline.IncrementalTagger;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Benchmark 2, the edit side: the cost of {@link IncrementalTagger#update} after a one-character
 * edit in the middle of a long article, the editor's path while someone types. Compared with
 * {@link FullRetagBenchmark} on the same article.
 * <p>
 * Every update is timed (SampleTime; the ratio uses the median). The next edit is prepared
 * outside the timing ({@code Level.Invocation} setup, acceptable at about a millisecond per
 * operation). Each iteration opens the document afresh with a new pipeline (so no sentence text
 * of an earlier iteration is cached), tagged once untimed as the editor does when it opens a file,
 * and ends by checking the incremental result against a full re-tag of the edited text: the run
 * fails if they differ.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class IncrementalEditBenchmark {

	/** insert: a letter typed (everything after it shifts); replace: a letter overtyped (nothing shifts). */
	@Param({ "insert", "replace" })
	public String kind;
	@Param("42")
	public long seed;
	@Param("10000")
	public int incrementalWords;
	@Param("")
	public String files;

	private NlpModels models;
	private String article;
	private IncrementalTagger tagger;
	private String text;
	private int edits;
	private TypoEdit next;

	@Setup(Level.Trial)
	public void loadModelsAndArticle() {
		models = NlpModels.bundled().preload();
		article = TextSource.of(models.catalog(), seed, files).longArticle(incrementalWords);
		if (!kind.equals("insert") && !kind.equals("replace")) {
			throw new IllegalArgumentException("kind is insert or replace, not " + kind);
		}
	}

	@Setup(Level.Iteration)
	public void openDocument() {
		tagger = new IncrementalTagger(new TaggingPipeline(models));
		text = article;
		tagger.reset(text);
		edits = 0;
	}

	@Setup(Level.Invocation)
	public void prepareEdit() {
		TaggedDocument doc = tagger.document();
		next = kind.equals("insert") ? TypoEdit.insert(doc, text, edits) : TypoEdit.replace(doc, text, edits);
		edits++;
	}

	@Benchmark
	public IncrementalTagger.Update update() {
		return tagger.update(next.text(), next.offset(), next.removed(), next.inserted());
	}

	@TearDown(Level.Invocation)
	public void acceptEdit() {
		text = next.text();
	}

	@TearDown(Level.Iteration)
	public void checkAgainstFullRetag() {
		TaggedDocument incremental = tagger.document();
		TaggedDocument full = new TaggingPipeline(models).tag(text);
		if (!incremental.sentences().equals(full.sentences()) || !incremental.claims().equals(full.claims())) {
			throw new IllegalStateException("after " + edits + " " + kind + " edits the incremental result differs from a full re-tag");
		}
	}
}
