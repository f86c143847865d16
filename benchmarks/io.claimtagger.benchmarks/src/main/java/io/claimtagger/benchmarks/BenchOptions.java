package io.claimtagger.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The options of {@code claimtag bench}; {@link #parse} turns the command line into them. */
record BenchOptions(int words, int articles, int articleWords, int incrementalWords, int threads, int claims, long seed,
		Set<String> only, List<String> files, OptionalInt forks, OptionalInt iterations, OptionalInt warmup,
		List<String> profilers, Path json, boolean verbose, boolean help) {

	static final List<String> ALL = List.of("throughput", "incremental", "batch", "cold", "store", "longline", "contradictions");

	static final String USAGE = """
			Usage: claimtag bench [options] [FILE...]
			  JMH benchmarks of the engine: 1 throughput vs raw OpenNLP, 2 incremental edit vs full
			  re-tag, 3 batch of articles (time, heap), 4 cold start and model heap, 5 claims store
			  save/load. Without FILEs the articles are generated (deterministic). About 4 minutes
			  with the defaults; the last line is a one-line key=value summary. See docs/benchmarks.md.
			Options:
			  --only LIST           comma-separated subset of throughput,incremental,batch,cold,store,longline,contradictions
			  --forks N             JVM forks per benchmark (default: 3 paired rounds for throughput,
			                        5 for cold start, 1 for the others)
			  --iterations N        measured iterations per fork (default per benchmark; not for the
			                        cold start, where a second shot would no longer be cold)
			  --warmup N            warm-up iterations per fork (default per benchmark; batch: 0, its
			                        trial setup warms up; not for the cold start)
			  --words N             words of generated text for the throughput benchmark (default 30000)
			  --incremental-words N words of the incrementally edited article (default 10000)
			  --articles N          articles in the batch benchmark (default 1000)
			  --article-words N     words per generated batch article (default 1000)
			  --threads N           batch worker threads, one pipeline each (default 2)
			  --claims N            claims in the store benchmark (default 100000)
			  --seed N              corpus seed (default 42)
			  --prof NAME[:OPTS]    add a JMH profiler to every fork, as JMH's -prof (gc, stack,
			                        jfr:dir=DIR, ...); repeatable
			  --json FILE           also write every JMH result as JMH's JSON
			  --verbose             JMH's own output on the console (otherwise in a log file)
			""";

	/** Thrown for a command line that cannot be run; the message says why. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	static BenchOptions parse(List<String> args) throws UsageException {
		int words = 30_000;
		int articles = 1_000;
		int articleWords = 1_000;
		int incrementalWords = 10_000;
		int threads = 2;
		int claims = 100_000;
		long seed = 42;
		Set<String> only = new LinkedHashSet<>(ALL);
		List<String> files = new ArrayList<>();
		OptionalInt forks = OptionalInt.empty();
		OptionalInt iterations = OptionalInt.empty();
		OptionalInt warmup = OptionalInt.empty();
		List<String> profilers = new ArrayList<>();
		Path json = null;
		boolean verbose = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			String value = null;
			int eq = a.indexOf('=');
			if (a.startsWith("--") && eq > 0) {
				value = a.substring(eq + 1);
				a = a.substring(0, eq);
			}
			if (a.equals("-h") || a.equals("--help")) {
				return new BenchOptions(words, articles, articleWords, incrementalWords, threads, claims, seed, only, files, forks,
						iterations, warmup, profilers, json, verbose, true);
			}
			if (a.equals("--verbose")) {
				verbose = true;
				continue;
			}
			if (!a.startsWith("--") || a.equals("--")) {
				files.add(a);
				continue;
			}
			if (value == null) {
				if (i + 1 >= args.size()) {
					throw new UsageException(a + " needs a value");
				}
				value = args.get(++i);
			}
			switch (a) {
			case "--words" -> words = positive(a, value);
			case "--articles" -> articles = positive(a, value);
			case "--article-words" -> articleWords = positive(a, value);
			case "--incremental-words" -> incrementalWords = positive(a, value);
			case "--threads" -> threads = positive(a, value);
			case "--claims" -> claims = positive(a, value);
			case "--seed" -> seed = number(a, value);
			case "--forks" -> forks = OptionalInt.of(positive(a, value));
			case "--iterations" -> iterations = OptionalInt.of(positive(a, value));
			case "--warmup" -> warmup = OptionalInt.of((int) Math.max(0, number(a, value)));
			case "--prof" -> profilers.add(value);
			case "--json" -> json = Path.of(value);
			case "--only" -> {
				only.clear();
				for (String s : value.split(",")) {
					if (!ALL.contains(s.strip())) {
						throw new UsageException("--only takes " + String.join(",", ALL) + ", not '" + s + "'");
					}
					only.add(s.strip());
				}
			}
			default -> throw new UsageException("unknown option " + a);
			}
		}
		return new BenchOptions(words, articles, articleWords, incrementalWords, threads, claims, seed, Set.copyOf(only),
				List.copyOf(files), forks, iterations, warmup, List.copyOf(profilers), json, verbose, false);
	}

	boolean runs(String benchmark) {
		return only.contains(benchmark);
	}

	private static int positive(String option, String value) throws UsageException {
		long n = number(option, value);
		if (n <= 0 || n > Integer.MAX_VALUE) {
			throw new UsageException(option + " must be a positive number, not " + value);
		}
		return (int) n;
	}

	private static long number(String option, String value) throws UsageException {
		try {
			return Long.parseLong(value.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes a number, not '" + value + "'");
		}
	}
}
