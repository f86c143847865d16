package io.claimtagger.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.claimtagger.core.claim.ClaimExtractor;
import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.entity.CatalogMatcher;
import io.claimtagger.core.entity.DocumentNames;
import io.claimtagger.core.entity.EntityRecognizer;
import io.claimtagger.core.entity.MentionTyper;
import io.claimtagger.core.entity.ModelEntityFinder;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.sentence.ArticleSentenceSplitter;
import io.claimtagger.core.sentence.SentenceSplitter;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;
import io.claimtagger.core.token.TokenSplitter;

/**
 * text -> sentences -> tokens -> entities -> claims. Cheap to create from shared
 * {@link NlpModels}; not thread-safe, so each thread or job uses its own.
 */
public final class TaggingPipeline {

	private static final int CACHE_SENTENCES = 20_000;

	private final SentenceSplitter sentenceSplitter;
	private final TokenSplitter tokenizer;
	private final EntityRecognizer recognizer;
	private final ClaimExtractor claimExtractor;
	private final SentenceCache cache = new SentenceCache(CACHE_SENTENCES);
	private UserCorrections corrections = UserCorrections.NONE;
	private final Set<String> commonWords;
	private final MentionTyper typer;
	private final NlpModels models;

	public TaggingPipeline(NlpModels models) {
		this(models, true);
	}

	/**
	 * @param useCatalog false to tag with the trained model alone (no catalog names, aliases or
	 *                   types): how well the engine knows a name it was never told about
	 */
	public TaggingPipeline(NlpModels models, boolean useCatalog) {
		this.sentenceSplitter = new ArticleSentenceSplitter(models.sentenceModel());
		this.tokenizer = new ArticleTokenizer(models.tokenizerModel());
		this.recognizer = new EntityRecognizer(new ModelEntityFinder(models.nameFinderModel()),
				useCatalog ? models.catalogMatcher() : new CatalogMatcher(new Catalog(List.of())), models.commonWords(),
				models.notNames());
		this.claimExtractor = new ClaimExtractor(models.claimModel(), models.claimKindModel());
		this.commonWords = models.commonWords();
		this.typer = models.mentionTypeModel()
				.map(m -> new MentionTyper(m, useCatalog ? models.catalog() : new Catalog(List.of())))
				.orElse(MentionTyper.NONE);
		this.models = models;
	}

	/** The models this pipeline tags with. */
	public NlpModels models() {
		return models;
	}

	public TaggedDocument tag(CharSequence text) {
		List<TaggedSentence> found = tagSentences(text, sentenceSplitter.split(text));
		List<TaggedSentence> sentences = withDocumentNames(text, found, documentNames(text, found));
		return new TaggedDocument(sentences, claimExtractor.extract(text, sentences));
	}

	/** Applies the user's corrections from now on (they are not cached: changing them is cheap). */
	public void setCorrections(UserCorrections corrections) {
		this.corrections = corrections == null ? UserCorrections.NONE : corrections;
	}

	public UserCorrections corrections() {
		return corrections;
	}

	public List<TextSpan> sentences(CharSequence text) {
		return sentenceSplitter.split(text);
	}

	/** Tokens and entities for the given sentences; sentences seen before come from the cache. */
	public List<TaggedSentence> tagSentences(CharSequence text, List<TextSpan> spans) {
		List<TaggedSentence> out = new ArrayList<>(spans.size());
		for (TextSpan span : spans) {
			String sentenceText = span.in(text).toString();
			TaggedSentence tagged = cache.get(sentenceText, span);
			if (tagged == null) {
				List<TextSpan> tokens = tokenizer.tokenize(text, span);
				tagged = new TaggedSentence(span, tokens, recognizer.recognize(text, tokens));
				cache.put(sentenceText, tagged);
			}
			if (!corrections.isEmpty()) {
				tagged = new TaggedSentence(span, tagged.tokens(), corrections.apply(text, tagged.tokens(), tagged.entities()));
			}
			out.add(tagged);
		}
		return out;
	}

	/** The names the article's sentences, as tagged one by one, establish for the whole article. */
	public DocumentNames documentNames(CharSequence text, List<TaggedSentence> found) {
		return DocumentNames.of(text, found, commonWords, typer);
	}

	/** What one sentence, as tagged on its own, offers the article's names. */
	public DocumentNames.Contribution contributionOf(CharSequence text, TaggedSentence found) {
		return DocumentNames.contributionOf(text, found, commonWords, typer);
	}

	/** The article's names from its sentences' contributions. */
	public DocumentNames documentNames(List<DocumentNames.Contribution> contributions) {
		return DocumentNames.of(contributions, commonWords);
	}

	/** {@code found}, with the article's own names added where a sentence missed them. */
	public List<TaggedSentence> withDocumentNames(CharSequence text, List<TaggedSentence> found, DocumentNames names) {
		if (names.isEmpty()) {
			return found;
		}
		List<TaggedSentence> out = new ArrayList<>(found.size());
		for (TaggedSentence s : found) {
			out.add(withDocumentNames(text, s, names));
		}
		return out;
	}

	/** One sentence with the article's names; the user's corrections still have the last word. */
	public TaggedSentence withDocumentNames(CharSequence text, TaggedSentence found, DocumentNames names) {
		TaggedSentence taught = names.apply(text, found);
		if (taught == found || corrections.isEmpty()) {
			return taught;
		}
		return new TaggedSentence(taught.span(), taught.tokens(), corrections.apply(text, taught.tokens(), taught.entities()));
	}

	public ClaimExtractor claimExtractor() {
		return claimExtractor;
	}
}
