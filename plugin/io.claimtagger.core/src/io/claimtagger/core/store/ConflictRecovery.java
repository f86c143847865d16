package io.claimtagger.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a claims file that a line merge left with conflict markers ({@code <<<<<<<},
 * {@code |||||||}, {@code =======}, {@code >>>>>>>}): each side is rebuilt by keeping its own
 * lines of every conflict, parsed, and the sides are merged claim by claim ({@link StoreMerge},
 * with the ancestor when the conflict style shows it). Whatever side cannot be parsed is left
 * out, and the result says so.
 */
public final class ConflictRecovery {

	/** What could be recovered. */
	public record Result(ArticleClaims claims, List<String> lost) {
	}

	private ConflictRecovery() {
	}

	/** Whether the text has git's conflict markers at the start of a line. */
	public static boolean hasConflict(String text) {
		return text.startsWith("<<<<<<< ") || text.contains("\n<<<<<<< ");
	}

	/** The claims of both sides merged; empty when neither side is a valid claims file. */
	public static Optional<Result> recover(String text, String source) {
		List<String> ours = new ArrayList<>();
		List<String> base = new ArrayList<>();
		List<String> theirs = new ArrayList<>();
		boolean sawBase = false;
		int state = 0; // 0 outside, 1 ours, 2 base, 3 theirs
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("<<<<<<<")) {
				state = 1;
			} else if (line.startsWith("|||||||") && state == 1) {
				state = 2;
				sawBase = true;
			} else if (line.startsWith("=======") && (state == 1 || state == 2)) {
				state = 3;
			} else if (line.startsWith(">>>>>>>") && state == 3) {
				state = 0;
			} else {
				if (state == 0 || state == 1) {
					ours.add(line);
				}
				if (state == 0 || state == 2) {
					base.add(line);
				}
				if (state == 0 || state == 3) {
					theirs.add(line);
				}
			}
		}
		List<String> lost = new ArrayList<>();
		Optional<ArticleClaims> o = parse(String.join("\n", ours), source + " (our side)", lost);
		Optional<ArticleClaims> t = parse(String.join("\n", theirs), source + " (their side)", lost);
		if (o.isEmpty() && t.isEmpty()) {
			return Optional.empty();
		}
		if (o.isEmpty() || t.isEmpty()) {
			return Optional.of(new Result(o.orElseGet(t::get), lost));
		}
		List<String> ignored = new ArrayList<>();
		ArticleClaims ancestor = (sawBase ? parse(String.join("\n", base), source, ignored) : Optional.<ArticleClaims>empty())
				.orElse(ArticleClaims.empty(o.get().article()));
		return Optional.of(new Result(StoreMerge.merge(ancestor, o.get(), t.get()), lost));
	}

	private static Optional<ArticleClaims> parse(String text, String source, List<String> lost) {
		try {
			return Optional.of(ClaimStoreFormat.read(text, source));
		} catch (ClaimStoreFormatException e) {
			lost.add(e.getMessage());
			return Optional.empty();
		}
	}
}
