package io.claimtagger.ui.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.resources.corrections.DictionaryFormat;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.ui.Messages;

/**
 * Preferences > Claim Tagger > User Dictionary: the names the user tagged or ignored, with
 * add / edit / remove / import / export. Changes apply on OK, in every open editor.
 */
public final class UserDictionaryPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/**
	 * One row: a tagged name (type vendor/product), an ignored one (type null), or a name that is
	 * no name in one article (type null, {@code article} its workspace path).
	 */
	private record Row(String text, EntityType type, String canonical, String article) {
		Row(String text, EntityType type, String canonical) {
			this(text, type, canonical, null);
		}
	}

	private final List<Row> rows = new ArrayList<>();
	private TableViewer viewer;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.Dictionary_description);
		UserCorrectionsStore store = UserCorrectionsStore.get();
		reload(store.entries(), store.ignored());
		store.suppressed().forEach((article, names) -> names.forEach(n -> rows.add(new Row(n, null, "", article))));
	}

	/** The dictionary rows from {@code entries} and {@code ignored}; per-article rows stay. */
	private void reload(List<UserCorrections.Entry> entries, Set<String> ignored) {
		rows.removeIf(r -> r.article() == null);
		entries.forEach(e -> rows.add(new Row(e.text(), e.type(), e.canonical())));
		ignored.forEach(i -> rows.add(new Row(i, null, "")));
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(Messages.Dictionary_name, 160, r -> r.text());
		column(Messages.Dictionary_type, 110, r -> r.article() != null ? Messages.Dictionary_notHere
				: r.type() == null ? Messages.Dictionary_ignored : r.type().id());
		column(Messages.Dictionary_canonical, 160, r -> r.canonical());
		column(Messages.Dictionary_scope, 200, r -> r.article() == null ? Messages.Dictionary_allArticles : r.article());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(rows);
		Composite buttons = new Composite(area, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button(buttons, Messages.Dictionary_add, () -> edit(null));
		button(buttons, Messages.Dictionary_edit, () -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			if (first instanceof Row r && r.article() == null) {
				edit(r);
			}
		});
		button(buttons, Messages.Dictionary_remove, () -> {
			IStructuredSelection sel = viewer.getStructuredSelection();
			rows.removeAll(sel.toList());
			viewer.refresh();
		});
		button(buttons, Messages.Dictionary_import, this::importFile);
		button(buttons, Messages.Dictionary_export, this::exportFile);
		return area;
	}

	private void column(String title, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		b.addListener(SWT.Selection, e -> action.run());
	}

	/** Entry format: "Name = vendor|product|ignore [= Canonical name]". */
	private void edit(Row existing) {
		String initial = existing == null ? ""
				: existing.text() + " = " + (existing.type() == null ? "ignore" : existing.type().id())
						+ (existing.canonical().isEmpty() ? "" : " = " + existing.canonical());
		IInputValidator validator = s -> parse(s) == null ? Messages.Dictionary_entryFormat : null;
		InputDialog dialog = new InputDialog(getShell(), Messages.Dictionary_entryTitle, Messages.Dictionary_entryFormat,
				initial, validator);
		if (dialog.open() == InputDialog.OK) {
			Row row = parse(dialog.getValue());
			rows.remove(existing);
			rows.removeIf(r -> r.article() == null && r.text().equalsIgnoreCase(row.text()));
			rows.add(row);
			viewer.refresh();
		}
	}

	private static Row parse(String s) {
		String[] parts = s.split("=");
		if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
			return null;
		}
		String name = parts[0].strip();
		String kind = parts[1].strip();
		String canonical = parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : name;
		return switch (kind) {
		case "vendor" -> new Row(name, EntityType.VENDOR, canonical);
		case "product" -> new Row(name, EntityType.PRODUCT, canonical);
		case "ignore" -> new Row(name, null, "");
		default -> null;
		};
	}

	private void importFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.json" });
		String path = dialog.open();
		if (path == null) {
			return;
		}
		try {
			List<UserCorrections.Entry> entries = new ArrayList<>();
			Set<String> ignored = new TreeSet<>();
			DictionaryFormat.read(Files.readString(Path.of(path), StandardCharsets.UTF_8), entries, ignored, null);
			reload(entries, ignored);
			viewer.refresh();
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getShell(), Messages.Dictionary_import, path + ": " + e.getMessage());
		}
	}

	private void exportFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.json" });
		dialog.setFileName("claimtagger-dictionary.json");
		String path = dialog.open();
		if (path == null) {
			return;
		}
		try {
			Files.writeString(Path.of(path), DictionaryFormat.write(entries(), ignored(), null), StandardCharsets.UTF_8);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), Messages.Dictionary_export, path + ": " + e.getMessage());
		}
	}

	/** The per-article rows as the store keeps them: article path to names (what OK saves). */
	public Map<String, Set<String>> suppressed() {
		Map<String, Set<String>> out = new TreeMap<>();
		rows.stream().filter(r -> r.article() != null)
				.forEach(r -> out.computeIfAbsent(r.article(), a -> new TreeSet<>()).add(r.text()));
		return out;
	}

	private List<UserCorrections.Entry> entries() {
		return rows.stream().filter(r -> r.type() != null).map(r -> new UserCorrections.Entry(r.text(), r.type(), r.canonical()))
				.toList();
	}

	private Set<String> ignored() {
		Set<String> out = new TreeSet<>();
		rows.stream().filter(r -> r.type() == null && r.article() == null).forEach(r -> out.add(r.text()));
		return out;
	}

	@Override
	public boolean performOk() {
		UserCorrectionsStore.get().replaceAll(entries(), ignored(), suppressed());
		return true;
	}

	@Override
	protected void performDefaults() {
		rows.clear();
		viewer.refresh();
		super.performDefaults();
	}

}
