package io.claimtagger.core.corpus;

import java.util.List;

/**
 * Sentences the user checked, trained on besides the corpus (the evidence package
 * reads them from a project): names checked, and claims decided.
 */
public interface TrainingEvidence {

	TrainingEvidence NONE = new TrainingEvidence() {
		@Override
		public List<AnnotatedSentence> names() {
			return List.of();
		}

		@Override
		public List<AnnotatedSentence> claims() {
			return List.of();
		}

		@Override
		public int articles() {
			return 0;
		}

		@Override
		public String fingerprint() {
			return "";
		}
	};

	/** Sentences whose names the user checked. */
	List<AnnotatedSentence> names();

	/** Sentences whose claim the user decided (kind null: not a claim). */
	List<AnnotatedSentence> claims();

	/** How many articles the sentences come from. */
	int articles();

	/** Changes whenever anything the training reads changes. */
	String fingerprint();

	default boolean isEmpty() {
		return names().isEmpty() && claims().isEmpty();
	}
}
