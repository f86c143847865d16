package io.claimtagger.core.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a claim is about, as a reviewer reads it: the canonical names of its subjects, each once,
 * in the order the claim names them. "RHEL 6" and "Red Hat Enterprise Linux" in one sentence are
 * one subject, so the list is what a reviewer filters and sorts on. The Claims view, its filter and
 * the CSV export all render it from here, so they never disagree.
 */
public final class SubjectNames {

	/** How the Claims view separates the names. */
	public static final String LIST_SEPARATOR = ", ";

	private SubjectNames() {
	}

	/** The canonical names, each once, in the claim's order. */
	public static List<String> of(ClaimRecord claim) {
		Set<String> names = new LinkedHashSet<>();
		for (ClaimSubject s : claim.about()) {
			names.add(s.canonical());
		}
		return new ArrayList<>(names);
	}

	/** The names in one line, as the Claims view shows them ({@code "Red Hat, KVM"}). */
	public static String format(ClaimRecord claim) {
		return format(claim, LIST_SEPARATOR);
	}

	/** The names joined by {@code separator}; empty for a claim about no one. */
	public static String format(ClaimRecord claim, String separator) {
		return String.join(separator, of(claim));
	}

	/** Whether one of the claim's subjects has this canonical name (exact, as the names are catalog names). */
	public static boolean isAbout(ClaimRecord claim, String canonical) {
		return claim.about().stream().anyMatch(s -> s.canonical().equals(canonical));
	}
}
