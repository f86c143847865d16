package io.claimtagger.ui.views;

import java.util.List;
import java.util.function.Function;

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
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.mentions.EntityGroup;
import io.claimtagger.core.mentions.EntityGroups;
import io.claimtagger.core.mentions.EntityMention;
import io.claimtagger.resources.claims.ArticleFiles;
import io.claimtagger.resources.claims.ClaimsQuery;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;

/**
 * Every vendor and product mentioned in the selected articles, folders or projects, grouped by
 * canonical name with mention counts, most mentioned first; expanding a name lists its mentions,
 * and a double-click on one opens the article there. Entities are found by tagging the articles in
 * the background, once per file version while the view is open.
 */
public final class VendorsProductsView extends ScopedView<LoadEntitiesJob.Result> {

	public static final String ID = "io.claimtagger.ui.views.vendorsProducts";

	/** Saving while typing should not re-tag at every save. */
	private static final long EDIT_DELAY_MS = 800;

	private TreeViewer viewer;
	private final EntityTreeContent content = new EntityTreeContent();
	private String search = "";

	/** Articles saved or changed on disk within the scope are tagged again. */
	private final IResourceChangeListener resourceListener = event -> {
		if (event.getDelta() != null && touchesScope(event)) {
			Display.getDefault().asyncExec(() -> {
				if (!isDisposed()) {
					reload(EDIT_DELAY_MS);
				}
			});
		}
	};

	/** A correction made anywhere (quick fix, preference page) changes what the articles hold. */
	private final Runnable correctionsListener = () -> Display.getDefault().asyncExec(() -> {
		if (!isDisposed()) {
			reload(EDIT_DELAY_MS);
		}
	});

	public VendorsProductsView() {
		super(new LoadEntitiesJob());
	}

	@Override
	protected void createContents(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		Text searchText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		searchText.setMessage(Messages.VendorsProductsView_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(searchText);
		searchText.addModifyListener(e -> {
			search = searchText.getText();
			viewer.refresh();
		});

		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
		viewer.setContentProvider(content);
		column(Messages.VendorsProductsView_column_name, 260,
				e -> e instanceof EntityGroup<?> g ? g.canonical() : ((EntityMention<?>) e).entity().text());
		column(Messages.VendorsProductsView_column_type, 80, e -> e instanceof EntityGroup<?> g ? g.type().id() : "");
		column(Messages.VendorsProductsView_column_mentions, 80,
				e -> e instanceof EntityGroup<?> g ? Integer.toString(g.mentions().size()) : "");
		column(Messages.VendorsProductsView_column_article, 240,
				e -> e instanceof EntityGroup<?> g ? (g.articleCount() == 1 ? Messages.VendorsProductsView_articlesOne
						: NLS.bind(Messages.VendorsProductsView_articles, g.articleCount()))
						: articleOf(e).getFullPath().makeRelative().toString());
		column(Messages.VendorsProductsView_column_line, 60,
				e -> e instanceof EntityMention<?> m ? Integer.toString(m.line()) : "");
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return !(element instanceof EntityGroup<?> g) || g.matches(search);
			}
		});
		viewer.setInput(this);
		viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(viewer);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
		UserCorrectionsStore.get().addListener(correctionsListener);
	}

	private void column(String header, int width, Function<Object, String> text) {
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

	/** A mention opens its article there; a group opens or closes. */
	private void open(Object element) {
		if (element instanceof EntityMention<?> m) {
			Entity entity = m.entity();
			EditorOpener.open(getSite().getPage(), articleOf(m), entity.start(), entity.end() - entity.start());
		} else if (element != null) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	/** The tree holds this view's mentions only, whose articles are workspace files. */
	private static IFile articleOf(Object mention) {
		return (IFile) ((EntityMention<?>) mention).article();
	}

	@Override
	protected String loadingMessage(String scopeName) {
		return NLS.bind(Messages.VendorsProductsView_loading, scopeName);
	}

	@Override
	protected void show(LoadEntitiesJob.Result result) {
		Object[] expanded = viewer.getExpandedElements();
		content.setGroups(result.groups());
		viewer.refresh();
		// The groups are new objects: keep the ones the user had opened open.
		for (Object e : expanded) {
			if (e instanceof EntityGroup<?> old) {
				result.groups().stream().filter(g -> g.isSameEntity(old)).findFirst()
						.ifPresent(g -> viewer.setExpandedState(g, true));
			}
		}
		int names = result.groups().size();
		int mentions = EntityGroups.mentionCount(result.groups());
		setContentDescription(result.articles() == 1
				? NLS.bind(Messages.VendorsProductsView_countsOne, new Object[] { names, mentions, scopeName() })
				: NLS.bind(Messages.VendorsProductsView_counts, new Object[] { names, mentions, result.articles(), scopeName() }));
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
		UserCorrectionsStore.get().removeListener(correctionsListener);
		super.dispose();
	}

	/** The groups shown, before the text filter. */
	public List<EntityGroup<IFile>> groups() {
		return content.groups();
	}

	public TreeViewer viewer() {
		return viewer;
	}

	private boolean touchesScope(IResourceChangeEvent event) {
		List<IResource> current = scope();
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
}
