package io.claimtagger.resources.claims;

import java.util.Set;

import org.eclipse.core.resources.IFile;

/**
 * Told when the stored claims of articles changed: tagged, reviewed, imported, moved, deleted, or
 * changed on disk (a git pull). Called on whatever thread made the change; a view hands the news
 * to its own thread.
 */
@FunctionalInterface
public interface ClaimsListener {

	/** @param articles the articles whose claims changed, by their current (or last) path */
	void claimsChanged(Set<IFile> articles);
}
