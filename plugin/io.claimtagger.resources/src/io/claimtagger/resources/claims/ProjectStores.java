package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;

import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.resources.ClaimTaggerResources;

/** One core {@link ClaimStore} per project, on the project's current location. */
final class ProjectStores {

	private final Clock clock;
	private final ConcurrentMap<IProject, ClaimStore> stores = new ConcurrentHashMap<>();

	ProjectStores(Clock clock) {
		this.clock = clock;
	}

	/** The project's store; empty for a closed project or one not on the local file system. */
	Optional<ClaimStore> of(IProject project) {
		IPath location = project.isAccessible() ? project.getLocation() : null;
		if (location == null) {
			return Optional.empty();
		}
		Path root = location.toPath().toAbsolutePath().normalize();
		// A renamed or relocated project gets a new store; the old one's state must not be reused.
		return Optional.of(stores.compute(project,
				(p, store) -> store != null && store.projectRoot().equals(root) ? store : opened(root)));
	}

	/** A project's store as this session first opens it: temporary files a crash left are removed. */
	private ClaimStore opened(Path root) {
		ClaimStore store = new ClaimStore(root, clock);
		try {
			store.removeStaleTemporaryFiles(ClaimStore.STALE_TEMPORARY);
		} catch (java.io.IOException e) {
			ClaimTaggerResources.log("Cannot clean the temporary files of " + root.resolve(ClaimStore.FOLDER), e);
		}
		return store;
	}

	/** The article's claims file, whether or not it exists; empty when the project has no store. */
	Optional<Path> fileOf(IFile article) {
		return of(article.getProject()).map(s -> s.fileOf(ArticleFiles.storePath(article)));
	}

	/** Every article of the project that has a claims file, whether or not the article still exists. */
	List<IFile> articlesWithClaims(IProject project) throws IOException {
		Optional<ClaimStore> store = of(project);
		List<IFile> files = new ArrayList<>();
		if (store.isPresent()) {
			for (String article : store.get().articles()) {
				files.add(project.getFile(article));
			}
		}
		return files;
	}
}
