package io.claimtagger.ui.views;

import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IDE;

import io.claimtagger.core.store.ReviewCounts;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.resources.claims.ClaimsListener;
import io.claimtagger.resources.claims.ClaimsQuery;
import io.claimtagger.resources.claims.ClaimsWorkspace;
import io.claimtagger.ui.Messages;

/**
 * The review table: every stored claim of the selected article, folder, projects or workspace,
 * sortable by any column, filtered by status, kind, vendor/product and text, with the counts in the
 * title. Review is done from the keyboard through key bindings of the view's context
 * ({@link ReviewKeys}): A accept, R reject, D dispute, U back to new, N note, C acknowledge an
 * edited sentence, J/K (or the arrows) next and previous, Enter (or a double-click) opens the
 * article at the claim. The store is the truth: the table is read again whenever it reports a
 * change within the scope.
 */
public final class ClaimsView extends ScopedView<List<ClaimRow>> {

	public static final String ID = "io.claimtagger.ui.views.claims";

	private final ClaimsFilter filter = new ClaimsFilter();
	private ClaimsFilterBar filterBar;
	private ClaimsTable table;
	private ClaimReview review;
	private EditorLink editorLink;

	private final ClaimsListener claimsListener = articles -> Display.getDefault().asyncExec(() -> {
		if (!isDisposed() && articles.stream().anyMatch(a -> ClaimsQuery.within(a, scope()))) {
			reload(LOAD_DELAY_MS);
		}
	});

	public ClaimsView() {
		super(new LoadClaimsJob());
	}

	@Override
	protected void createContents(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filterBar = new ClaimsFilterBar(parent, filter, this::refreshTable);
		table = new ClaimsTable(parent, filter);
		review = new ClaimReview(table, getSite());
		editorLink = new EditorLink(this, table);
		TableViewer viewer = table.viewer();
		viewer.addDoubleClickListener(e -> review.openSelected());
		ReviewKeys.bindWhileFocused(viewer.getTable(), getSite().getService(IContextService.class));
		createContextMenu(viewer);
		createToolbar();
		getSite().setSelectionProvider(viewer);
		ClaimsWorkspace.get().addListener(claimsListener);
	}

	/** The review commands' menu (plugin.xml contributes them to the view's id). */
	private void createContextMenu(TableViewer viewer) {
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		Table widget = viewer.getTable();
		widget.setMenu(menu.createContextMenu(widget));
		getSite().registerContextMenu(menu, viewer);
	}

	private void createToolbar() {
		IAction workspace = new Action(Messages.ClaimsView_showWorkspace) {
			@Override
			public void run() {
				setScope(List.of(ResourcesPlugin.getWorkspace().getRoot()));
			}
		};
		workspace.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(IDE.SharedImages.IMG_OBJ_PROJECT));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		toolbar.add(workspace);
		toolbar.add(editorLink.action());
	}

	/** Without a selection to follow, the claims of the active editor's article. */
	@Override
	protected List<IResource> initialScope() {
		List<IResource> initial = super.initialScope();
		IEditorPart editor = getSite().getPage().getActiveEditor();
		return initial.isEmpty() && editor != null ? SelectedResources.of(editor, null) : initial;
	}

	@Override
	protected String loadingMessage(String scopeName) {
		return NLS.bind(Messages.ClaimsView_loading, scopeName);
	}

	@Override
	protected void show(List<ClaimRow> rows) {
		filterBar.updateSubjects(rows);
		table.setRows(rows);
		updateCounts();
		editorLink.loaded();
	}

	/** A caret in an editor is followed when linked; any other selection may change the scope. */
	@Override
	protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || isDisposed()) {
			return;
		}
		if (selection instanceof ITextSelection text && part instanceof IEditorPart editor) {
			editorLink.caretMoved(editor, text);
			return;
		}
		super.selectionChanged(part, selection);
	}

	private void refreshTable() {
		table.refresh();
		updateCounts();
	}

	/** The counts in the content description; the number left to review in the tab. */
	private void updateCounts() {
		ReviewCounts counts = ReviewCounts.of(rows().stream().map(ClaimRow::record).toList());
		String summary = NLS.bind(Messages.ClaimsView_counts,
				new Object[] { counts.total(), scopeName(), counts.withStatus(ReviewStatus.NEW),
						counts.withStatus(ReviewStatus.ACCEPTED), counts.withStatus(ReviewStatus.REJECTED),
						counts.withStatus(ReviewStatus.DISPUTED) });
		if (counts.edited() > 0) {
			summary += NLS.bind(Messages.ClaimsView_countsChanged, counts.edited());
		}
		if (filter.isActive()) {
			summary += NLS.bind(Messages.ClaimsView_countsShown, table.viewer().getTable().getItemCount());
		}
		setContentDescription(summary);
		setPartName(counts.toReview() == 0 ? Messages.ClaimsView_name
				: NLS.bind(Messages.ClaimsView_nameCount, counts.toReview()));
	}

	@Override
	public void setFocus() {
		table.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		ClaimsWorkspace.get().removeListener(claimsListener);
		super.dispose();
	}

	/** What the review commands do to the selected claims. */
	public ClaimReview review() {
		return review;
	}

	/** Every row read for the scope, filtered or not. */
	public List<ClaimRow> rows() {
		return table.rows();
	}

	/** The rows as the table shows them: filtered and sorted. */
	public List<ClaimRow> shownRows() {
		return table.shownRows();
	}

	/** The selected rows, in table order. */
	public List<ClaimRow> selectedRows() {
		return table.selectedRows();
	}

	public TableViewer viewer() {
		return table.viewer();
	}

	public boolean isLinkingWithEditor() {
		return editorLink.isOn();
	}

	/** Turns "link with editor" on or off, as its toolbar button does. */
	public void setLinkingWithEditor(boolean link) {
		editorLink.setOn(link);
	}
}
