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
import opennlp.tools.util.Span;

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
	private final Score unseen = new Score();
	private final KnownNames known;
	private int goldMentions;
	private int unseenGoldMentions;
	private int matchedClaims;
	private int kindCorrect;
	private int polarityCorrect;
	private int documents;
	private final List<String> errors = new ArrayList<>();

	public Evaluation() {
		this(null);
	}

	/** @param known the names the engine was told about, to score unseen names apart; null: no such score */
	public Evaluation(KnownNames known) {
		this.known = known;
		for (EntityType t : EntityType.values()) {
			byType.put(t, new Score());
		}
	}

	/** Tags every gold article with {@code pipeline} and scores the result. */
	public static Evaluation of(List<GoldDocument> gold, TaggingPipeline pipeline) {
		return of(gold, pipeline, null);
	}

	/** As {@link #of(List, TaggingPipeline)}, also scoring the names {@code known} does not hold. */
	public static Evaluation of(List<GoldDocument> gold, TaggingPipeline pipeline, KnownNames known) {
		Evaluation evaluation = new Evaluation(known);
		for (GoldDocument g : gold) {
			evaluation.add(g, pipeline.tag(g.text()));
		}
		return evaluation;
	}

	public void add(GoldDocument gold, TaggedDocument tagged) {
		documents++;
		Set<Span> goldTyped = new HashSet<>();
		Set<Span> goldSpans = new HashSet<>();
		for (Mention m : gold.entities()) {
			goldTyped.add(new Span(m.start(), m.end(), m.type().id()));
			goldSpans.add(new Span(m.start(), m.end()));
		}
		Set<Span> predictedTyped = new HashSet<>();
		Set<Span> predictedSpans = new HashSet<>();
		for (Entity e : tagged.entities()) {
			predictedTyped.add(new Span(e.start(), e.end(), e.type().id()));
			predictedSpans.add(new Span(e.start(), e.end()));
		}
		for (EntityType t : EntityType.values()) {
			Set<Span> g = ofType(goldTyped, t);
			Set<Span> p = ofType(predictedTyped, t);
			byType.get(t).add(g, p);
			for (Span missed : sorted(g, p)) {
				errors.add(gold.name() + ": missed " + t.id() + " '" + missed.getCoveredText(gold.text()) + "'");
			}
			for (Span extra : sorted(p, g)) {
				errors.add(gold.name() + ": extra " + t.id() + " '" + extra.getCoveredText(gold.text()) + "'");
			}
		}
		entities.add(goldTyped, predictedTyped);
		spansOnly.add(goldSpans, predictedSpans);
		goldMentions += goldTyped.size();
		if (known != null) {
			Set<Span> goldUnseen = unseenOnly(goldTyped, gold.text());
			unseenGoldMentions += goldUnseen.size();
			unseen.add(goldUnseen, unseenOnly(predictedTyped, gold.text()));
		}

		Set<Span> goldClaims = new HashSet<>();
		for (GoldDocument.GoldClaim g : gold.claims()) {
			goldClaims.add(new Span(g.start(), g.end()));
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
			matchedClaims++;
			kindCorrect += match.kind() == g.kind() ? 1 : 0;
			if (match.kind() != g.kind()) {
				errors.add(gold.name() + ": claim kind " + match.kind().id() + ", should be " + g.kind().id() + " '"
						+ abbreviate(g.text()) + "'");
			}
			polarityCorrect += match.polarity() == g.polarity() ? 1 : 0;
			about.add(lower(g.about()), lower(match.about().stream().map(Entity::text).toList()));
		}
		Set<Span> predictedClaims = new HashSet<>();
		for (Claim c : tagged.claims()) {
			Span span = new Span(c.span().start(), c.span().end());
			predictedClaims.add(span);
			if (!goldClaims.contains(span)) {
				errors.add(gold.name() + ": extra claim '" + abbreviate(c.text()) + "'");
			}
		}
		claims.add(goldClaims, predictedClaims);
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

	/**
	 * Entities whose text the engine was never told (see {@link KnownNames}), by exact span and
	 * type; precision counts predictions of unseen text. Empty without known names.
	 */
	public Score unseen() {
		return unseen;
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
		if (known != null) {
			b.append(String.format("%-22s %s%n", "Unseen names:", unseen));
			b.append(String.format("  (%d of %d gold mentions, %.0f%%, are in no training sentence and no catalog entry)%n",
					unseenGoldMentions, goldMentions, goldMentions == 0 ? 0.0 : 100.0 * unseenGoldMentions / goldMentions));
		}
		b.append(String.format("%-22s %s%n", "Claims:", claims));
		b.append(String.format("%-22s %s%n", "Claim about:", about));
		b.append(String.format("Claim kind accuracy:   %.3f  polarity accuracy: %.3f  (on %d matched claims)%n",
				kindAccuracy(), polarityAccuracy(), matchedClaims));
		return b.toString();
	}

	private Set<Span> unseenOnly(Set<Span> spans, String text) {
		Set<Span> out = new HashSet<>();
		for (Span s : spans) {
			if (!known.isKnown(s.getCoveredText(text).toString())) {
				out.add(s);
			}
		}
		return out;
	}

	private static Set<Span> ofType(Set<Span> spans, EntityType type) {
		Set<Span> out = new HashSet<>();
		for (Span s : spans) {
			if (s.getType().equals(type.id())) {
				out.add(s);
			}
		}
		return out;
	}

	/** The spans of {@code a} that {@code b} lacks, in text order, so error listings are stable. */
	private static List<Span> sorted(Set<Span> a, Set<Span> b) {
		List<Span> out = new ArrayList<>();
		for (Span s : a) {
			if (!b.contains(s)) {
				out.add(s);
			}
		}
		out.sort(null);
		return out;
	}

	private static Set<String> lower(List<String> texts) {
		Set<String> out = new HashSet<>();
		for (String t : texts) {
			out.add(t.toLowerCase(Locale.ROOT));
		}
		return out;
	}

	private static String abbreviate(String s) {
		return s.length() <= 90 ? s : s.substring(0, 87) + "...";
	}
}
