package io.claimtagger.core.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.corpus.GoldDocument;
import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Scores tagging results against gold documents the way the product is judged: entities by exact
 * span and type, claims by exact sentence span; kind, polarity and "about" on the matched claims.
 */
public final class Evaluation {

	private final Map<EntityType, Score> byType = new TreeMap<>();
	private final Score entities = new Score();
	private final Score spansOnly = new Score();
	private final Score claims = new Score();
	private final Score about = new Score();
	private int matchedClaims;
	private int kindCorrect;
	private int polarityCorrect;
	private int documents;
	private final List<String> errors = new ArrayList<>();

	public Evaluation() {
		for (EntityType t : EntityType.values()) {
			byType.put(t, new Score());
		}
	}

	/** Tags every gold article with {@code pipeline} and scores the result. */
	public static Evaluation of(List<GoldDocument> gold, TaggingPipeline pipeline) {
		Evaluation evaluation = new Evaluation();
		for (GoldDocument g : gold) {
			evaluation.add(g, pipeline.tag(g.text()));
		}
		return evaluation;
	}

	public void add(GoldDocument gold, TaggedDocument tagged) {
		documents++;
		Set<String> goldKeys = new HashSet<>();
		Set<String> goldSpans = new HashSet<>();
		for (Mention m : gold.entities()) {
			goldKeys.add(m.start() + ":" + m.end() + ":" + m.type().id());
			goldSpans.add(m.start() + ":" + m.end());
		}
		Set<String> predictedKeys = new HashSet<>();
		Set<String> predictedSpans = new HashSet<>();
		for (Entity e : tagged.entities()) {
			predictedKeys.add(e.start() + ":" + e.end() + ":" + e.type().id());
			predictedSpans.add(e.start() + ":" + e.end());
		}
		for (EntityType t : EntityType.values()) {
			String suffix = ":" + t.id();
			Set<String> g = filter(goldKeys, suffix);
			Set<String> p = filter(predictedKeys, suffix);
			int tp = intersection(g, p);
			byType.get(t).add(tp, p.size() - tp, g.size() - tp);
			for (String missed : g) {
				if (!p.contains(missed)) {
					errors.add(gold.name() + ": missed " + t.id() + " '" + textOf(gold.text(), missed) + "'");
				}
			}
			for (String extra : p) {
				if (!g.contains(extra)) {
					errors.add(gold.name() + ": extra " + t.id() + " '" + textOf(gold.text(), extra) + "'");
				}
			}
		}
		int tp = intersection(goldKeys, predictedKeys);
		entities.add(tp, predictedKeys.size() - tp, goldKeys.size() - tp);
		int spanTp = intersection(goldSpans, predictedSpans);
		spansOnly.add(spanTp, predictedSpans.size() - spanTp, goldSpans.size() - spanTp);

		int claimTp = 0;
		for (GoldDocument.GoldClaim g : gold.claims()) {
			Claim match = null;
			for (Claim c : tagged.claims()) {
				if (c.span().start() == g.start() && c.span().end() == g.end()) {
					match = c;
				}
			}
			if (match == null) {
				errors.add(gold.name() + ": missed claim " + g.kind().id() + " '" + abbreviate(g.text()) + "'");
				continue;
			}
			claimTp++;
			matchedClaims++;
			kindCorrect += match.kind() == g.kind() ? 1 : 0;
			polarityCorrect += match.polarity() == g.polarity() ? 1 : 0;
			Set<String> goldAbout = lower(g.about());
			Set<String> predictedAbout = lower(match.about().stream().map(Entity::text).toList());
			int aboutTp = intersection(goldAbout, predictedAbout);
			about.add(aboutTp, predictedAbout.size() - aboutTp, goldAbout.size() - aboutTp);
		}
		for (Claim c : tagged.claims()) {
			boolean inGold = gold.claims().stream().anyMatch(g -> g.start() == c.span().start() && g.end() == c.span().end());
			if (!inGold) {
				errors.add(gold.name() + ": extra claim '" + abbreviate(c.text()) + "'");
			}
		}
		claims.add(claimTp, tagged.claims().size() - claimTp, gold.claims().size() - claimTp);
	}

	public Score entities() {
		return entities;
	}

	public Score entities(EntityType type) {
		return byType.get(type);
	}

	public Score claims() {
		return claims;
	}

	public double kindAccuracy() {
		return matchedClaims == 0 ? 0 : (double) kindCorrect / matchedClaims;
	}

	public double polarityAccuracy() {
		return matchedClaims == 0 ? 0 : (double) polarityCorrect / matchedClaims;
	}

	public List<String> errors() {
		return errors;
	}

	public String report() {
		StringBuilder b = new StringBuilder();
		b.append(String.format("Documents: %d%n", documents));
		for (EntityType t : EntityType.values()) {
			b.append(String.format("%-22s %s%n", "Entities " + t.id() + ":", byType.get(t)));
		}
		b.append(String.format("%-22s %s%n", "Entities (all):", entities));
		b.append(String.format("%-22s %s%n", "Entity spans, any type:", spansOnly));
		b.append(String.format("%-22s %s%n", "Claims:", claims));
		b.append(String.format("%-22s %s%n", "Claim about:", about));
		b.append(String.format("Claim kind accuracy:   %.3f  polarity accuracy: %.3f  (on %d matched claims)%n",
				kindAccuracy(), polarityAccuracy(), matchedClaims));
		return b.toString();
	}

	private static Set<String> filter(Set<String> keys, String suffix) {
		Set<String> out = new HashSet<>();
		for (String k : keys) {
			if (k.endsWith(suffix)) {
				out.add(k);
			}
		}
		return out;
	}

	private static int intersection(Set<String> a, Set<String> b) {
		int n = 0;
		for (String s : a) {
			if (b.contains(s)) {
				n++;
			}
		}
		return n;
	}

	private static Set<String> lower(List<String> texts) {
		Set<String> out = new HashSet<>();
		for (String t : texts) {
			out.add(t.toLowerCase(Locale.ROOT));
		}
		return out;
	}

	private static String textOf(String text, String key) {
		String[] parts = key.split(":");
		return text.substring(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	private static String abbreviate(String s) {
		return s.length() <= 90 ? s : s.substring(0, 87) + "...";
	}
}
