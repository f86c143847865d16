package io.claimtagger.core.contradiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import io.claimtagger.core.statement.Relation;
import io.claimtagger.core.statement.Statement;

/**
 * Finds contradicting and superseding pairs among claims of many articles. Never compares all
 * pairs: claims are blocked by subject (without version) and, for the rules alone, by relation;
 * only claims of one block are compared, each pair once. With a {@link PairClassifier} a block is
 * a subject's claims (the model reads pairs that share no relation word), and the model is asked
 * only of pairs that may speak of the same attribute ({@link PairClassifier#related}). A block grown
 * beyond {@link #MAX_BLOCK} (one very common subject) is compared in windows of neighbours, newest
 * first, so the cost stays linear. The blocks are judged on every core, with the same findings in the
 * same order as on one.
 */
public final class ContradictionFinder {

	/** Claims compared all-pairs within one block; a larger block is compared in windows of this many. */
	static final int MAX_BLOCK = 400;
	/** Rows of a block judged as one task: small enough to share a big block among the cores. */
	private static final int ROWS_PER_TASK = 32;

	/** Rows {@code from} to {@code to} of a block: each claim there judged with the next ones. */
	private record Rows(String key, List<DatedClaim> block, int from, int to) {
	}

	private ContradictionFinder() {
	}

	/** With the rules alone. */
	public static List<Finding> find(List<DatedClaim> claims) {
		return find(claims, PairClassifier.RULES_ONLY, () -> false);
	}

	/**
	 * @param classifier reads each pair with the rules; {@link PairClassifier#RULES_ONLY} for the rules alone
	 * @param cancelled  checked between blocks
	 * @throws CancellationException when cancelled
	 */
	public static List<Finding> find(List<DatedClaim> claims, PairClassifier classifier, BooleanSupplier cancelled) {
		SubjectMentions mentions = SubjectMentions.of(claims);
		PairClassifier.Judge judge = classifier.judge(mentions);
		Map<String, List<DatedClaim>> blocks = new LinkedHashMap<>();
		for (DatedClaim c : claims) {
			Statement s = c.statement();
			for (String base : blockKeys(c, mentions)) {
				if (judge.reads()) {
					// the model reads pairs that share no relation word: one block per subject
					blocks.computeIfAbsent(base, k -> new ArrayList<>()).add(c);
					continue;
				}
				if (s.relations().isEmpty()) {
					blocks.computeIfAbsent(base + "\u0000" + s.kind(), k -> new ArrayList<>()).add(c);
				}
				for (Relation r : s.relations()) {
					blocks.computeIfAbsent(base + "\u0000" + r, k -> new ArrayList<>()).add(c);
				}
				// Counts, sizes and prices compare by their unit whatever the verb ("supports up to
				// 5,000 nodes", "limits every cluster to 1,000 nodes"): a block per unit.
				for (io.claimtagger.core.statement.StatedValue v : s.values()) {
					if (v.type() == io.claimtagger.core.statement.StatedValue.Type.QUANTITY
							|| v.type() == io.claimtagger.core.statement.StatedValue.Type.MONEY) {
						List<DatedClaim> unitBlock = blocks.computeIfAbsent(base + "\u0000" + v.type() + ":" + v.unit(), k -> new ArrayList<>());
						if (unitBlock.isEmpty() || unitBlock.get(unitBlock.size() - 1) != c) {
							unitBlock.add(c);
						}
					}
				}
				// "independent" and "acquired", "listed" and "taken private" have no relation in common: their own block.
				if (s.relations().contains(Relation.OWNERSHIP) || s.relations().contains(Relation.ACQUISITION)
						|| !c.traits().listing().isEmpty()) {
					blocks.computeIfAbsent(base + "\u0000owner", k -> new ArrayList<>()).add(c);
				}
			}
		}
		// Each pair once, keyed by the two claims' places in the input (a string per pair would
		// be millions of strings for a subject with thousands of claims).
		java.util.IdentityHashMap<DatedClaim, Integer> index = new java.util.IdentityHashMap<>();
		if (!judge.reads()) {
			for (DatedClaim c : claims) {
				index.putIfAbsent(c, index.size());
			}
		}
		// shared by the tasks below: a pair in several blocks is judged in the first that reaches it
		Set<Long> compared = java.util.concurrent.ConcurrentHashMap.newKeySet();
		// With one block per subject a pair is in as many blocks as subjects it shares, mostly one:
		// it is judged in the block of the first subject (in sorted order) the two share, which
		// spares a set of a million pair keys for a subject with thousands of claims (a pair beyond
		// that block's window of neighbours is not compared, as in any block).
		java.util.IdentityHashMap<DatedClaim, List<String>> basesOf = new java.util.IdentityHashMap<>();
		if (judge.reads()) {
			for (DatedClaim c : claims) {
				basesOf.computeIfAbsent(c, k -> blockKeys(k, mentions).stream().sorted().toList());
			}
		}
		// A block's rows of pairs are cut into tasks judged on all cores (one subject's block may
		// hold a quarter of an archive's claims); the tasks' findings are joined in their order, so
		// the result is the one a single thread finds.
		List<Rows> tasks = new ArrayList<>();
		for (Map.Entry<String, List<DatedClaim>> entry : blocks.entrySet()) {
			List<DatedClaim> block = entry.getValue();
			if (block.size() > MAX_BLOCK) {
				block = new ArrayList<>(block);
				block.sort(Comparator.comparing((DatedClaim c) -> c.published() == null ? java.time.LocalDate.MIN : c.published()).reversed());
			}
			for (int from = 0; from < block.size(); from += ROWS_PER_TASK) {
				tasks.add(new Rows(entry.getKey(), block, from, Math.min(block.size(), from + ROWS_PER_TASK)));
			}
		}
		// Each thread takes the next task until none is left: one block's tasks may be most of the
		// work, and a parallel stream's fixed split of the list would leave them to one thread.
		@SuppressWarnings("unchecked")
		List<Finding>[] results = new List[tasks.size()];
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		java.util.stream.IntStream.range(0, Runtime.getRuntime().availableProcessors()).parallel().forEach(worker -> {
			for (int k = next.getAndIncrement(); k < tasks.size(); k = next.getAndIncrement()) {
				if (cancelled.getAsBoolean()) {
					throw new CancellationException();
				}
				results[k] = judge(tasks.get(k), judge, claims.size(), index, compared, basesOf);
			}
		});
		List<Finding> out = new ArrayList<>();
		for (List<Finding> found : results) {
			out.addAll(found);
		}
		out.sort(Comparator.comparingDouble(Finding::confidence).reversed()
				.thenComparing(f -> f.first().article()).thenComparing(f -> f.first().claim().span().start())
				.thenComparing(f -> f.second().article()).thenComparing(f -> f.second().claim().span().start()));
		return out;
	}

	/**
	 * The block of a subject: its name without a version, and a company without its suffix, so
	 * "Eucalyptus Systems" the vendor meets "Eucalyptus" the product ({@link PairJudge#compatible}).
	 */
	private static String blockOf(String subject) {
		return PairJudge.company(Statement.base(subject));
	}

	/**
	 * The blocks a claim goes in: its subjects without version, the subjects of the run its sentence
	 * writes untagged, and each product with the maker the claim names ("Granitewell's G7" meets
	 * "the Granitewell G7", which the tagger took as one name).
	 */
	private static Set<String> blockKeys(DatedClaim c, SubjectMentions mentions) {
		Set<String> out = new LinkedHashSet<>();
		for (String subject : c.statement().subjects()) {
			out.add(blockOf(subject));
		}
		mentions.bases(c).forEach(m -> out.add(PairJudge.company(m)));
		for (String vendor : c.traits().vendors()) {
			for (String product : c.traits().products()) {
				if (!product.startsWith(vendor + " ")) {
					out.add(blockOf(vendor + " " + product));
				}
			}
		}
		return out;
	}

	/** The findings of one task's rows, each claim judged with the next ones of its block. */
	private static List<Finding> judge(Rows rows, PairClassifier.Judge judge, int n, Map<DatedClaim, Integer> index, Set<Long> compared,
			Map<DatedClaim, List<String>> basesOf) {
		List<Finding> found = new ArrayList<>();
		List<DatedClaim> block = rows.block();
		for (int i = rows.from(); i < rows.to(); i++) {
			int end = Math.min(block.size(), i + 1 + MAX_BLOCK);
			for (int j = i + 1; j < end; j++) {
				DatedClaim a = block.get(i);
				DatedClaim b = block.get(j);
				if (a == b || a.claim().sentence().equals(b.claim().sentence())) {
					continue;
				}
				if (judge.reads()) {
					if (!rows.key().equals(firstShared(basesOf.get(a), basesOf.get(b)))) {
						continue;
					}
				} else if (!compared.add(pairKey(index.get(a), index.get(b), n))) {
					continue;
				}
				judge.judge(a, b).ifPresent(found::add);
			}
		}
		return found;
	}

	private static long pairKey(long i1, long i2, long n) {
		return Math.min(i1, i2) * n + Math.max(i1, i2);
	}

	/** The first of two sorted lists' common elements, or null. */
	private static String firstShared(List<String> a, List<String> b) {
		for (String s : a) {
			if (b.contains(s)) {
				return s;
			}
		}
		return null;
	}
}
