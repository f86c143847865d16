package io.claimtagger.benchmarks;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.runner.RunnerException;

import io.claimtagger.core.files.ArticleReader;

/**
 * {@code claimtag bench}: the performance benchmarks of issue 6 on JMH, driven through its Runner
 * API, reported as the ratios the issue tracks. The last line printed is a one-line
 * {@code key=value} summary meant to be tracked over time. See {@code docs/benchmarks.md}.
 */
public final class BenchmarkCommand {

	private final PrintStream out;
	private final PrintStream err;

	BenchmarkCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		int code = new BenchmarkCommand(out, System.err).run(List.of(args));
		out.flush();
		System.exit(code);
	}

	/** Runs the benchmarks; returns the exit code (0 ok, 1 a file or a benchmark failed, 2 usage). */
	int run(List<String> args) {
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		} catch (BenchOptions.UsageException e) {
			err.println("claimtag bench: " + e.getMessage());
			err.print(BenchOptions.USAGE);
			return 2;
		}
		if (options.help()) {
			out.print(BenchOptions.USAGE);
			return 0;
		}
		// Read every file here, so one that cannot be read is reported once, not by every fork.
		List<String> readable = new ArrayList<>();
		for (String f : options.files()) {
			try {
				ArticleReader.read(Path.of(f));
				readable.add(f);
			} catch (ArticleReader.UnreadableArticleException e) {
				err.println("claimtag bench: " + f + ": " + e.getMessage());
			}
		}
		if (!options.files().isEmpty() && readable.isEmpty()) {
			err.println("claimtag bench: none of the files could be read");
			return 1;
		}
		boolean someUnreadable = readable.size() < options.files().size();
		options = new BenchOptions(options.words(), options.articles(), options.articleWords(), options.incrementalWords(),
				options.threads(), options.claims(), options.seed(), options.only(), List.copyOf(readable), options.forks(),
				options.iterations(), options.warmup(), options.profilers(), options.json(), options.verbose(), false);

		File log = new File(System.getProperty("java.io.tmpdir"), "claimtag-bench-jmh.log");
		try (PrintStream jmhLog = options.verbose() ? null : new PrintStream(log, StandardCharsets.UTF_8)) {
			machine(args, options.verbose() ? null : log);
			Jmh jmh = new Jmh(options, out, options.verbose() ? out : jmhLog);
			String summary = runAll(options, jmh);
			if (options.json() != null) {
				jmh.writeJson(options.json().toFile());
				out.println("JMH results (JSON): " + options.json());
			}
			out.printf(Locale.ROOT, "%nall benchmarks took %.0f s; load average now %s%n", jmh.seconds(), loadAverage());
			out.println("summary: " + summary);
			return someUnreadable ? 1 : 0;
		} catch (RunnerException e) {
			err.println("claimtag bench: " + e.getMessage() + (options.verbose() ? "" : " (JMH's output: " + log + ")"));
			return 1;
		} catch (IOException e) {
			err.println("claimtag bench: " + e.getMessage());
			return 1;
		}
	}

	private String runAll(BenchOptions options, Jmh jmh) throws RunnerException {
		ThroughputComparison throughput = new ThroughputComparison(options);
		List<Measurement> all = List.of(throughput, new IncrementalComparison(options),
				new BatchReport(options, throughput::engineWordsPerSecond), new ColdStartReport(options), new StoreReport(options),
				new LongLineReport(), new ContradictionReport());
		List<String> summary = new ArrayList<>();
		for (Measurement m : all) {
			if (options.runs(m.name())) {
				out.println();
				out.println("== " + m.title());
				summary.add(m.run(jmh, out));
			}
		}
		return String.join(" ", summary);
	}

	private void machine(List<String> args, File log) {
		Runtime rt = Runtime.getRuntime();
		out.println("claimtag bench " + String.join(" ", args));
		out.printf(Locale.ROOT, "machine: %d CPUs, load average %s, Java %s (%s), %s %s%n", rt.availableProcessors(), loadAverage(),
				System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
				System.getProperty("os.arch"));
		out.printf(Locale.ROOT, "JMH forks: this JVM's options %s (max heap %.0f MB)%n",
				ManagementFactory.getRuntimeMXBean().getInputArguments(), LiveHeap.mb(rt.maxMemory()));
		if (log != null) {
			out.println("JMH's own output: " + log + " (--verbose shows it here)");
		}
	}

	private static String loadAverage() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
	}
}
