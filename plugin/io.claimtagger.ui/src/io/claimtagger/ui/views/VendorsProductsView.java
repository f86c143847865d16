package io.claimtagger.ui.views;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.resources.claims.ArticleFiles;
import io.claimtagger.resources.claims.ClaimsQuery;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;

/**
 * Every vendor and product mentioned in the selected articles, folders or projects, grouped by
 * canonical name with mention counts, most mentioned first; expanding a name lists its mentions,
 * and a double-click on one opens the article there. Entities are found by tagging the articles in
 * the background, once per file version while the view is open.
 */
public final class VendorsProductsView extends ViewPart implements ScopedView {

	public static final String ID = "io.claimtagger.ui.views.vendorsProducts";

	private static final long LOAD_DELAY_MS = 100;
	private static final long EDIT_DELAY_MS = 800;

	private TreeViewer viewer;
	private Text searchText;
	private String search = "";
	private final ArticleEntitiesCache cache = new ArticleEntitiesCache();
	private final LoadEntitiesJob loadJob = new LoadEntitiesJob(cache, this::loaded);
	private List<IResource> scope = List.of();
	private List<IResource> shownScope;
	private LoadEntitiesJob.Result result = new LoadEntitiesJob.Result(List.of(), 0);
	/** Each mention's group, so the tree can reveal a mention whose group is collapsed. */
	private Map<EntityMention, EntityGroup> groupOf = Map.of();

	private final ISelectionListener selectionListener = this::selectionChanged;

	/** Articles saved or changed on disk within the scope are tagged again. */
	private final IResourceChangeListener resourceListener = event -> {
		if (event.getDelta() != null && touchesScope(event)) {
			Display.getDefault().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					load(EDIT_DELAY_MS);
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		searchText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		searchText.setMessage(Messages.VendorsProductsView_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(searchText);
		searchText.addModifyListener(e -> {
			search = searchText.getText().strip().toLowerCase(Locale.ROOT);
			viewer.refresh();
		});

		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
		viewer.setContentProvider(new GroupsContent());
		column(Messages.VendorsProductsView_column_name, 260, e -> e instanceof EntityGroup g ? g.canonical()
				: ((EntityMention) e).entity().text());
		column(Messages.VendorsProductsView_column_type, 80, e -> e instanceof EntityGroup g ? g.type().id() : "");
		column(Messages.VendorsProductsView_column_mentions, 80,
				e -> e instanceof EntityGroup g ? Integer.toString(g.mentions().size()) : "");
		column(Messages.VendorsProductsView_column_article, 240, e -> e instanceof EntityGroup g
				? NLS.bind(Messages.VendorsProductsView_articles, g.articleCount())
				: ((EntityMention) e).article().getFullPath().makeRelative().toString());
		column(Messages.VendorsProductsView_column_line, 60,
				e -> e instanceof EntityMention m ? Integer.toString(m.line()) : "");
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return search.isEmpty() || !(element instanceof EntityGroup g)
						|| g.canonical().toLowerCase(Locale.ROOT).contains(search) || g.mentions().stream()
								.anyMatch(m -> m.entity().text().toLowerCase(Locale.ROOT).contains(search));
			}
		});
		viewer.setInput(this);
		viewer.addDoubleClickListener(e -> {
			Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (element instanceof EntityMention m) {
				Entity entity = m.entity();
				EditorOpener.open(getSite().getPage(), m.article(), entity.start(), entity.end() - entity.start());
			} else if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);

		List<IResource> initial = SelectedResources.of(getSite().getPage().getSelection());
		setScope(initial.isEmpty() ? List.of(ResourcesPlugin.getWorkspace().getRoot()) : initial);
	}

	private void column(String header, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		loadJob.cancel();
		cache.clear();
		super.dispose();
	}

	@Override
	public List<IResource> scope() {
		return scope;
	}

	public void setScope(List<IResource> resources) {
		scope = List.copyOf(resources);
		setContentDescription(NLS.bind(Messages.VendorsProductsView_loading, scopeName()));
		load(LOAD_DELAY_MS);
	}

	/** The groups shown, before the text filter. */
	public List<EntityGroup> groups() {
		return result.groups();
	}

	public boolean isLoaded() {
		return scope.equals(shownScope);
	}

	public TreeViewer viewer() {
		return viewer;
	}

	private void load(long delay) {
		loadJob.cancel();
		loadJob.setScope(scope);
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(loadJob, delay);
	}

	private void loaded(List<IResource> forScope, LoadEntitiesJob.Result loadedResult) {
		Display.getDefault().asyncExec(() -> {
			if (viewer.getControl().isDisposed() || !forScope.equals(scope)) {
				return;
			}
			Object[] expanded = viewer.getExpandedElements();
			result = loadedResult;
			Map<EntityMention, EntityGroup> parents = new HashMap<>();
			result.groups().forEach(g -> g.mentions().forEach(m -> parents.put(m, g)));
			groupOf = parents;
			shownScope = forScope;
			viewer.refresh();
			// Groups are rebuilt: keep the ones the user opened open.
			for (Object e : expanded) {
				if (e instanceof EntityGroup old) {
					result.groups().stream().filter(g -> g.canonical().equals(old.canonical()) && g.type() == old.type())
							.findFirst().ifPresent(g -> viewer.setExpandedState(g, true));
				}
			}
			int mentions = result.groups().stream().mapToInt(g -> g.mentions().size()).sum();
			setContentDescription(NLS.bind(Messages.VendorsProductsView_counts,
					new Object[] { result.groups().size(), mentions, result.articles(), scopeName() }));
		});
	}

	private String scopeName() {
		if (scope.size() == 1) {
			IResource only = scope.get(0);
			return only.getType() == IResource.ROOT ? Messages.ClaimsView_scope_workspace
					: only.getFullPath().makeRelative().toString();
		}
		return NLS.bind(Messages.ClaimsView_scope_resources, scope.size());
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || viewer.getControl().isDisposed() || !(selection instanceof IStructuredSelection)) {
			return;
		}
		List<IResource> resources = SelectedResources.of(selection);
		if (!resources.isEmpty() && !resources.equals(scope)) {
			setScope(resources);
		}
	}

	private boolean touchesScope(IResourceChangeEvent event) {
		List<IResource> current = scope;
		boolean[] touched = { false };
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && ArticleFiles.isArticle(file)
						&& ClaimsQuery.within(file, current) && (delta.getKind() != IResourceDelta.CHANGED
								|| (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					touched[0] = true;
				}
				return !touched[0];
			});
		} catch (CoreException e) {
			ClaimTaggerPlugin.log("Cannot read a workspace change", e);
		}
		return touched[0];
	}

	/** Groups at the top, their mentions below. */
	private final class GroupsContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return result.groups().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof EntityGroup g ? g.mentions().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EntityMention m ? groupOf.get(m) : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof EntityGroup;
		}
	}
}
