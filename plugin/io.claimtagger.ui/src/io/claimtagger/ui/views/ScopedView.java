package io.claimtagger.ui.views;

import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import io.claimtagger.ui.Messages;

/**
 * A view showing what a set of resources holds (their claims, their vendors and products): its
 * scope, which follows the files, folders and projects selected elsewhere. Commands run from such
 * a view (Tag Claims, Export) apply to its scope ({@link SelectedResources}).
 * <p>
 * The base owns the scope and its life cycle: it follows the selection, reads the scope in a
 * {@link ScopeLoadJob} (again on {@link #reload}), and passes the result to {@link #show} on the UI
 * thread, unless the user has moved to another scope meanwhile: a slow read must not overwrite
 * a newer one. The scope follows renames, moves and deletes ({@link ScopeFollower}).
 *
 * @param <R> what the load job reads
 */
public abstract class ScopedView<R> extends ViewPart {

	/** Lets a burst of selection changes or store events end before reading. */
	static final long LOAD_DELAY_MS = 100;

	private final ScopeLoadJob<R> loadJob;
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final IResourceChangeListener scopeMoves = this::followScope;
	/** Set on the UI thread; volatile for the resource and store listeners that read it on theirs. */
	private volatile List<IResource> scope = List.of();
	/** The scope whose content is shown, null until the first read; UI thread only, like the rest. */
	private List<IResource> shownScope;
	private boolean disposed;

	protected ScopedView(ScopeLoadJob<R> loadJob) {
		this.loadJob = loadJob;
		loadJob.onLoaded(this::loaded);
	}

	@Override
	public final void createPartControl(Composite parent) {
		createContents(parent);
		getSite().getPage().addPostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(scopeMoves, IResourceChangeEvent.POST_CHANGE);
		List<IResource> initial = initialScope();
		setScope(initial.isEmpty() ? List.of(ResourcesPlugin.getWorkspace().getRoot()) : initial);
	}

	/** The view's widgets, viewers, actions and listeners; the scope is set right after. */
	protected abstract void createContents(Composite parent);

	/** Shows what was read for the current scope. */
	protected abstract void show(R content);

	/** The content description while the scope is read, for the scope's {@link #scopeName() name}. */
	protected abstract String loadingMessage(String scopeName);

	/** What to show when the view opens: the selection of the page; the whole workspace when empty. */
	protected List<IResource> initialScope() {
		return SelectedResources.of(getSite().getPage().getSelection());
	}

	/** The articles, folders or projects shown; the workspace root for all of them. */
	public final List<IResource> scope() {
		return scope;
	}

	/** Shows what these resources hold (the workspace root for every project). */
	public final void setScope(List<IResource> resources) {
		scope = List.copyOf(resources);
		setContentDescription(loadingMessage(scopeName()));
		reload(LOAD_DELAY_MS);
	}

	/** Whether the view shows the content of its current scope (read at least once). */
	public final boolean isLoaded() {
		return scope.equals(shownScope);
	}

	/** Reads the scope again after {@code delayMs}, e.g. because its content changed. */
	protected final void reload(long delayMs) {
		loadJob.cancel();
		loadJob.setScope(scope);
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(loadJob, delayMs);
	}

	protected final boolean isDisposed() {
		return disposed;
	}

	/** "the workspace", a resource's path, or how many resources there are. */
	protected final String scopeName() {
		if (scope.size() == 1) {
			IResource only = scope.get(0);
			return only.getType() == IResource.ROOT ? Messages.ClaimsView_scope_workspace
					: only.getFullPath().makeRelative().toString();
		}
		return NLS.bind(Messages.ClaimsView_scope_resources, scope.size());
	}

	/** Another part's selection: files, folders or projects become the scope. */
	protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || disposed || !(selection instanceof IStructuredSelection)) {
			return;
		}
		List<IResource> resources = SelectedResources.of(selection);
		if (!resources.isEmpty() && !resources.equals(scope)) {
			setScope(resources);
		}
	}

	/** A rename, move or delete of what the view shows: the scope follows (resource thread). */
	private void followScope(IResourceChangeEvent event) {
		List<IResource> current = scope;
		if (event.getDelta() == null) {
			return;
		}
		List<IResource> next = ScopeFollower.follow(current, event.getDelta(), ResourcesPlugin.getWorkspace().getRoot());
		if (next != current) {
			Display.getDefault().asyncExec(() -> {
				if (!disposed && scope.equals(current)) {
					setScope(next);
				}
			});
		}
	}

	/** From the load job's thread. */
	private void loaded(List<IResource> forScope, R content) {
		Display.getDefault().asyncExec(() -> {
			if (disposed || !forScope.equals(scope)) {
				return;
			}
			shownScope = forScope;
			show(content);
		});
	}

	@Override
	public void dispose() {
		disposed = true;
		getSite().getPage().removePostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(scopeMoves);
		loadJob.cancel();
		super.dispose();
	}
}
