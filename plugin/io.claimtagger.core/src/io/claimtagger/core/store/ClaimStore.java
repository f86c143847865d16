package io.claimtagger.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.claimtagger.core.files.AtomicFile;
import io.claimtagger.core.text.ByteOrderMark;

/**
 * The claims of one project, one file per article under {@code <project>/.claims/}, mirroring the
 * article's path: {@code articles/kvm.txt} is kept in {@code .claims/articles/kvm.txt.claims.json}.
 * Files in the project so they are versioned and merged with the articles.
 * <p>
 * Writes are atomic ({@link AtomicFile}). Changes to one article's file are serialized within the
 * JVM, across every {@code ClaimStore} of the same folder, so editor, batch job and views cannot
 * interleave a read-modify-write ({@link #update}); across processes the last write wins. A file
 * that cannot be read fails {@link #load} with a {@link ClaimStoreFormatException} and is never
 * overwritten by this class; {@link #quarantine} sets it aside. Other articles are not affected.
 */
public final class ClaimStore {

	/** The store's folder in the project. */
	public static final String FOLDER = ".claims";
	/** Appended to the article's file name. */
	public static final String SUFFIX = ".claims.json";

	/** One lock per store file, shared by all stores in the JVM: two views may open two stores. */
	private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

	/** No colons: the backup name must be valid on Windows too. */
	private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC);

	private final Path projectRoot;
	/** The project's real path, resolved once it exists (the link checks and the lock keys use it). */
	private volatile Path realRoot;
	private final Path folder;
	private final Clock clock;
	private final AtomicFile atomicFile;

	public ClaimStore(Path projectRoot) {
		this(projectRoot, Clock.systemUTC());
	}

	/** @param clock dates quarantined files */
	public ClaimStore(Path projectRoot, Clock clock) {
		this(projectRoot, clock, AtomicFile.DEFAULT);
	}

	ClaimStore(Path projectRoot, Clock clock, AtomicFile atomicFile) {
		this.projectRoot = projectRoot.toAbsolutePath().normalize();
		this.folder = this.projectRoot.resolve(FOLDER);
		this.clock = clock;
		this.atomicFile = atomicFile;
	}

	public Path projectRoot() {
		return projectRoot;
	}

	/**
	 * The store file of an article.
	 *
	 * @param article path relative to the project, {@code /}-separated, e.g. {@code articles/kvm.txt}
	 * @throws IllegalArgumentException for an absolute path or one that leaves the project
	 */
	public Path fileOf(String article) {
		return fileOf(article, SUFFIX);
	}

	/**
	 * A file of the store's folder that belongs to an article, named by the article's path and a
	 * suffix (the claims, the user's evidence), with the same checks as {@link #fileOf(String)}.
	 */
	public Path fileOf(String article, String suffix) {
		if (article.isEmpty() || article.startsWith("/") || article.endsWith("/") || article.contains("\\")) {
			throw new IllegalArgumentException(
					"Not a project-relative article path with / separators: '" + article + "'");
		}
		for (String segment : article.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw new IllegalArgumentException("Not a plain article path: '" + article + "'");
			}
		}
		Path file = folder.resolve(article + suffix).normalize();
		if (!file.startsWith(folder)) {
			throw new IllegalArgumentException("Article path leaves the project: '" + article + "'");
		}
		staysInsideThroughLinks(file, article);
		return file;
	}

	/**
	 * The path checks above are textual; a symbolic link committed in {@code .claims} (a folder, or
	 * the file itself) could still send a write, a quarantine or a delete outside the project. The
	 * deepest part of the path that exists is resolved, links included, and must be inside the
	 * project as resolved.
	 */
	private void staysInsideThroughLinks(Path file, String article) {
		// A store file replaced by another thread's atomic move can vanish between the two looks
		// below; that is not a dangling link, so the walk starts over (a link still there is one).
		for (int attempt = 0;; attempt++) {
			try {
				checkInsideThroughLinks(file, article);
				return;
			} catch (IllegalArgumentException e) {
				if (attempt >= 2 || !(e.getCause() instanceof java.nio.file.NoSuchFileException missing)
						|| Files.exists(Path.of(missing.getFile()), LinkOption.NOFOLLOW_LINKS)) {
					throw e;
				}
			}
		}
	}

	private void checkInsideThroughLinks(Path file, String article) {
		Path existing = file;
		while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			existing = existing.getParent();
		}
		if (existing == null || !existing.startsWith(projectRoot)) {
			return; // no part of the store exists yet: nothing to follow
		}
		try {
			Path root = realRoot();
			Path real = existing.toRealPath();
			if (!real.startsWith(root)) {
				throw new IllegalArgumentException("The store file of '" + article + "' would be outside the project: "
						+ existing + " is a link to " + real);
			}
		} catch (IOException e) {
			// A dangling link (its target missing) resolves nowhere: refuse it too.
			throw new IllegalArgumentException("The store file of '" + article + "' cannot be resolved inside the project: "
					+ existing + " (" + e.getMessage() + ")", e);
		}
	}

	/**
	 * The article's claims; none when it has no store file yet.
	 *
	 * @throws ClaimStoreFormatException when the file is not a valid claims file
	 */
	public ArticleClaims load(String article) throws IOException {
		Path file = fileOf(article);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return ArticleClaims.empty(article);
		}
		ArticleClaims claims = ClaimStoreFormat.read(decode(bytes, file), file.toString());
		// Where the file lies wins over what it says: articles and their store files get moved
		// together by git or a file manager, which do not rewrite the article field.
		return claims.article().equals(article) ? claims : claims.movedTo(article);
	}

	private static String decode(byte[] bytes, Path file) throws ClaimStoreFormatException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new ClaimStoreFormatException(file.toString(), "not UTF-8 text", e);
		}
		return ByteOrderMark.strip(text);
	}

	/** Writes the article's claims, atomically, replacing its file. */
	public void save(ArticleClaims claims) throws IOException {
		Path file = fileOf(claims.article());
		ReentrantLock lock = lockOf(file);
		lock.lock();
		try {
			atomicFile.replace(file, ClaimStoreFormat.write(claims).getBytes(StandardCharsets.UTF_8));
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Loads, changes and saves the article's claims while holding its lock, so concurrent changes
	 * from different callers are applied one after the other instead of overwriting each other.
	 * Nothing is written when the change returns equal claims.
	 *
	 * @return the claims as saved
	 * @throws ClaimStoreFormatException when the file is not valid; it is left untouched
	 */
	public ArticleClaims update(String article, UnaryOperator<ArticleClaims> change) throws IOException {
		ReentrantLock lock = lockOf(fileOf(article));
		lock.lock();
		try {
			ArticleClaims before = load(article);
			ArticleClaims after = change.apply(before);
			if (!after.article().equals(article)) {
				throw new IllegalArgumentException(
						"A change of '" + article + "' returned the claims of '" + after.article() + "'");
			}
			if (!after.equals(before)) {
				save(after);
			}
			return after;
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Deletes the article's store file, as when the article is deleted. Empty folders are left:
	 * git ignores them, and removing one could race with a save of a sibling article.
	 *
	 * @return whether there was a file
	 */
	public boolean delete(String article) throws IOException {
		Path file = fileOf(article);
		ReentrantLock lock = lockOf(file);
		lock.lock();
		try {
			return Files.deleteIfExists(file);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Moves the claims with their renamed or moved article. The new file is written before the old
	 * one is deleted, so an interruption leaves a copy rather than nothing. A file that cannot be
	 * read is moved as it is, so it still follows its article.
	 *
	 * @throws FileAlreadyExistsException when the new path already has claims: they are never
	 *                                    overwritten
	 */
	public void move(String from, String to) throws IOException {
		Path source = fileOf(from);
		Path target = fileOf(to);
		if (source.equals(target)) {
			return;
		}
		// Always lock in the same order, so two opposite moves cannot deadlock.
		boolean sourceFirst = source.compareTo(target) < 0;
		ReentrantLock first = lockOf(sourceFirst ? source : target);
		ReentrantLock second = lockOf(sourceFirst ? target : source);
		first.lock();
		second.lock();
		try {
			if (!Files.exists(source)) {
				return;
			}
			if (Files.exists(target)) {
				throw new FileAlreadyExistsException(target.toString(), source.toString(),
						"claims for '" + to + "' already exist");
			}
			ArticleClaims claims;
			try {
				claims = load(from);
			} catch (ClaimStoreFormatException e) {
				Files.createDirectories(target.getParent());
				Files.move(source, target);
				return;
			}
			save(claims.movedTo(to));
			Files.delete(source);
		} finally {
			second.unlock();
			first.unlock();
		}
	}

	/** Older than this, a temporary file of the store is a crash's leftover, not a save in progress. */
	public static final Duration STALE_TEMPORARY = Duration.ofHours(1);

	/**
	 * Deletes the temporary files ({@code .<name>.<uuid>.tmp}) an interrupted save left in the store
	 * folder, if older than {@code olderThan}; links are not followed. Returns how many went.
	 */
	public int removeStaleTemporaryFiles(Duration olderThan) throws IOException {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return 0;
		}
		Instant before = clock.instant().minus(olderThan);
		int removed = 0;
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				if (name.startsWith(".") && name.endsWith(AtomicFile.TEMP_SUFFIX)
						&& Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
						&& Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
					Files.deleteIfExists(file);
					removed++;
				}
			}
		}
		return removed;
	}

	/** Every article that has a store file, as project-relative paths, sorted. */
	public List<String> articles() throws IOException {
		return articles(SUFFIX);
	}

	/** Every article that has a file with this suffix in the store's folder (claims, evidence), sorted. */
	public List<String> articles(String suffix) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<String> articles = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				if (name.endsWith(suffix) && name.length() > suffix.length() && Files.isRegularFile(file)) {
					String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(),
							"/");
					articles.add(relative.substring(0, relative.length() - suffix.length()));
				}
			}
		}
		articles.sort(null);
		return articles;
	}

	/**
	 * Renames the article's (unreadable) store file to {@code <name>.claims.json.corrupt-<time>}, so
	 * its bytes are kept for recovery while the article starts with an empty store.
	 *
	 * @return the backup
	 * @throws NoSuchFileException when the article has no store file
	 */
	public Path quarantine(String article) throws IOException {
		Path file = fileOf(article);
		ReentrantLock lock = lockOf(file);
		lock.lock();
		try {
			if (!Files.exists(file)) {
				throw new NoSuchFileException(file.toString());
			}
			String base = file.getFileName() + ".corrupt-" + BACKUP_TIME.format(clock.instant());
			Path backup = file.resolveSibling(base);
			for (int n = 2; Files.exists(backup); n++) {
				backup = file.resolveSibling(base + "-" + n);
			}
			return Files.move(file, backup);
		} finally {
			lock.unlock();
		}
	}

	private ReentrantLock lockOf(Path file) {
		return LOCKS.computeIfAbsent(lockKey(file), f -> new ReentrantLock());
	}

	/**
	 * The lock's key: the file under the project's real path, so two stores that reach the same
	 * project through different paths (a link to the workspace, say) share one lock.
	 */
	Path lockKey(Path file) {
		return realRoot().resolve(projectRoot.relativize(file));
	}

	/** The project's real path; the path as given while the project folder does not exist. */
	private Path realRoot() {
		Path r = realRoot;
		if (r == null) {
			try {
				r = projectRoot.toRealPath();
				realRoot = r;
			} catch (IOException e) {
				return projectRoot; // not there (yet): no other path can lead to it either
			}
		}
		return r;
	}
}
