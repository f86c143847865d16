package io.claimtagger.ui.corrections;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;

import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.evidence.EvidenceStore;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.editor.TaggingSession;
import io.claimtagger.ui.editor.TaggingSessions;

/**
 * Turns a quick fix into training evidence: the sentence it was made in, with the names the editor
 * showed there changed as the fix says, is recorded in the project's evidence file
 * ({@link EvidenceStore}). The sentence is read now, on the UI thread, from the last tagging run;
 * the file is written in a background job.
 */
final class CorrectionEvidence {

	private final IFile article;
	private final String sentence;
	private final List<Mention> shown;

	private CorrectionEvidence(IFile article, String sentence, List<Mention> shown) {
		this.article = article;
		this.sentence = sentence;
		this.shown = shown;
	}

	/** The sentence at {@code offset} as the editor shows it, or null (unsaved buffer, document changed since the last run). */
	static CorrectionEvidence at(IDocument document, int offset) {
		IFile file = ArticlePaths.fileOf(document);
		TaggingSession session = TaggingSessions.of(document);
		TaggedSentence s = session == null ? null : session.sentenceAt(offset);
		if (file == null || s == null || file.getProject().getLocation() == null) {
			return null;
		}
		String text;
		try {
			text = document.get(s.span().start(), s.span().length());
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return null; // cannot happen while the stamp matches; describe nothing rather than guess
		}
		List<Mention> shown = new ArrayList<>();
		for (Entity e : s.entities()) {
			shown.add(new Mention(e.span().start() - s.span().start(), e.span().end() - s.span().start(), e.type(), e.text()));
		}
		return new CorrectionEvidence(file, text, shown);
	}

	/** The names shown minus every mention of {@code name} (any case). */
	UnaryOperator<List<Mention>> without(String name) {
		return names -> names.stream().filter(m -> !m.text().equalsIgnoreCase(name)).toList();
	}

	/** The names shown with every mention of {@code name} given {@code type}. */
	UnaryOperator<List<Mention>> retyped(String name, EntityType type) {
		return names -> names.stream().map(m -> m.text().equalsIgnoreCase(name) ? new Mention(m.start(), m.end(), type, m.text()) : m).toList();
	}

	/** The names shown with every occurrence of {@code name} in the sentence tagged as {@code type}, replacing what overlapped it. */
	UnaryOperator<List<Mention>> tagged(String name, EntityType type) {
		return names -> {
			List<Mention> out = new ArrayList<>(names);
			String lower = sentence.toLowerCase(Locale.ROOT);
			String key = name.toLowerCase(Locale.ROOT);
			for (int at = lower.indexOf(key); at >= 0 && !key.isEmpty(); at = lower.indexOf(key, at + key.length())) {
				int start = at;
				int end = at + key.length();
				out.removeIf(m -> m.start() < end && start < m.end());
				out.add(new Mention(start, end, type, sentence.substring(start, end)));
			}
			out.sort((a, b) -> Integer.compare(a.start(), b.start()));
			return out;
		};
	}

	/** Records the sentence with {@code change} applied to its names, in the background. */
	void record(UnaryOperator<List<Mention>> change, String action) {
		List<Mention> corrected = change.apply(shown);
		String path = article.getProjectRelativePath().toString();
		EvidenceStore store = new EvidenceStore(article.getProject().getLocation().toFile().toPath());
		Job.create(Messages.CorrectionEvidence_job, monitor -> {
			try {
				if (store.record(path, sentence, corrected, action)) {
					AutoRetrain.corrected();
				}
				article.getProject().getFolder(io.claimtagger.core.store.ClaimStore.FOLDER)
						.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, monitor);
			} catch (IOException | RuntimeException | org.eclipse.core.runtime.CoreException e) {
				ClaimTaggerPlugin.log(Messages.CorrectionEvidence_failed, e);
			}
		}).schedule();
	}
}
