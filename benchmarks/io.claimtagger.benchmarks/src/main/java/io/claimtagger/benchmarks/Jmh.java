package io.claimtagger.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs this module's benchmarks through the JMH Runner API, one benchmark method at a time, with
 * what every run shares: the corpus parameters, the user's profilers, and JMH's own output, which
 * goes to a log (or the console with {@code --verbose}) while the console gets one progress line
 * per run. The forks inherit this JVM's options ({@code CLAIMTAG_JAVA_OPTS}), JMH's default.
 */
final class Jmh {

	private final BenchOptions options;
	private final PrintStream out;
	private final OutputFormat jmhOutput;
	private final List<RunResult> results = new ArrayList<>();
	private final long start = System.nanoTime();

	Jmh(BenchOptions options, PrintStream out, PrintStream jmhLog) {
		this.options = options;
		this.out = out;
		this.jmhOutput = OutputFormatFactory.createFormatInstance(jmhLog, VerboseMode.NORMAL);
	}

	/** Runs {@code Class.method}; {@code settings} adds forks, iterations, profilers. One result per parameter set. */
	List<RunResult> run(Class<?> benchmark, String method, String label, UnaryOperator<ChainedOptionsBuilder> settings)
			throws RunnerException {
		ChainedOptionsBuilder b = new OptionsBuilder()
				.include("^" + Pattern.quote(benchmark.getName() + "." + method) + "$")
				.shouldFailOnError(true)
				.param("seed", Long.toString(options.seed()))
				.param("files", String.join(File.pathSeparator, absolute(options.files())))
				.param("words", Integer.toString(options.words()))
				.param("incrementalWords", Integer.toString(options.incrementalWords()))
				.param("articles", Integer.toString(options.articles()))
				.param("articleWords", Integer.toString(options.articleWords()))
				.param("threads", Integer.toString(options.threads()))
				.param("claims", Integer.toString(options.claims()));
		for (String profiler : options.profilers()) {
			// As JMH's own -prof: NAME or NAME:OPTIONS (e.g. jfr:dir=/tmp/jfr;stackDepth=128).
			int colon = profiler.indexOf(':');
			b = colon < 0 ? b.addProfiler(profiler) : b.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
		}
		b = settings.apply(b);
		out.printf(Locale.ROOT, "  [%4.0f s] %-48s", seconds(), label);
		out.flush();
		long t0 = System.nanoTime();
		Collection<RunResult> run = new Runner(b.build(), jmhOutput).run();
		if (run.isEmpty()) {
			throw new RunnerException("JMH found no benchmark " + benchmark.getSimpleName() + "." + method
					+ " (is the module built? its annotation processor writes META-INF/BenchmarkList)");
		}
		List<RunResult> list = List.copyOf(run);
		results.addAll(list);
		StringBuilder scores = new StringBuilder();
		for (RunResult r : list) {
			scores.append(String.format(Locale.ROOT, " %.4g %s", r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreUnit()));
		}
		out.printf(Locale.ROOT, "%s   (%.0f s)%n", scores, (System.nanoTime() - t0) / 1e9);
		return list;
	}

	/** The one result of a run without parameter sweeps. */
	RunResult runOne(Class<?> benchmark, String method, String label, UnaryOperator<ChainedOptionsBuilder> settings)
			throws RunnerException {
		return run(benchmark, method, label, settings).get(0);
	}

	/** {@code --iterations} and {@code --warmup}, for the benchmarks whose iterations may be changed. */
	ChainedOptionsBuilder userIterations(ChainedOptionsBuilder b) {
		if (options.iterations().isPresent()) {
			b = b.measurementIterations(options.iterations().getAsInt());
		}
		if (options.warmup().isPresent()) {
			b = b.warmupIterations(options.warmup().getAsInt());
		}
		return b;
	}

	/** {@code --forks}, or the benchmark's own default. */
	ChainedOptionsBuilder userForks(ChainedOptionsBuilder b) {
		return options.forks().isPresent() ? b.forks(options.forks().getAsInt()) : b;
	}

	/** Seconds since this run of the benchmarks started. */
	double seconds() {
		return (System.nanoTime() - start) / 1e9;
	}

	/** Writes every result so far in JMH's JSON format. */
	void writeJson(File file) throws IOException {
		try (PrintStream json = new PrintStream(file, java.nio.charset.StandardCharsets.UTF_8)) {
			ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(results);
		}
	}

	private static List<String> absolute(List<String> files) {
		List<String> out = new ArrayList<>();
		for (String f : files) {
			out.add(new File(f).getAbsolutePath());
		}
		return out;
	}
}
