package io.claimtagger.ui.views;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.texteditor.ITextEditor;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.store.AnchorState;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRef;
import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.resources.claims.ClaimsListener;
import io.claimtagger.resources.claims.ClaimsQuery;
import io.claimtagger.resources.claims.ClaimsWorkspace;
import io.claimtagger.resources.claims.ReviewClaimsJob;
import io.claimtagger.ui.Messages;

/**
 * The review table: every stored claim of the selected article, folder, projects or workspace,
 * sortable by any column, filtered by status, kind, vendor/product and text, with the counts in the
 * title. Review is done from the keyboard: A accept, R reject, D dispute, U back to new, N note,
 * C acknowledge an edited sentence, J/K (or the arrows) next and previous, Enter (or a
 * double-click) opens the article at the claim. Decisions go to the store in a
 * {@link ReviewClaimsJob}; the table shows them when the store reports the change.
 */
public final class ClaimsView extends ViewPart implements ScopedView {

	public static final String ID = "io.claimtagger.ui.views.claims";

	private static final long LOAD_DELAY_MS = 100;

	private TableViewer viewer;
	private Combo statusFilter;
	private Combo kindFilter;
	private Combo subjectFilter;
	private Text searchText;
	private IAction linkAction;
	private final ClaimsFilter filter = new ClaimsFilter();
	private final ClaimsComparator comparator = new ClaimsComparator();
	private final Map<ClaimColumn, TableViewerColumn> columns = new EnumMap<>(ClaimColumn.class);
	private final LoadClaimsJob loadJob = new LoadClaimsJob(this::loaded);

	/** Touched on the UI thread only. */
	private List<IResource> scope = List.of();
	private List<ClaimRow> rows = List.of();
	/** The scope whose rows the table shows. */
	private List<IResource> shownScope;
	/** A caret position to select once the scope the editor's file was added to has loaded. */
	private IFile followFile;
	private int followOffset;

	private final ClaimsListener claimsListener = articles -> Display.getDefault().asyncExec(() -> {
		if (viewer != null && !viewer.getControl().isDisposed()
				&& articles.stream().anyMatch(a -> ClaimsQuery.within(a, scope))) {
			load();
		}
	});

	private final ISelectionListener selectionListener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		createFilterBar(parent);
		createTable(parent);
		createActions();
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPostSelectionListener(selectionListener);
		ClaimsWorkspace.get().addListener(claimsListener);

		List<IResource> initial = SelectedResources.of(getSite().getPage().getSelection());
		if (initial.isEmpty() && getSite().getPage().getActiveEditor() != null) {
			initial = SelectedResources.of(getSite().getPage().getActiveEditor(), null);
		}
		setScope(initial.isEmpty() ? List.of(ResourcesPlugin.getWorkspace().getRoot()) : initial);
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(2, 2).applyTo(bar);

		statusFilter = combo(bar, Messages.ClaimsView_filter_allStatuses);
		for (ReviewStatus s : ReviewStatus.values()) {
			statusFilter.add(ClaimColumn.statusName(s));
		}
		statusFilter.select(0);
		statusFilter.addListener(SWT.Selection, e -> {
			int i = statusFilter.getSelectionIndex();
			filter.setStatus(i <= 0 ? null : ReviewStatus.values()[i - 1]);
			refreshTable();
		});

		kindFilter = combo(bar, Messages.ClaimsView_filter_allKinds);
		for (ClaimKind k : ClaimKind.values()) {
			kindFilter.add(k.id());
		}
		kindFilter.select(0);
		kindFilter.addListener(SWT.Selection, e -> {
			int i = kindFilter.getSelectionIndex();
			filter.setKind(i <= 0 ? null : ClaimKind.values()[i - 1]);
			refreshTable();
		});

		subjectFilter = combo(bar, Messages.ClaimsView_filter_allSubjects);
		subjectFilter.select(0);
		subjectFilter.addListener(SWT.Selection, e -> {
			int i = subjectFilter.getSelectionIndex();
			filter.setSubject(i <= 0 ? null : subjectFilter.getItem(i));
			refreshTable();
		});

		searchText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		searchText.setMessage(Messages.ClaimsView_filter_text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(searchText);
		searchText.addModifyListener(e -> {
			filter.setText(searchText.getText());
			refreshTable();
		});
	}

	private static Combo combo(Composite parent, String all) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.add(all);
		combo.setVisibleItemCount(20);
		return combo;
	}

	private void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		// Rows are rebuilt from the store after every change: identify them by claim, so the
		// selection and scroll position survive a refresh.
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a instanceof ClaimRow x && b instanceof ClaimRow y ? x.ref().equals(y.ref()) : a.equals(b);
			}

			@Override
			public int hashCode(Object element) {
				return element instanceof ClaimRow row ? row.ref().hashCode() : element.hashCode();
			}
		});
		viewer.setContentProvider((IStructuredContentProvider) input -> rows.toArray());
		for (ClaimColumn c : ClaimColumn.values()) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(c.header);
			column.getColumn().setWidth(c.width);
			column.getColumn().setMoveable(true);
			column.setLabelProvider(new ClaimLabels(c));
			column.getColumn().addListener(SWT.Selection, e -> sortBy(c));
			columns.put(c, column);
		}
		viewer.setComparator(comparator);
		viewer.addFilter(filter);
		viewer.setInput(this);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(e -> openSelected());
		table.addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent e) {
				if (reviewKey(e)) {
					e.doit = false;
				}
			}
		});

		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, viewer);
	}

	private void createActions() {
		linkAction = new Action(Messages.ClaimsView_link, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				if (isChecked()) {
					followActiveEditor();
				}
			}
		};
		linkAction.setToolTipText(Messages.ClaimsView_link);
		linkAction.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		IAction workspaceAction = new Action(Messages.ClaimsView_showWorkspace) {
			@Override
			public void run() {
				setScope(List.of(ResourcesPlugin.getWorkspace().getRoot()));
			}
		};
		workspaceAction.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(IDE.SharedImages.IMG_OBJ_PROJECT));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		toolbar.add(workspaceAction);
		toolbar.add(linkAction);
	}

	/** The keyboard review; true when the key was one of ours. */
	private boolean reviewKey(KeyEvent e) {
		if ((e.stateMask & SWT.MODIFIER_MASK) != 0) {
			return false;
		}
		if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			openSelected();
			return true;
		}
		switch (Character.toLowerCase(e.character)) {
		case 'a' -> review(ReviewStatus.ACCEPTED);
		case 'r' -> review(ReviewStatus.REJECTED);
		case 'd' -> review(ReviewStatus.DISPUTED);
		case 'u' -> review(ReviewStatus.NEW);
		case 'n' -> editNote();
		case 'c' -> acknowledgeChange();
		case 'j' -> selectNext(1);
		case 'k' -> selectNext(-1);
		default -> {
			return false;
		}
		}
		return true;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		ClaimsWorkspace.get().removeListener(claimsListener);
		loadJob.cancel();
		super.dispose();
	}

	@Override
	public List<IResource> scope() {
		return scope;
	}

	/** Shows the claims of these resources (the workspace root for every project). */
	public void setScope(List<IResource> resources) {
		scope = List.copyOf(resources);
		setContentDescription(NLS.bind(Messages.ClaimsView_loading, scopeName()));
		load();
	}

	private void load() {
		loadJob.cancel();
		loadJob.setScope(scope);
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(loadJob, LOAD_DELAY_MS);
	}

	/** From the load job: show the rows if the scope is still the one they were read for. */
	private void loaded(List<IResource> forScope, List<ClaimRow> newRows) {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (viewer.getControl().isDisposed() || !forScope.equals(scope)) {
				return;
			}
			rows = List.copyOf(newRows);
			shownScope = forScope;
			updateSubjects();
			refreshTable();
			if (followFile != null) {
				selectAt(followFile, followOffset);
				followFile = null;
			}
		});
	}

	/** Every row read for the scope, filtered or not. */
	public List<ClaimRow> rows() {
		return rows;
	}

	/** The rows as the table shows them: filtered and sorted. */
	public List<ClaimRow> shownRows() {
		List<ClaimRow> shown = new ArrayList<>();
		for (TableItem item : viewer.getTable().getItems()) {
			shown.add((ClaimRow) item.getData());
		}
		return shown;
	}

	/** Whether the table shows the rows of the current scope (read at least once). */
	public boolean isLoaded() {
		return scope.equals(shownScope);
	}

	public TableViewer viewer() {
		return viewer;
	}

	private void updateSubjects() {
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (ClaimRow r : rows) {
			names.addAll(ClaimColumn.subjects(r.record()));
		}
		String selected = subjectFilter.getSelectionIndex() > 0 ? subjectFilter.getText() : null;
		subjectFilter.removeAll();
		subjectFilter.add(Messages.ClaimsView_filter_allSubjects);
		names.forEach(subjectFilter::add);
		int index = selected == null ? 0 : subjectFilter.indexOf(selected);
		subjectFilter.select(Math.max(index, 0));
		if (index < 0) {
			filter.setSubject(null);
		}
	}

	private void sortBy(ClaimColumn column) {
		comparator.sortBy(column);
		Table table = viewer.getTable();
		table.setSortColumn(columns.get(column).getColumn());
		table.setSortDirection(comparator.direction());
		viewer.refresh();
	}

	private void refreshTable() {
		viewer.refresh();
		updateCounts();
	}

	private void updateCounts() {
		Map<ReviewStatus, Integer> counts = new EnumMap<>(ReviewStatus.class);
		for (ReviewStatus s : ReviewStatus.values()) {
			counts.put(s, 0);
		}
		int changed = 0;
		for (ClaimRow r : rows) {
			counts.merge(r.record().status(), 1, Integer::sum);
			if (r.record().anchor() == AnchorState.CHANGED) {
				changed++;
			}
		}
		String summary = NLS.bind(Messages.ClaimsView_counts, new Object[] { rows.size(), scopeName(),
				counts.get(ReviewStatus.NEW), counts.get(ReviewStatus.ACCEPTED), counts.get(ReviewStatus.REJECTED),
				counts.get(ReviewStatus.DISPUTED) });
		if (changed > 0) {
			summary += NLS.bind(Messages.ClaimsView_countsChanged, changed);
		}
		if (filter.isActive()) {
			summary += NLS.bind(Messages.ClaimsView_countsShown, viewer.getTable().getItemCount());
		}
		setContentDescription(summary);
		int toReview = counts.get(ReviewStatus.NEW);
		setPartName(toReview == 0 ? Messages.ClaimsView_name : NLS.bind(Messages.ClaimsView_nameCount, toReview));
	}

	private String scopeName() {
		if (scope.size() == 1) {
			IResource only = scope.get(0);
			return only.getType() == IResource.ROOT ? Messages.ClaimsView_scope_workspace
					: only.getFullPath().makeRelative().toString();
		}
		return NLS.bind(Messages.ClaimsView_scope_resources, scope.size());
	}

	/** The selected rows, in table order. */
	public List<ClaimRow> selectedRows() {
		List<ClaimRow> selected = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			selected.add((ClaimRow) o);
		}
		return selected;
	}

	/** Records a decision on the selected claims, then moves on to the next claim. */
	public void review(ReviewStatus status) {
		List<ClaimRow> selected = selectedRows();
		if (selected.isEmpty()) {
			return;
		}
		ReviewClaimsJob.status(refs(selected), status).schedule();
		if (selected.size() == 1) {
			selectNext(1);
		}
	}

	/** Asks for a note and gives it to the selected claims. */
	public void editNote() {
		List<ClaimRow> selected = selectedRows();
		if (selected.isEmpty()) {
			return;
		}
		ClaimRecord first = selected.get(0).record();
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.ClaimsView_note_title,
				NLS.bind(Messages.ClaimsView_note_message, ClaimColumn.CLAIM.text(selected.get(0))), first.note(),
				null);
		if (dialog.open() == Window.OK) {
			ReviewClaimsJob.note(refs(selected), dialog.getValue().strip()).schedule();
		}
	}

	/** The reviewer has seen how the selected claims' sentences were edited. */
	public void acknowledgeChange() {
		List<ClaimRow> changed = selectedRows().stream()
				.filter(r -> r.record().anchor() == AnchorState.CHANGED).toList();
		if (!changed.isEmpty()) {
			ReviewClaimsJob.acknowledgeChange(refs(changed)).schedule();
		}
	}

	/** Moves the selection {@code delta} rows down (or up), staying within the table. */
	public void selectNext(int delta) {
		Table table = viewer.getTable();
		int count = table.getItemCount();
		if (count == 0) {
			return;
		}
		int[] selected = table.getSelectionIndices();
		int from = selected.length == 0 ? (delta > 0 ? -1 : count) : delta > 0 ? max(selected) : min(selected);
		int to = Math.max(0, Math.min(count - 1, from + delta));
		viewer.setSelection(new StructuredSelection(table.getItem(to).getData()), true);
	}

	/** Opens the article of the (first) selected claim with the claim selected. */
	public void openSelected() {
		List<ClaimRow> selected = selectedRows();
		if (!selected.isEmpty()) {
			ClaimRow row = selected.get(0);
			EditorOpener.open(getSite().getPage(), row.article(), row.record().span().start(),
					row.record().span().length());
		}
	}

	private static List<ClaimRef> refs(List<ClaimRow> rows) {
		return rows.stream().map(ClaimRow::ref).toList();
	}

	private static int max(int[] values) {
		int m = values[0];
		for (int v : values) {
			m = Math.max(m, v);
		}
		return m;
	}

	private static int min(int[] values) {
		int m = values[0];
		for (int v : values) {
			m = Math.min(m, v);
		}
		return m;
	}

	public boolean isLinkingWithEditor() {
		return linkAction.isChecked();
	}

	/** Turns "link with editor" on or off, as its toolbar button does. */
	public void setLinkingWithEditor(boolean link) {
		linkAction.setChecked(link);
		linkAction.run();
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || viewer.getControl().isDisposed()) {
			return;
		}
		if (selection instanceof ITextSelection text && part instanceof IEditorPart editor) {
			if (linkAction.isChecked()) {
				IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
				if (file != null) {
					follow(file, text.getOffset());
				}
			}
			return;
		}
		if (selection instanceof IStructuredSelection) {
			List<IResource> resources = SelectedResources.of(selection);
			if (!resources.isEmpty() && !resources.equals(scope)) {
				setScope(resources);
			}
		}
	}

	private void followActiveEditor() {
		IEditorPart editor = getSite().getPage().getActiveEditor();
		ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (text != null && file != null && text.getSelectionProvider().getSelection() instanceof ITextSelection s) {
			follow(file, s.getOffset());
		}
	}

	/** Selects the claim at the editor's caret, showing the editor's article if it is not shown. */
	private void follow(IFile file, int offset) {
		if (ClaimsQuery.within(file, scope) && isLoaded()) {
			selectAt(file, offset);
		} else {
			followFile = file;
			followOffset = offset;
			if (!ClaimsQuery.within(file, scope)) {
				setScope(List.of(file));
			}
		}
	}

	private void selectAt(IFile file, int offset) {
		for (TableItem item : viewer.getTable().getItems()) {
			ClaimRow row = (ClaimRow) item.getData();
			if (row.article().equals(file) && row.record().anchor() != AnchorState.REMOVED
					&& row.record().span().start() <= offset && offset <= row.record().span().end()) {
				viewer.setSelection(new StructuredSelection(row), true);
				return;
			}
		}
	}

	/** Texts, colors and tooltips of one column. */
	private static final class ClaimLabels extends ColumnLabelProvider {
		private final ClaimColumn column;

		ClaimLabels(ClaimColumn column) {
			this.column = column;
		}

		@Override
		public String getText(Object element) {
			return column.text((ClaimRow) element);
		}

		@Override
		public Color getForeground(Object element) {
			if (column != ClaimColumn.STATUS) {
				return null;
			}
			Display display = Display.getCurrent();
			return switch (((ClaimRow) element).record().status()) {
			case NEW -> null;
			case ACCEPTED -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
			case REJECTED -> display.getSystemColor(SWT.COLOR_DARK_RED);
			case DISPUTED -> display.getSystemColor(SWT.COLOR_DARK_YELLOW);
			};
		}

		@Override
		public String getToolTipText(Object element) {
			return column == ClaimColumn.CLAIM ? ClaimColumn.tooltip((ClaimRow) element) : null;
		}
	}
}
