package io.claimtagger.core.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.corpus.AnnotatedDocument;
import io.claimtagger.core.corpus.AnnotatedSentence;
import io.claimtagger.core.corpus.GoldDocument;
import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.evidence.EvidenceStore;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * A user who corrects an article as the editor shows it, and nothing else: in each sentence whose
 * highlights differ from the gold names, the names are fixed (that sentence becomes evidence); each
 * claim the editor shows is accepted (a gold claim, with its gold kind) or rejected. A claim the
 * editor does not show cannot be reviewed.
 */
public final class SimulatedUser {

	/** What correcting one article gave. */
	public record Corrections(int sentences, List<AnnotatedSentence> claimDecisions, Set<String> missedNames) {
	}

	private final TaggingPipeline pipeline;

	public SimulatedUser(TaggingPipeline pipeline) {
		this.pipeline = pipeline;
	}

	/** Corrects {@code document}, writing the corrected sentences to {@code evidence} under the article name {@code article}. */
	public Corrections correct(String article, AnnotatedDocument document, EvidenceStore evidence) throws IOException {
		GoldDocument gold = GoldDocument.render(article, document);
		TaggedDocument tagged = pipeline.tag(gold.text());
		int from = 0;
		int corrected = 0;
		List<AnnotatedSentence> decisions = new ArrayList<>();
		Set<String> missed = new HashSet<>();
		for (AnnotatedSentence s : document.sentences()) {
			int start = gold.text().indexOf(s.text(), from);
			if (start < 0) {
				throw new IllegalStateException("sentence not in the rendered article: " + s.text());
			}
			int end = start + s.text().length();
			from = end;
			Set<Mention> shown = new HashSet<>();
			for (Entity e : tagged.entities()) {
				if (e.span().start() >= start && e.span().end() <= end) {
					shown.add(new Mention(e.span().start() - start, e.span().end() - start, e.type(), e.text()));
				}
			}
			Set<Mention> right = new HashSet<>(s.mentions());
			if (!shown.equals(right)) {
				corrected++;
				for (Mention m : s.mentions()) {
					if (!shown.contains(m)) {
						missed.add(m.text().toLowerCase(Locale.ROOT));
					}
				}
				evidence.record(article, s.text(), s.mentions(), "corrected by the simulated user");
			}
			for (Claim c : tagged.claims()) {
				if (c.span().start() < end && start < c.span().end()) {
					decisions.add(new AnnotatedSentence(s.text(), s.mentions(), false, s.kind(), s.polarity(), List.of(), false, 0));
					break;
				}
			}
		}
		return new Corrections(corrected, decisions, missed);
	}
}
