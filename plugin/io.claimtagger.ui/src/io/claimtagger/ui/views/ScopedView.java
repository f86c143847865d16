package io.claimtagger.ui.views;

import java.util.List;

import org.eclipse.core.resources.IResource;

/**
 * A view showing the claims or entities of a set of resources: the selection it follows. Commands
 * run from such a view (Tag Claims, Export) apply to what it shows.
 */
public interface ScopedView {

	/** The articles, folders or projects shown; the workspace root for all of them. */
	List<IResource> scope();
}
