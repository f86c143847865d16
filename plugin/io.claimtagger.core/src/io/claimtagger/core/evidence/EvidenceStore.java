package io.claimtagger.core.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.files.AtomicFile;
import io.claimtagger.core.store.ClaimStore;

/**
 * The user's corrections of one project as training evidence: per article, the sentences whose
 * names the user corrected, as they read after the correction, in
 * {@code .claims/<article>.evidence.ann} beside the article's claims (same path checks, same moves).
 * Writes are atomic and serialised per store.
 */
public final class EvidenceStore {

	public static final String SUFFIX = ".evidence.ann";

	private final ClaimStore paths;
	private final Clock clock;

	public EvidenceStore(Path projectRoot, Clock clock) {
		this.paths = new ClaimStore(projectRoot, clock);
		this.clock = clock;
	}

	public EvidenceStore(Path projectRoot) {
		this(projectRoot, Clock.systemUTC());
	}

	public Path fileOf(String article) {
		return paths.fileOf(article, SUFFIX);
	}

	/** The article's evidence; none when it has no file. @throws FormatException for a bad file */
	public List<EvidenceEntry> load(String article) throws IOException {
		Path file = fileOf(article);
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		return EvidenceFormat.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
	}

	/**
	 * Records a sentence as the user left it: replaces the entry of the same sentence (keeping its
	 * history), or adds one. Sentences with markup of their own cannot be written and are skipped.
	 *
	 * @param sentence the sentence's text; mentions are offsets into it
	 * @param action   what the user did, in words ({@code tagged "X" as product})
	 * @return whether it was recorded
	 */
	public synchronized boolean record(String article, String sentence, List<Mention> mentions, String action) throws IOException {
		String line = EvidenceFormat.oneLine(sentence);
		int lead = line.length() - line.stripLeading().length();
		String text = line.strip();
		if (!EvidenceFormat.writable(text)) {
			return false;
		}
		List<Mention> shifted = new ArrayList<>();
		for (Mention m : mentions) {
			if (m.start() >= lead && m.end() - lead <= text.length() && m.start() < m.end()) {
				shifted.add(m.shift(-lead));
			}
		}
		shifted.sort((a, b) -> Integer.compare(a.start(), b.start()));
		List<Mention> clean = new ArrayList<>();
		for (Mention m : shifted) {
			if (clean.isEmpty() || clean.get(clean.size() - 1).end() <= m.start()) {
				clean.add(m);
			}
		}
		List<EvidenceEntry> entries = new ArrayList<>(load(article));
		List<String> history = new ArrayList<>();
		entries.removeIf(e -> {
			if (e.sentence().equals(text)) {
				history.addAll(e.history());
				return true;
			}
			return false;
		});
		history.add(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + EvidenceFormat.oneLine(action));
		entries.add(new EvidenceEntry(text, clean, history));
		save(article, entries);
		return true;
	}

	/** Forgets one sentence's evidence. @return whether there was any */
	public synchronized boolean remove(String article, String sentence) throws IOException {
		List<EvidenceEntry> entries = new ArrayList<>(load(article));
		if (!entries.removeIf(e -> e.sentence().equals(sentence))) {
			return false;
		}
		save(article, entries);
		return true;
	}

	private void save(String article, List<EvidenceEntry> entries) throws IOException {
		Path file = fileOf(article);
		if (entries.isEmpty()) {
			Files.deleteIfExists(file);
			return;
		}
		Files.createDirectories(file.getParent());
		AtomicFile.write(file, EvidenceFormat.write(article, entries));
	}

	/** Follows a renamed or moved article. */
	public synchronized void move(String from, String to) throws IOException {
		List<EvidenceEntry> entries = load(from);
		if (entries.isEmpty()) {
			return;
		}
		save(to, entries);
		Files.deleteIfExists(fileOf(from));
	}

	/** Moves an article's evidence to another project's store (write the copy, then delete). */
	public synchronized void moveTo(String from, EvidenceStore target, String to) throws IOException {
		List<EvidenceEntry> entries = load(from);
		if (entries.isEmpty()) {
			return;
		}
		target.save(to, entries);
		Files.deleteIfExists(fileOf(from));
	}

	public synchronized void delete(String article) throws IOException {
		Files.deleteIfExists(fileOf(article));
	}

	/** Every article with evidence, project-relative, sorted. */
	public List<String> articles() throws IOException {
		return paths.articles(SUFFIX);
	}
}
