package io.claimtagger.resources.corrections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;

import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.files.AtomicFile;
import io.claimtagger.core.text.StableJson;
import io.claimtagger.resources.ClaimTaggerResources;

/**
 * The user's dictionary, ignored names and per-article suppressions, kept in the workspace
 * (plugin state location, corrections.json, written atomically). Suppressions follow their
 * article when it is renamed or moved ({@link ArticleMoves}). Every change is also appended
 * to corrections-log.jsonl with its sentence, so it can later become training data.
 */
public final class UserCorrectionsStore {

	private static UserCorrectionsStore instance;

	/** Where versions before the headless layer kept the corrections: the UI bundle's state folder. */
	private static final String FORMER_STATE_FOLDER = "io.claimtagger.ui";

	private final Path file;
	private final Path log;
	private final List<UserCorrections.Entry> entries = new ArrayList<>();
	private final Set<String> ignored = new TreeSet<>();
	private final Map<String, Set<String>> suppressed = new TreeMap<>();
	/** Built once per change, not per reconcile: it compiles the dictionary into a matcher. */
	private UserCorrections global;

	UserCorrectionsStore(Path dir) {
		this.file = dir.resolve("corrections.json");
		this.log = dir.resolve("corrections-log.jsonl");
		load();
	}

	private final ListenerList<Runnable> listeners = new ListenerList<>();

	public static synchronized UserCorrectionsStore get() {
		if (instance == null) {
			Path state = ClaimTaggerResources.getDefault().getStateLocation().toPath();
			adoptFormerState(state);
			instance = new UserCorrectionsStore(state);
			ResourcesPlugin.getWorkspace().addResourceChangeListener(new ArticleMoves(instance),
					IResourceChangeEvent.POST_CHANGE);
		}
		return instance;
	}

	/** Moves corrections an earlier version kept in the UI bundle's state folder, so none are lost on update. */
	private static void adoptFormerState(Path state) {
		Path former = state.resolveSibling(FORMER_STATE_FOLDER);
		for (String name : new String[] { "corrections.json", "corrections-log.jsonl" }) {
			Path from = former.resolve(name);
			Path to = state.resolve(name);
			try {
				if (Files.exists(from) && !Files.exists(to)) {
					Files.createDirectories(state);
					Files.move(from, to);
				}
			} catch (IOException e) {
				ClaimTaggerResources.log("Cannot adopt the corrections in " + from, e);
			}
		}
	}

	/** Runs {@code listener} after every change, on the thread that made it: keep it short (schedule a job). */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** The corrections for one article ({@code article} may be null: no suppressions). */
	public synchronized UserCorrections forArticle(String article) {
		Set<String> here = article == null ? Set.of() : suppressed.getOrDefault(article, Set.of());
		if (here.isEmpty()) {
			if (global == null) {
				global = new UserCorrections(entries, ignored, Set.of());
			}
			return global;
		}
		return new UserCorrections(entries, ignored, here);
	}

	public synchronized List<UserCorrections.Entry> entries() {
		return List.copyOf(entries);
	}

	public synchronized Set<String> ignored() {
		return Set.copyOf(ignored);
	}

	/** Tags {@code text} as a vendor or product everywhere (replaces an entry for the same text). */
	public void addEntry(UserCorrections.Entry entry, String sentence) {
		synchronized (this) {
			entries.removeIf(e -> e.text().equalsIgnoreCase(entry.text()));
			entries.add(entry);
			ignored.remove(entry.text().toLowerCase(Locale.ROOT));
		}
		changed("tag-" + entry.type().id(), entry.text(), null, sentence);
	}

	public void removeEntry(String text) {
		synchronized (this) {
			entries.removeIf(e -> e.text().equalsIgnoreCase(text));
		}
		changed("untag", text, null, null);
	}

	/** Never tag {@code text} again. */
	public void ignore(String text, String sentence) {
		synchronized (this) {
			ignored.add(text.toLowerCase(Locale.ROOT));
			entries.removeIf(e -> e.text().equalsIgnoreCase(text));
		}
		changed("ignore", text, null, sentence);
	}

	public void unignore(String text) {
		synchronized (this) {
			ignored.remove(text.toLowerCase(Locale.ROOT));
		}
		changed("unignore", text, null, null);
	}

	/** Not a vendor or product in this article. */
	public void suppress(String article, String text, String sentence) {
		synchronized (this) {
			suppressed.computeIfAbsent(article, a -> new TreeSet<>()).add(text.toLowerCase(Locale.ROOT));
		}
		changed("suppress", text, article, sentence);
	}

	/** Every per-article suppression: article path to the names that are no names there. */
	public synchronized Map<String, Set<String>> suppressed() {
		Map<String, Set<String>> copy = new TreeMap<>();
		suppressed.forEach((article, names) -> copy.put(article, Set.copyOf(names)));
		return copy;
	}

	/** Replaces the whole dictionary (preference page OK, import); the suppressions stay. */
	public void replaceAll(List<UserCorrections.Entry> newEntries, Set<String> newIgnored) {
		replaceAll(newEntries, newIgnored, suppressed());
	}

	/** Replaces every correction: the dictionary, the ignored names and the per-article suppressions. */
	public void replaceAll(List<UserCorrections.Entry> newEntries, Set<String> newIgnored,
			Map<String, Set<String>> newSuppressed) {
		synchronized (this) {
			entries.clear();
			entries.addAll(newEntries);
			ignored.clear();
			newIgnored.forEach(i -> ignored.add(i.toLowerCase(Locale.ROOT)));
			suppressed.clear();
			newSuppressed.forEach((article, names) -> {
				if (!names.isEmpty()) {
					Set<String> lower = new TreeSet<>();
					names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
					suppressed.put(article, lower);
				}
			});
		}
		changed("replace-dictionary", null, null, null);
	}

	/**
	 * Per-article suppressions follow their articles: {@code moves} maps old workspace paths to new
	 * ones ({@code null} for an article deleted, whose suppressions go). Nothing happens, and
	 * nothing is saved, when none of the paths has suppressions.
	 */
	public void articlesMoved(Map<String, String> moves) {
		boolean any;
		synchronized (this) {
			any = false;
			for (Map.Entry<String, String> move : moves.entrySet()) {
				Set<String> names = suppressed.remove(move.getKey());
				if (names == null) {
					continue;
				}
				any = true;
				if (move.getValue() != null) {
					suppressed.computeIfAbsent(move.getValue(), a -> new TreeSet<>()).addAll(names);
				}
			}
		}
		if (any) {
			changed("articles-moved", null, moves.toString(), null);
		}
	}

	private void changed(String action, String text, String article, String sentence) {
		synchronized (this) {
			global = null;
		}
		save();
		appendLog(action, text, article, sentence);
		for (Runnable listener : listeners) {
			SafeRunner.run(listener::run);
		}
	}

	private synchronized void load() {
		if (!Files.exists(file)) {
			return;
		}
		try {
			DictionaryFormat.read(Files.readString(file, StandardCharsets.UTF_8), entries, ignored, suppressed);
		} catch (IOException | RuntimeException e) {
			// Keep the unreadable file for the user; start empty rather than lose it on the next save.
			try {
				Files.move(file, file.resolveSibling("corrections.json.corrupt-" + System.currentTimeMillis()));
			} catch (IOException ignoredToo) {
				// nothing more we can do; the error below says what happened
			}
			ClaimTaggerResources.log("Could not read " + file + "; it was kept as a .corrupt backup", e);
		}
	}

	/** The dictionary as JSON (the workspace file's format). */
	public synchronized String toJson() {
		return DictionaryFormat.write(entries, ignored, suppressed);
	}

	private void save() {
		try {
			AtomicFile.write(file, toJson());
		} catch (IOException e) {
			ClaimTaggerResources.log("Could not save the user dictionary to " + file, e);
		}
	}

	private void appendLog(String action, String text, String article, String sentence) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("time", Instant.now().toString());
		line.put("action", action);
		line.put("text", text);
		line.put("article", article);
		line.put("sentence", sentence);
		try {
			Files.writeString(log, StableJson.compact(line) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		} catch (IOException e) {
			ClaimTaggerResources.log("Could not record the correction in " + log, e);
		}
	}
}
