package io.claimtagger.resources.learning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.files.AtomicFile;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;

/**
 * The models retrained in this workspace, outside the plugin install (the bundle's state folder,
 * {@code models/}): each training writes a new generation folder and only then names it in
 * {@code models/current}, so a training that fails or is cancelled, or a crash, leaves the set in
 * use untouched; a set that does not verify is never loaded (the shipped one is used, with a
 * warning in the log and the reason kept for the UI). Without retrained models of its own, the
 * workspace takes up the models a project shares ({@link ProjectModels}).
 */
public final class WorkspaceModels {

	private static final String CURRENT = "current";
	private static final String GENERATION_PREFIX = "gen-";
	/** Written in {@code current} by a revert: the shipped models, even where a project shares others. */
	private static final String SHIPPED = "shipped";
	private static WorkspaceModels instance;

	private final Path root;
	private volatile String problem;

	WorkspaceModels(Path root) {
		this.root = root;
	}

	public static synchronized WorkspaceModels get() {
		if (instance == null) {
			instance = new WorkspaceModels(ClaimTaggerResources.getDefault().getStateLocation().toPath().resolve("models"));
		}
		return instance;
	}

	/** The generation in use, or null for the shipped models (or a project's shared ones). */
	public Path current() throws IOException {
		Path pointer = root.resolve(CURRENT);
		if (!Files.isRegularFile(pointer)) {
			return null;
		}
		String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
		if (name.equals(SHIPPED)) {
			return null;
		}
		if (!name.startsWith(GENERATION_PREFIX) || name.contains("/") || name.contains("\\") || name.contains("..")) {
			throw new IOException(pointer + " does not name a model folder: '" + name + "'");
		}
		return root.resolve(name);
	}

	/**
	 * The workspace's models if there are usable ones; else, unless the user reverted to the
	 * shipped models, the newest usable set an open project shares; else {@code shipped}.
	 */
	public NlpModels loadOrShipped(NlpModels shipped) {
		problem = null;
		try {
			Path dir = current();
			if (dir != null) {
				return NlpModels.fromDirectory(dir).preload();
			}
		} catch (IOException | RuntimeException e) {
			problem = NLS.bind(Messages.WorkspaceModels_unusable, e.getMessage());
			ClaimTaggerResources.log(new Status(IStatus.WARNING, ClaimTaggerResources.ID, problem));
			return shipped;
		}
		if (revertedToShipped()) {
			return shipped;
		}
		for (ProjectModels.Shared s : ProjectModels.all()) {
			try {
				return NlpModels.fromDirectory(s.dir()).preload();
			} catch (IOException | RuntimeException e) {
				problem = NLS.bind(Messages.WorkspaceModels_sharedUnusable, s.project().getName(), e.getMessage());
				ClaimTaggerResources.log(new Status(IStatus.WARNING, ClaimTaggerResources.ID, problem));
			}
		}
		return shipped;
	}

	private boolean revertedToShipped() {
		try {
			Path pointer = root.resolve(CURRENT);
			return Files.isRegularFile(pointer) && Files.readString(pointer, StandardCharsets.UTF_8).strip().equals(SHIPPED);
		} catch (IOException e) {
			return false;
		}
	}

	/** Why the workspace's models were not used at the last load, or null. */
	public String problem() {
		return problem;
	}

	/** A new, empty folder for a training to write into. */
	Path newGeneration() throws IOException {
		Files.createDirectories(root);
		return Files.createTempDirectory(root, GENERATION_PREFIX + System.currentTimeMillis() + "-");
	}

	/** Names {@code generation} as the set in use (atomically) and removes the others. */
	void activate(Path generation) throws IOException {
		AtomicFile.write(root.resolve(CURRENT), generation.getFileName().toString() + "\n");
		problem = null;
		removeGenerationsBut(generation);
	}

	/**
	 * Back to the shipped models: every generation goes, and the pointer says "shipped", so a set a
	 * project shares is not taken up instead until the next retraining.
	 */
	public void revert() throws IOException {
		Files.createDirectories(root);
		AtomicFile.write(root.resolve(CURRENT), SHIPPED + "\n");
		problem = null;
		removeGenerationsBut(null);
	}

	void removeGenerationsBut(Path keep) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> children = Files.list(root)) {
			for (Path dir : children.filter(p -> p.getFileName().toString().startsWith(GENERATION_PREFIX) && !p.equals(keep)).toList()) {
				delete(dir);
			}
		}
	}

	/** Deletes a folder and everything in it; nothing when it is not there. */
	public static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
