package io.claimtagger.resources.learning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import io.claimtagger.core.pipeline.ModelManifest;

/**
 * Retrained models a project shares through git: a copy of the workspace's current set in the
 * project's {@code .claimtagger/models/} (not under {@code .claims/}, where a folder of articles
 * named "models" keeps its claims). A workspace that has no retrained models of its own (a fresh
 * clone, a colleague's machine) tags with the newest set an open project shares, once it verifies.
 */
public final class ProjectModels {

	/** Where, in a project, shared models live. */
	public static final String FOLDER = ".claimtagger/models";

	/** A project's shared set. */
	public record Shared(IProject project, Path dir, FileTime written) {
	}

	private ProjectModels() {
	}

	/**
	 * Copies the models in {@code from} (a verified workspace generation) into the project, replacing
	 * the set it shared before only once the copy verifies.
	 */
	public static Path share(IProject project, Path from) throws IOException, CoreException {
		Path root = project.getLocation().toFile().toPath();
		Path target = root.resolve(FOLDER);
		Files.createDirectories(target.getParent());
		Path copy = Files.createTempDirectory(target.getParent(), "models-");
		try {
			try (Stream<Path> files = Files.list(from)) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
			ModelManifest.verify(copy);
			WorkspaceModels.delete(target);
			Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			WorkspaceModels.delete(copy);
		}
		project.getFolder(".claimtagger").refreshLocal(IResource.DEPTH_INFINITE, null);
		return target;
	}

	/** The sets the open projects share, newest first; unverified ones are left to {@link WorkspaceModels} to report. */
	static List<Shared> all() {
		List<Shared> out = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen() || project.getLocation() == null) {
				continue;
			}
			Path dir = project.getLocation().toFile().toPath().resolve(FOLDER);
			Path manifest = dir.resolve(ModelManifest.PROPERTIES);
			if (Files.isRegularFile(manifest)) {
				try {
					out.add(new Shared(project, dir, Files.getLastModifiedTime(manifest)));
				} catch (IOException e) {
					// gone meanwhile: not shared
				}
			}
		}
		out.sort((a, b) -> b.written().compareTo(a.written()));
		return out;
	}

	/** The project whose shared models are in {@code dir}, or null. */
	public static IProject owner(Path dir) {
		for (Shared s : all()) {
			if (s.dir().equals(dir)) {
				return s.project();
			}
		}
		return null;
	}
}
