package io.claimtagger.benchmarks;

import java.io.PrintStream;

import org.openjdk.jmh.runner.RunnerException;

/** One of the five benchmarks of issue 6 as {@code claimtag bench} runs and reports it. */
interface Measurement {

	/** The name {@code --only} takes. */
	String name();

	String title();

	/** Runs the benchmark's JMH runs, prints the report, and returns its part of the summary line. */
	String run(Jmh jmh, PrintStream out) throws RunnerException;
}
