package io.claimtagger.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.claimtagger.core.contradiction.ContradictionFinder;
import io.claimtagger.core.contradiction.DatedClaim;
import io.claimtagger.core.contradiction.PairClassifier;
import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ClaimSubject;

/**
 * Benchmark 7 (issue 13): the contradiction finder over 10,000 stored claims of 100 articles
 * dated 2008-2026, a quarter of them about one vendor (an archive's favourite subject makes one
 * big block). One operation analyses every claim ({@link DatedClaim#analyse}: subjects, relations,
 * values, on all cores, as Find Contradictions does) and finds the findings; the baseline is the analysis alone, so the ratio says what the
 * comparisons cost on top of reading each claim once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ContradictionBenchmark {

	@Param("10000")
	public int count;
	@Param("42")
	public long seed;

	private List<ArticleClaims> articles;
	private List<LocalDate> dates;

	@Setup
	public void claims() {
		Catalog catalog = Catalog.bundled();
		articles = skewed(GeneratedClaims.generate(count, catalog, new CorpusGenerator(catalog, seed)), seed);
		SplittableRandom r = new SplittableRandom(seed);
		dates = new ArrayList<>();
		for (int i = 0; i < articles.size(); i++) {
			dates.add(LocalDate.of(2008 + r.nextInt(19), 1 + r.nextInt(12), 1 + r.nextInt(28)));
		}
	}

	/** Every fourth claim also about one vendor. */
	static List<ArticleClaims> skewed(List<ArticleClaims> articles, long seed) {
		ClaimSubject favourite = new ClaimSubject("VMware", EntityType.VENDOR, "VMware");
		List<ArticleClaims> out = new ArrayList<>();
		int n = 0;
		for (ArticleClaims a : articles) {
			List<ClaimRecord> records = new ArrayList<>();
			for (ClaimRecord c : a.claims()) {
				if (n++ % 4 == 0 && !c.about().contains(favourite)) {
					List<ClaimSubject> about = new ArrayList<>(c.about());
					about.add(favourite);
					c = new ClaimRecord(c.id(), c.article(), c.sentence(), c.span(), about, c.kind(), c.polarity(), c.confidence(),
							c.status(), c.note(), c.created(), c.updated(), c.context(), c.anchor(), c.previousSentence());
				}
				records.add(c);
			}
			out.add(new ArticleClaims(a.article(), records));
		}
		return out;
	}

	private List<DatedClaim> analysed() {
		List<DatedClaim.Source> sources = new ArrayList<>(count);
		for (int i = 0; i < articles.size(); i++) {
			for (ClaimRecord c : articles.get(i).claims()) {
				sources.add(new DatedClaim.Source(c.article(), dates.get(i), c));
			}
		}
		return DatedClaim.analyse(sources, () -> false);
	}

	/** The baseline: every claim analysed once, nothing compared. */
	@Benchmark
	public int analyse() {
		return analysed().size();
	}

	/** Analysis and the finder, as Find Contradictions runs them. */
	@Benchmark
	public int find() {
		return ContradictionFinder.find(analysed(), PairClassifier.bundled(), () -> false).size();
	}
}
