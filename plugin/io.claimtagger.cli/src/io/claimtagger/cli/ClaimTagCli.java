package io.claimtagger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.corpus.GoldDocument;
import io.claimtagger.core.corpus.GoldJson;
import io.claimtagger.core.corpus.ModelTrainer;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.eval.Evaluation;
import io.claimtagger.core.eval.GoldSet;
import io.claimtagger.core.eval.KnownNames;
import io.claimtagger.core.files.ArticleReader;
import io.claimtagger.core.files.AtomicFile;
import io.claimtagger.core.contradiction.PairClassifier;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimStoreFormat;
import io.claimtagger.core.store.ClaimStoreFormatException;
import io.claimtagger.core.store.StoreMerge;
import io.claimtagger.core.evidence.Evidence;
import io.claimtagger.core.text.FormatException;
import io.claimtagger.core.text.Whitespace;

/** The {@code claimtag} command: the tagging engine without Eclipse. */
public final class ClaimTagCli {

	static final String USAGE = """
			Usage:
			  claimtag tag [--format json|text] [--no-catalog] [--models DIR] FILE...
			                                               tag articles ('-' reads stdin); --no-catalog: the model alone;
			                                               --models: trained models from DIR (train --out) instead of
			                                               the shipped ones
			  claimtag eval [--errors] [--no-catalog] [--train DIR] [--models DIR] GOLD_DIR
			                                               score against NAME.txt+NAME.json (or .ann) gold files, with
			                                               the catalog and with the model alone; names in no sentence of
			                                               the training corpus (default corpus/train) and no catalog
			                                               entry are scored apart as unseen
			  claimtag gold ANN_DIR OUT_DIR                render annotated .ann articles as NAME.txt+NAME.json
			  claimtag train [CORPUS_DIR [MODEL_DIR]] [--evidence DIR]... [--out MODEL_DIR] [--weight N] [--threads N]
			                                               retrain the models (default corpus/train, into the shipped
			                                               models' folder); --evidence: also from the user's corrections
			                                               and reviews in the projects under DIR (docs/learning.md),
			                                               each sentence counted N times (default 5)
			  claimtag learning-curve [--pool N] [--k LIST] [--threads N] ANN_DIR
			                                               simulate a user correcting the first k of the pool's N articles
			                                               (default 10; k default 0,1,3,5,10), retrain, score the rest
			  claimtag report --evidence DIR [--folds N] [--threads N]
			                                               k-fold cross-validation over the reviewed articles under DIR:
			                                               shipped vs retrained models, and what changed (default 5 folds)
			  claimtag diff [--format json|text] OLD_FILE NEW_FILE
			  claimtag diff [--format json|text] --git REV FILE
			                                               the claims two revisions differ in: added, removed, reworded,
			                                               polarity, kind, subjects, values; --git: FILE as of git
			                                               revision REV against FILE now
			  claimtag diff --eval CASES_DIR               score the diff on revision cases (benchmarks/claim-diff)
			  claimtag contradictions [--format json|text] [--pair-model FILE] [--bars FIND,VETO] DIR
			                                               claims of the articles under DIR that contradict each other,
			                                               or that a later article supersedes (dates from datelines,
			                                               else file times)
			  claimtag contradictions --eval PAIRS_TSV [--errors] [--rules-only | --pair-model FILE] [--bars FIND,VETO]
			                                               score the finder on labelled pairs (benchmarks/contradictions);
			                                               --rules-only: without the pair model
			  claimtag train-pairs [--out FILE] [--cv K [--errors]] [--bars FIND,VETO] [--background N] [PAIRS_TSV...]
			                                               train the contradiction finder's pair model on labelled pairs
			                                               (default corpus/contradiction-train/*.tsv, into the shipped
			                                               model) and N same-subject pairs of training articles as
			                                               unrelated (default 3000); --cv: K-fold cross-validation instead
			  claimtag merge-driver BASE OURS THEIRS       git's merge driver for .claims files: merges the review
			                                               decisions claim by claim into OURS (docs/claims-store.md)
			  claimtag bench [--only LIST] [--forks N] [--iterations N] [FILE...]
			                                               JMH benchmarks, run by the claimtag script from the
			                                               benchmarks module (docs/benchmarks.md)
			""";
	static final Path DEFAULT_CORPUS = Path.of("corpus", "train");
	/** Same-subject pairs of training articles taken as "none" (BackgroundPairs). */
	static final int DEFAULT_BACKGROUND_PAIRS = 3000;
	static final Path DEFAULT_PAIR_CORPUS = Path.of("corpus", "contradiction-train");
	static final Path DEFAULT_PAIR_MODEL = Path.of("plugin", "io.claimtagger.core", "resources", "io", "claimtagger", "core", "contradiction",
			"pair-model.bin");
	static final Path DEFAULT_MODEL_DIR = Path.of("plugin", "io.claimtagger.core", "resources", "io", "claimtagger", "core", "model");

	private final PrintStream out;
	private final PrintStream err;
	private final java.io.InputStream in;

	public ClaimTagCli(PrintStream out, PrintStream err, java.io.InputStream in) {
		this.out = out;
		this.err = err;
		this.in = in;
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
		int code = new ClaimTagCli(out, System.err, System.in).run(args);
		out.flush();
		System.exit(code);
	}

	/** Runs one command; returns the process exit code (0 ok, 1 some input failed, 2 usage). */
	public int run(String... args) {
		if (args.length == 0) {
			err.print(USAGE);
			return 2;
		}
		try {
			switch (args[0]) {
			case "tag":
				return tag(List.of(args).subList(1, args.length));
			case "eval":
				return eval(List.of(args).subList(1, args.length));
			case "gold":
				return gold(List.of(args).subList(1, args.length));
			case "train":
				return train(List.of(args).subList(1, args.length));
			case "learning-curve":
				return learningCurve(List.of(args).subList(1, args.length));
			case "report":
				return report(List.of(args).subList(1, args.length));
			case "diff":
				return diff(List.of(args).subList(1, args.length));
			case "contradictions":
				return contradictions(List.of(args).subList(1, args.length));
			case "train-pairs":
				return trainPairs(List.of(args).subList(1, args.length));
			case "merge-driver":
				return mergeDriver(List.of(args).subList(1, args.length));
			case "bench":
				// The benchmarks live in their own module (JMH, not part of the bundles); the claimtag
				// script runs them on that module's class path before this class is ever started.
				err.println("claimtag: bench runs from the benchmarks module: use the claimtag script (./claimtag bench)");
				return 2;
			case "-h", "--help", "help":
				out.print(USAGE);
				return 0;
			default:
				err.println("claimtag: unknown command '" + args[0] + "'");
				err.print(USAGE);
				return 2;
			}
		} catch (IOException | FormatException e) {
			err.println("claimtag: " + e.getMessage());
			return 1;
		}
	}

	private int tag(List<String> args) throws IOException {
		String format = "json";
		boolean useCatalog = true;
		Path modelsDir = null;
		List<String> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--no-catalog")) {
				useCatalog = false;
			} else if (a.equals("--models") && i + 1 < args.size()) {
				modelsDir = Path.of(args.get(++i));
			} else if (a.equals("--format") && i + 1 < args.size()) {
				format = args.get(++i);
			} else if (a.startsWith("--format=")) {
				format = a.substring("--format=".length());
			} else if (a.startsWith("--")) {
				err.println("claimtag: unknown option " + a);
				return 2;
			} else {
				files.add(a);
			}
		}
		if (!format.equals("json") && !format.equals("text")) {
			err.println("claimtag: --format must be json or text, not '" + format + "'");
			return 2;
		}
		if (files.isEmpty()) {
			err.println("claimtag: tag needs at least one FILE (or - for stdin)");
			return 2;
		}
		TaggingPipeline pipeline = new TaggingPipeline(models(modelsDir), useCatalog);
		// Each file's result is written as soon as it is ready: a bad or huge file never costs the
		// others their output, and only one file's result is in memory at a time.
		ResultJson.Stream json = format.equals("json") ? new ResultJson.Stream(out) : null;
		HeapBudget heap = HeapBudget.ofThisJvm();
		int failures = 0;
		for (String file : files) {
			String text;
			try {
				text = file.equals("-") ? ArticleReader.read(in) : ArticleReader.read(Path.of(file));
			} catch (ArticleReader.UnreadableArticleException e) {
				err.println("claimtag: " + file + ": " + e.getMessage());
				failures++;
				continue;
			} catch (InvalidPathException e) {
				err.println("claimtag: " + file + ": this file name cannot be used in the current locale's encoding ("
						+ System.getProperty("sun.jnu.encoding") + "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
				failures++;
				continue;
			}
			if (!heap.fits(text.length())) {
				err.println("claimtag: " + file + ": " + heap.tooLarge(text.length()));
				failures++;
				continue;
			}
			try {
				TaggedDocument doc = pipeline.tag(text);
				if (json != null) {
					json.add(ResultJson.of(file, doc));
				} else {
					printText(file, doc);
				}
			} catch (OutOfMemoryError e) {
				text = null;
				err.println("claimtag: " + file + ": too large to tag in " + Runtime.getRuntime().maxMemory() / (1 << 20)
						+ " MB of heap; give the JVM more (CLAIMTAG_JAVA_OPTS=-Xmx4g) or split the file");
				failures++;
			}
			if (out.checkError()) {
				err.println("claimtag: cannot write the output (disk full or the reader went away); stopped after " + file);
				return 1;
			}
		}
		if (json != null) {
			json.close();
		}
		if (out.checkError()) {
			err.println("claimtag: cannot write the output (disk full or the reader went away)");
			return 1;
		}
		return failures == 0 ? 0 : 1;
	}

	private int diff(List<String> args) throws IOException {
		String format = "text";
		String rev = null;
		Path eval = null;
		List<String> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--format") && i + 1 < args.size()) {
				format = args.get(++i);
			} else if (a.equals("--git") && i + 1 < args.size()) {
				rev = args.get(++i);
			} else if (a.equals("--eval") && i + 1 < args.size()) {
				eval = Path.of(args.get(++i));
			} else if (a.startsWith("--")) {
				err.println("claimtag: unknown option " + a);
				return 2;
			} else {
				files.add(a);
			}
		}
		if (!format.equals("json") && !format.equals("text")) {
			err.println("claimtag: --format must be json or text, not '" + format + "'");
			return 2;
		}
		TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());
		if (eval != null) {
			io.claimtagger.core.eval.DiffCases.Result result = io.claimtagger.core.eval.DiffCases.score(eval, pipeline);
			result.errors().forEach(out::println);
			out.print(result.report());
			return 0;
		}
		if (rev != null ? files.size() != 1 : files.size() != 2) {
			err.println("claimtag: diff needs OLD_FILE NEW_FILE, or --git REV FILE");
			return 2;
		}
		AcrossTime across = new AcrossTime(pipeline, out);
		if (rev != null) {
			Path file = Path.of(files.get(0));
			String now;
			try {
				now = ArticleReader.read(file);
			} catch (ArticleReader.UnreadableArticleException e) {
				err.println("claimtag: " + file + ": " + e.getMessage());
				return 1;
			}
			String then;
			try {
				then = io.claimtagger.core.files.GitRevision.read(file, rev);
			} catch (io.claimtagger.core.files.GitRevision.NotInGitException e) {
				err.println("claimtag: " + file + ": " + e.getMessage());
				return 1;
			}
			across.diff(file + "@" + rev, then, file.toString(), now, format.equals("json"));
			return 0;
		}
		String[] texts = new String[2];
		for (int i = 0; i < 2; i++) {
			try {
				texts[i] = ArticleReader.read(Path.of(files.get(i)));
			} catch (ArticleReader.UnreadableArticleException e) {
				err.println("claimtag: " + files.get(i) + ": " + e.getMessage());
				return 1;
			}
		}
		across.diff(files.get(0), texts[0], files.get(1), texts[1], format.equals("json"));
		return 0;
	}

	/** A whole number of at least {@code min}, or null after saying what is wrong. */
	private Integer atLeast(String value, int min, String message) {
		try {
			int n = Integer.parseInt(value);
			if (n >= min) {
				return n;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		err.println("claimtag: " + message + ", not '" + value + "'");
		return null;
	}

	/** "0.5,0.9" as the finder's two bars, or null after saying what is wrong. */
	private double[] bars(String value) {
		String[] parts = value.split(",");
		try {
			if (parts.length == 2) {
				double find = Double.parseDouble(parts[0]);
				double veto = Double.parseDouble(parts[1]);
				if (find >= 0 && find <= 1 && veto >= 0 && veto <= 1) {
					return new double[] { find, veto };
				}
			}
		} catch (NumberFormatException e) {
			// said below
		}
		err.println("claimtag: --bars needs two probabilities FIND,VETO (such as 0.5,0.9), not '" + value + "'");
		return null;
	}

	private int trainPairs(List<String> args) throws IOException {
		Path outFile = DEFAULT_PAIR_MODEL;
		int folds = 0;
		double[] bars = null;
		boolean errors = false;
		int background = DEFAULT_BACKGROUND_PAIRS;
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--out") && i + 1 < args.size()) {
				outFile = Path.of(args.get(++i));
			} else if (a.equals("--errors")) {
				errors = true;
			} else if (a.equals("--background") && i + 1 < args.size()) {
				Integer n = atLeast(args.get(++i), 0, "--background needs a number of pairs (0 or more)");
				if (n == null) {
					return 2;
				}
				background = n;
			} else if (a.equals("--cv") && i + 1 < args.size()) {
				Integer n = atLeast(args.get(++i), 2, "--cv needs a number of folds of at least 2");
				if (n == null) {
					return 2;
				}
				folds = n;
			} else if (a.equals("--bars") && i + 1 < args.size()) {
				bars = bars(args.get(++i));
				if (bars == null) {
					return 2;
				}
			} else if (a.startsWith("--")) {
				err.println("claimtag: unknown option " + a);
				return 2;
			} else {
				files.add(Path.of(a));
			}
		}
		if (files.isEmpty()) {
			files = io.claimtagger.core.corpus.CorpusFingerprint.pairFiles(DEFAULT_PAIR_CORPUS);
		}
		if (files.isEmpty()) {
			err.println("claimtag: train-pairs found no labelled pairs (.tsv)");
			return 2;
		}
		List<io.claimtagger.core.eval.ContradictionPairs.Pair> pairs = new ArrayList<>();
		for (Path f : files) {
			pairs.addAll(io.claimtagger.core.eval.ContradictionPairs.read(f));
		}
		TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());
		List<io.claimtagger.core.eval.ContradictionPairs.Tagged> tagged = io.claimtagger.core.eval.ContradictionPairs.tag(pairs, pipeline);
		List<PairClassifier.LabelledPair> unrelated = background == 0 ? List.of()
				: io.claimtagger.core.eval.BackgroundPairs.sample(DEFAULT_CORPUS, pipeline, background, 42);
		double[] b = bars;
		if (folds > 0) {
			io.claimtagger.core.eval.ContradictionPairs.Result result;
			try {
				result = io.claimtagger.core.eval.ContradictionPairs.crossValidate(tagged, unrelated, folds,
						c -> b == null ? c : c.withBars(b[0], b[1]));
			} catch (IllegalArgumentException e) {
				err.println("claimtag: cannot train the pair model of a fold: " + e.getMessage());
				return 1;
			}
			if (errors) {
				result.errors().forEach(out::println);
			}
			out.printf("%d-fold cross-validation over %d files%n", folds, files.size());
			out.print(result.report());
			return 0;
		}
		List<PairClassifier.LabelledPair> labelled = new ArrayList<>(unrelated);
		tagged.forEach(t -> labelled.add(t.labelled()));
		PairClassifier model;
		try {
			model = PairClassifier.train(labelled);
		} catch (IllegalArgumentException e) {
			err.println("claimtag: cannot train the pair model: " + e.getMessage());
			return 1;
		}
		Files.createDirectories(outFile.toAbsolutePath().getParent());
		try (java.io.OutputStream o = Files.newOutputStream(outFile)) {
			model.write(o);
		}
		// What it was trained from, beside it: a test fails the build when the pairs or the
		// corpus the background pairs come from changed and the shipped model was not retrained.
		Path provenance = outFile.resolveSibling(outFile.getFileName().toString().replaceFirst("\\.bin$", "") + ".properties");
		String properties = "# Written by ./claimtag train-pairs: what the pair model beside it was trained from.\n"
				+ "pairs.sha256=" + io.claimtagger.core.corpus.CorpusFingerprint.of(files) + "\n"
				+ (unrelated.isEmpty() ? "" : "corpus.sha256=" + io.claimtagger.core.corpus.CorpusFingerprint.of(DEFAULT_CORPUS) + "\n")
				+ "background=" + unrelated.size() + "\n";
		Files.writeString(provenance, properties, java.nio.charset.StandardCharsets.UTF_8);
		out.printf("Pair model trained on %d labelled pairs of %d files and %d background pairs into %s%n", pairs.size(), files.size(),
				unrelated.size(), outFile);
		return 0;
	}

	private int contradictions(List<String> args) throws IOException {
		String format = "text";
		Path eval = null;
		boolean errors = false;
		PairClassifier classifier = PairClassifier.bundled();
		double[] bars = null;
		List<String> dirs = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--format") && i + 1 < args.size()) {
				format = args.get(++i);
			} else if (a.equals("--eval") && i + 1 < args.size()) {
				eval = Path.of(args.get(++i));
			} else if (a.equals("--errors")) {
				errors = true;
			} else if (a.equals("--rules-only")) {
				classifier = PairClassifier.RULES_ONLY;
			} else if (a.equals("--pair-model") && i + 1 < args.size()) {
				try (java.io.InputStream in = Files.newInputStream(Path.of(args.get(++i)))) {
					classifier = PairClassifier.read(in);
				}
			} else if (a.equals("--bars") && i + 1 < args.size()) {
				bars = bars(args.get(++i));
				if (bars == null) {
					return 2;
				}
			} else if (a.startsWith("--")) {
				err.println("claimtag: unknown option " + a);
				return 2;
			} else {
				dirs.add(a);
			}
		}
		if (!format.equals("json") && !format.equals("text")) {
			err.println("claimtag: --format must be json or text, not '" + format + "'");
			return 2;
		}
		TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());
		if (bars != null) {
			classifier = classifier.withBars(bars[0], bars[1]);
		}
		if (eval != null) {
			io.claimtagger.core.eval.ContradictionPairs.Result result = io.claimtagger.core.eval.ContradictionPairs
					.score(io.claimtagger.core.eval.ContradictionPairs.tag(io.claimtagger.core.eval.ContradictionPairs.read(eval), pipeline), classifier);
			if (errors) {
				result.errors().forEach(out::println);
			}
			out.print(result.report());
			return 0;
		}
		if (dirs.size() != 1 || !Files.isDirectory(Path.of(dirs.get(0)))) {
			err.println("claimtag: contradictions needs one DIR of articles");
			return 2;
		}
		Path dir = Path.of(dirs.get(0));
		AcrossTime across = new AcrossTime(pipeline, out, classifier);
		List<io.claimtagger.core.contradiction.DatedClaim> claims = new ArrayList<>();
		List<Path> articles = AcrossTime.articles(dir);
		int failures = 0;
		for (Path article : articles) {
			try {
				String text = ArticleReader.read(article);
				claims.addAll(across.claimsOf(dir.relativize(article).toString().replace('\\', '/'), text, AcrossTime.modified(article)));
			} catch (ArticleReader.UnreadableArticleException e) {
				err.println("claimtag: " + article + ": " + e.getMessage() + " (skipped)");
				failures++;
			}
		}
		long start = System.nanoTime();
		List<io.claimtagger.core.contradiction.Finding> findings = across.find(claims);
		across.printFindings(findings, articles.size() - failures, claims.size(), (System.nanoTime() - start) / 1e9,
				format.equals("json"));
		return failures == 0 ? 0 : 1;
	}

	private void printText(String file, TaggedDocument doc) {
		out.println("== " + file);
		List<Entity> entities = doc.entities();
		out.println("Entities (" + entities.size() + "):");
		for (Entity e : entities) {
			out.printf("  %6d-%-6d %-7s %-32s canonical: %s, %.2f, %s%n", e.start(), e.end(), e.type().id(), e.text(),
					e.canonical(), e.confidence(), e.source().id());
		}
		out.println("Claims (" + doc.claims().size() + "):");
		for (Claim c : doc.claims()) {
			out.printf("  %6d-%-6d %s/%s %.2f about: %s%n", c.span().start(), c.span().end(), c.kind().id(),
					c.polarity().id(), c.confidence(), String.join(", ", c.about().stream().map(Entity::text).distinct().toList()));
			out.println("      " + Whitespace.collapse(c.text()));
		}
	}

	private int eval(List<String> args) throws IOException {
		boolean showErrors = false;
		boolean modelAloneOnly = false;
		Path trainDir = DEFAULT_CORPUS;
		Path modelsDir = null;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--models") && i + 1 < args.size()) {
				modelsDir = Path.of(args.get(++i));
			} else if (a.equals("--errors")) {
				showErrors = true;
			} else if (a.equals("--no-catalog")) {
				modelAloneOnly = true;
			} else if (a.equals("--train") && i + 1 < args.size()) {
				trainDir = Path.of(args.get(++i));
			} else if (a.startsWith("--")) {
				err.println("claimtag: unknown option " + a);
				return 2;
			} else {
				rest.add(a);
			}
		}
		if (rest.size() != 1) {
			err.println("claimtag: eval needs one GOLD_DIR");
			return 2;
		}
		Path dir = Path.of(rest.get(0));
		if (!Files.isDirectory(dir)) {
			err.println("claimtag: " + dir + ": not a directory");
			return 1;
		}
		List<GoldDocument> gold = GoldSet.load(dir);
		if (gold.isEmpty()) {
			err.println("claimtag: " + dir + ": no NAME.txt + NAME.json pairs or .ann files");
			return 1;
		}
		NlpModels models = models(modelsDir);
		KnownNames known = null;
		if (Files.isDirectory(trainDir)) {
			known = KnownNames.of(trainDir, NlpModels.bundled().catalog());
		} else {
			err.println("claimtag: no training corpus at " + trainDir + " (--train DIR): unseen names not scored");
		}
		if (!modelAloneOnly) {
			report("With the catalog", Evaluation.of(gold, new TaggingPipeline(models, true), known),
					showErrors);
		}
		report("Model alone (--no-catalog)",
				Evaluation.of(gold, new TaggingPipeline(models, false), known), showErrors && modelAloneOnly);
		return 0;
	}

	private void report(String title, Evaluation evaluation, boolean showErrors) {
		out.println("== " + title);
		if (showErrors) {
			evaluation.errors().forEach(out::println);
		}
		out.print(evaluation.report());
	}

	private int gold(List<String> args) throws IOException {
		if (args.size() != 2) {
			err.println("claimtag: gold needs ANN_DIR and OUT_DIR");
			return 2;
		}
		Path outDir = Path.of(args.get(1));
		Files.createDirectories(outDir);
		int n = 0;
		// A multi-document .ann file gives several documents the same name: number the repeats, so
		// every document gets its own pair of files and the count printed is the count written.
		Map<String, Integer> seen = new HashMap<>();
		for (GoldDocument g : GoldSet.load(Path.of(args.get(0)))) {
			int k = seen.merge(g.name(), 1, Integer::sum);
			String name = k == 1 ? g.name() : g.name() + "-" + k;
			Files.writeString(outDir.resolve(name + ".txt"), g.text(), StandardCharsets.UTF_8);
			Files.writeString(outDir.resolve(name + ".json"), GoldJson.write(g), StandardCharsets.UTF_8);
			n++;
		}
		out.println("Wrote " + n + " gold documents (" + 2 * n + " files) to " + outDir);
		return 0;
	}

	private int train(List<String> args) throws IOException {
		List<String> rest = new ArrayList<>();
		List<Path> evidenceDirs = new ArrayList<>();
		Path outDir = null;
		int weight = ModelTrainer.EVIDENCE_WEIGHT;
		int threads = 1;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--evidence") && i + 1 < args.size()) {
				evidenceDirs.add(Path.of(args.get(++i)));
			} else if (a.equals("--out") && i + 1 < args.size()) {
				outDir = Path.of(args.get(++i));
			} else if ((a.equals("--weight") || a.equals("--threads")) && i + 1 < args.size()) {
				int n;
				try {
					n = Integer.parseInt(args.get(++i));
				} catch (NumberFormatException e) {
					n = 0;
				}
				if (n < 1 || n > 1000) {
					err.println("claimtag: " + a + " takes a whole number from 1 to 1000, not '" + args.get(i) + "'");
					return 2;
				}
				if (a.equals("--weight")) {
					weight = n;
				} else {
					threads = n;
				}
			} else if (a.startsWith("--")) {
				err.println("claimtag: unknown option " + a);
				return 2;
			} else {
				rest.add(a);
			}
		}
		if (rest.size() > 2 || outDir != null && rest.size() > 1) {
			err.println("claimtag: train takes [CORPUS_DIR [MODEL_DIR]] (or CORPUS_DIR --out MODEL_DIR)");
			return 2;
		}
		Path corpus = rest.size() > 0 ? Path.of(rest.get(0)) : DEFAULT_CORPUS;
		Path models = outDir != null ? outDir : rest.size() > 1 ? Path.of(rest.get(1)) : DEFAULT_MODEL_DIR;
		if (!Files.isDirectory(corpus)) {
			err.println("claimtag: " + corpus + ": no training corpus here (run from the repository root)");
			return 1;
		}
		Evidence evidence = Evidence.NONE;
		for (Path dir : evidenceDirs) {
			if (!Files.isDirectory(dir)) {
				err.println("claimtag: " + dir + ": not a directory (--evidence takes a project or a folder of projects)");
				return 1;
			}
			Evidence more = Evidence.under(dir);
			more.problems().forEach(p -> err.println("claimtag: " + p));
			evidence = evidence.plus(more);
		}
		if (!evidenceDirs.isEmpty() && evidence.isEmpty()) {
			err.println("claimtag: no corrections or reviewed claims under " + evidenceDirs + " (.claims/*.evidence.ann, accepted or rejected claims)");
			return 1;
		}
		if (!evidence.isEmpty() && outDir == null && rest.size() < 2) {
			err.println("claimtag: training with --evidence needs --out MODEL_DIR (the shipped models are trained from the corpus only)");
			return 2;
		}
		new ModelTrainer(NlpModels.bundled(), out).threads(threads).train(corpus, evidence, weight, models, null);
		return 0;
	}

	private int report(List<String> args) throws IOException {
		Path dir = null;
		int folds = 5;
		int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
		try {
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				if (a.equals("--evidence") && i + 1 < args.size()) {
					dir = Path.of(args.get(++i));
				} else if (a.equals("--folds") && i + 1 < args.size()) {
					folds = Integer.parseInt(args.get(++i));
				} else if (a.equals("--threads") && i + 1 < args.size()) {
					threads = Integer.parseInt(args.get(++i));
				} else {
					err.println("claimtag: report: unexpected " + a);
					return 2;
				}
			}
		} catch (NumberFormatException e) {
			err.println("claimtag: report: not a number: " + e.getMessage());
			return 2;
		}
		if (dir == null || !Files.isDirectory(dir) || folds < 2) {
			err.println("claimtag: report needs --evidence DIR (a project or a folder of projects) and at least 2 folds");
			return 2;
		}
		Evidence evidence = Evidence.under(dir);
		evidence.problems().forEach(p -> err.println("claimtag: " + p));
		try {
			io.claimtagger.core.eval.CrossValidation.Report report = new io.claimtagger.core.eval.CrossValidation(DEFAULT_CORPUS,
					Files.createTempDirectory("claimtag-report-"), threads).run(evidence, folds, () -> false, fold -> err.println("fold " + fold + " done"));
			out.print(io.claimtagger.core.eval.CrossValidation.text(report));
			return 0;
		} catch (IllegalArgumentException e) {
			err.println("claimtag: report: " + e.getMessage());
			return 1;
		}
	}

	private int learningCurve(List<String> args) throws IOException {
		int pool = 10;
		int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
		int[] ks = { 0, 1, 3, 5, 10 };
		List<String> rest = new ArrayList<>();
		try {
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				if (a.equals("--pool") && i + 1 < args.size()) {
					pool = Integer.parseInt(args.get(++i));
				} else if (a.equals("--threads") && i + 1 < args.size()) {
					threads = Integer.parseInt(args.get(++i));
				} else if (a.equals("--k") && i + 1 < args.size()) {
					ks = java.util.Arrays.stream(args.get(++i).split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
				} else if (a.startsWith("--")) {
					err.println("claimtag: unknown option " + a);
					return 2;
				} else {
					rest.add(a);
				}
			}
		} catch (NumberFormatException e) {
			err.println("claimtag: learning-curve: not a number: " + e.getMessage());
			return 2;
		}
		if (rest.size() != 1 || !Files.isDirectory(Path.of(rest.get(0)))) {
			err.println("claimtag: learning-curve needs one folder of .ann articles");
			return 2;
		}
		List<io.claimtagger.core.corpus.AnnotatedDocument> documents = new ArrayList<>();
		for (Path f : io.claimtagger.core.corpus.CorpusFingerprint.trainingFiles(Path.of(rest.get(0)))) {
			documents.addAll(io.claimtagger.core.corpus.AnnotatedCorpusReader.read(f));
		}
		if (documents.size() <= pool) {
			err.println("claimtag: learning-curve: " + documents.size() + " articles, but the pool alone takes " + pool);
			return 1;
		}
		Path work = Files.createTempDirectory("claimtag-learning-");
		out.printf("Learning curve: pool %d articles, test %d articles, corpus %s, %d training threads%n", pool,
				documents.size() - pool, DEFAULT_CORPUS, threads);
		out.println(io.claimtagger.core.eval.LearningCurve.header());
		new io.claimtagger.core.eval.LearningCurve(DEFAULT_CORPUS, work, threads, out)
				.run(documents.subList(0, pool), documents.subList(pool, documents.size()), ks);
		return 0;
	}

	/** The shipped models, or those a training wrote to {@code dir}. */
	private static NlpModels models(Path dir) throws IOException {
		return dir == null ? NlpModels.bundled() : NlpModels.fromDirectory(dir);
	}

	/**
	 * {@code merge-driver %O %A %B}: git gives the ancestor's, our and their version of a claims
	 * file; the merge is written over ours. Exit 0 when merged, 1 (git keeps the conflict) when a
	 * side is not a claims file.
	 */
	private int mergeDriver(List<String> args) {
		if (args.size() != 3) {
			err.println("claimtag: merge-driver needs BASE OURS THEIRS (git's %O %A %B)");
			return 2;
		}
		try {
			ArticleClaims ours = readStore(Path.of(args.get(1)));
			ArticleClaims theirs = readStore(Path.of(args.get(2)));
			Path basePath = Path.of(args.get(0));
			// No common ancestor (the file is new on both branches): git passes an empty file.
			ArticleClaims base = Files.size(basePath) == 0 ? ArticleClaims.empty(ours.article()) : readStore(basePath);
			ArticleClaims merged = StoreMerge.merge(base, ours, theirs);
			AtomicFile.write(Path.of(args.get(1)), ClaimStoreFormat.write(merged));
			return 0;
		} catch (ClaimStoreFormatException e) {
			err.println("claimtag: merge-driver: " + e.getMessage() + "; leaving the conflict to git");
			return 1;
		} catch (IOException e) {
			err.println("claimtag: merge-driver: " + e.getMessage());
			return 1;
		}
	}

	private static ArticleClaims readStore(Path file) throws IOException {
		return ClaimStoreFormat.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}
}
