package io.claimtagger.core.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark 4: from a fresh JVM to the first tagged sentence. Starts {@link ColdStartProbe} in a
 * child {@code java} with this process's class path and heap options and measures the wall time
 * from starting the process to reading the line it prints once the sentence is tagged; the child
 * reports its own split (JVM start to main, model loading, first tag). A second child measures
 * the live heap each model adds after loading.
 */
final class ColdStartBenchmark {

	record Result(Stats wallSeconds, Map<String, Stats> split, long modelHeap, Map<String, Long> perModel,
			Map<String, Long> perModelMillis, long pipelineHeap) {
	}

	private final PrintStream out;

	ColdStartBenchmark(PrintStream out) {
		this.out = out;
	}

	/** Null when this process was not started from a plain class path (e.g. inside OSGi). */
	Result run(int reps) throws IOException, InterruptedException {
		String classPath = System.getProperty("java.class.path", "");
		if (classPath.isEmpty() || !onClassPath(classPath)) {
			out.println("skipped: this JVM was not started from a class path holding the core (e.g. inside OSGi)");
			return null;
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> base = new ArrayList<>();
		base.add(java.toString());
		for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			// Heap and collector settings carry over; agents, JFR and debuggers do not.
			if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-XX:+Use") && a.endsWith("GC")) {
				base.add(a);
			}
		}
		base.add("-cp");
		base.add(classPath);
		base.add(ColdStartProbe.class.getName());

		// One untimed start brings the JDK and the jars into the OS file cache.
		child(base, "time");
		double[] wall = new double[reps];
		Map<String, double[]> split = new HashMap<>();
		for (int i = 0; i < reps; i++) {
			Map<String, String> fields = child(base, "time");
			wall[i] = Long.parseLong(fields.get("_wallNanos")) / 1e9;
			for (String k : new String[] { "jvmToMainMs", "loadMs", "firstTagMs" }) {
				split.computeIfAbsent(k, x -> new double[reps])[i] = Double.parseDouble(fields.get(k)) / 1e3;
			}
		}
		Map<String, String> heap = child(base, "heap");
		long before = Long.parseLong(heap.get("before"));
		long after = Long.parseLong(heap.get("after"));
		Map<String, Long> perModel = new java.util.LinkedHashMap<>();
		Map<String, Long> perModelMillis = new java.util.LinkedHashMap<>();
		for (String k : new String[] { "sentence", "tokenizer", "namefinder", "claim", "kind", "catalog+trie", "commonwords" }) {
			perModel.put(k, Long.parseLong(heap.get(k)));
			perModelMillis.put(k, Long.parseLong(heap.get(k + "Ms")));
		}
		Map<String, Stats> splitStats = new java.util.LinkedHashMap<>();
		for (String k : new String[] { "jvmToMainMs", "loadMs", "firstTagMs" }) {
			splitStats.put(k, Stats.of(split.get(k)));
		}
		Result r = new Result(Stats.of(wall), splitStats, after - before, perModel, perModelMillis,
				Long.parseLong(heap.get("pipeline")));
		out.printf(Locale.ROOT, "fresh JVM to first tagged sentence (wall, %d runs): %s s%n", reps, r.wallSeconds().format("%.2f"));
		out.printf(Locale.ROOT, "  of which JVM start to main %s s, loading the models + pipeline %s s, first tag %s s%n",
				splitStats.get("jvmToMainMs").format("%.2f"), splitStats.get("loadMs").format("%.2f"),
				splitStats.get("firstTagMs").format("%.3f"));
		StringBuilder b = new StringBuilder();
		for (Map.Entry<String, Long> e : perModel.entrySet()) {
			b.append(String.format(Locale.ROOT, " %s %.1f MB/%d ms,", e.getKey(), HeapMeter.mb(e.getValue()),
					perModelMillis.get(e.getKey())));
		}
		out.printf(Locale.ROOT, "loaded models' heap (live after GC, after - before preload): %.1f MB%n", HeapMeter.mb(r.modelHeap()));
		out.printf(Locale.ROOT, "  per model (heap/load time, loaded one after another in a fresh JVM):%s%n  one TaggingPipeline without cache entries %.1f MB%n", b,
				HeapMeter.mb(r.pipelineHeap()));
		return r;
	}

	private static boolean onClassPath(String classPath) {
		for (String entry : classPath.split(File.pathSeparator)) {
			Path p = Path.of(entry);
			if (Files.isRegularFile(p.resolve(ColdStartProbe.class.getName().replace('.', '/') + ".class"))
					|| entry.endsWith(".jar") && Files.isRegularFile(p)) {
				return true;
			}
		}
		return false;
	}

	/** Runs the probe; returns its {@code key=value} fields, plus {@code _wallNanos} for "time". */
	private static Map<String, String> child(List<String> base, String mode) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>(base);
		cmd.add(mode);
		ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
		long t0 = System.nanoTime();
		Process p = pb.start();
		String line;
		long wall;
		try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			line = r.readLine();
			wall = System.nanoTime() - t0;
			while (r.readLine() != null) {
				// drain
			}
		}
		int code = p.waitFor();
		if (code != 0 || line == null) {
			throw new IOException("cold-start probe '" + mode + "' failed (exit " + code + ")");
		}
		Map<String, String> fields = new HashMap<>();
		for (String part : line.split(" ")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				fields.put(part.substring(0, eq), part.substring(eq + 1));
			}
		}
		fields.put("_wallNanos", Long.toString(wall));
		return fields;
	}
}
