package io.claimtagger.ui.views;

import static io.claimtagger.ui.claims.ClaimsWorkbench.page;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.mentions.EntityGroup;
import io.claimtagger.core.mentions.EntityMention;
import io.claimtagger.ui.claims.ClaimsWorkbench;

/** The Vendors & Products view groups the mentions of a project by canonical name. */
public class VendorsProductsViewTest {

	private IProject project;
	private VendorsProductsView view;

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		if (view != null) {
			page().hideView(view);
		}
		ClaimsWorkbench.delete(project);
	}

	/** The text the view's tree shows in a group's row. */
	private String rowText(EntityGroup<IFile> group, int column) {
		view.viewer().reveal(group);
		for (org.eclipse.swt.widgets.TreeItem item : view.viewer().getTree().getItems()) {
			if (item.getData() == group) {
				return item.getText(column);
			}
		}
		throw new AssertionError("no row for " + group.canonical());
	}

	@Test
	public void groupsByCanonicalNameWithCountsAndJumpsToAMention() throws Exception {
		project = ClaimsWorkbench.project("vendors-view-test");
		IFile kvm = ClaimsWorkbench.file(project, "kvm.article", ClaimsWorkbench.KVM);
		ClaimsWorkbench.file(project, "more.article",
				"Red Hat Enterprise Linux 6 drops Xen.\n\nRHEL 5 kept it, says Red Hat.\n");
		view = (VendorsProductsView) page().showView(VendorsProductsView.ID);
		ClaimsWorkbench.selectInProjectExplorer(project);
		waitUntil("the entities of the project", () -> view.isLoaded() && !view.groups().isEmpty());

		EntityGroup<IFile> rhel = group("Red Hat Enterprise Linux");
		assertEquals(EntityType.PRODUCT, rhel.type());
		assertEquals(3, rhel.mentions().size());
		assertEquals(2, rhel.articleCount());
		EntityGroup<IFile> redHat = group("Red Hat");
		assertEquals(EntityType.VENDOR, redHat.type());
		assertEquals(2, redHat.mentions().size());
		// Most mentioned first.
		assertTrue(view.groups().get(0).mentions().size() >= view.groups().get(view.groups().size() - 1).mentions().size());
		assertTrue(view.getContentDescription(), view.getContentDescription().contains("in 2 articles of vendors-view-test"));
		// What the rows read: "2 articles" for RHEL, "1 article" for a name in one (not "1 articles").
		assertEquals("2 articles", rowText(rhel, 3));
		EntityGroup<IFile> once = view.groups().stream().filter(g -> g.articleCount() == 1).findFirst().orElseThrow();
		assertEquals("1 article", rowText(once, 3));

		EntityMention<IFile> mention = rhel.mentions().stream().filter(m -> m.article().equals(kvm)).findFirst().orElseThrow();
		view.viewer().setSelection(new StructuredSelection(mention), true);
		Tree tree = view.viewer().getTree();
		Event e = new Event();
		e.item = tree.getSelection()[0];
		tree.notifyListeners(SWT.DefaultSelection, e);
		waitUntil("the article open at the mention", () -> page().getActiveEditor() instanceof ITextEditor);
		ITextSelection selection = (ITextSelection) ((ITextEditor) page().getActiveEditor()).getSelectionProvider()
				.getSelection();
		assertEquals(ClaimsWorkbench.KVM.indexOf("RHEL 6"), selection.getOffset());
		assertEquals("RHEL 6".length(), selection.getLength());
		assertEquals(List.of(project), view.scope());
	}

	private EntityGroup<IFile> group(String canonical) {
		return view.groups().stream().filter(g -> g.canonical().equals(canonical)).findFirst()
				.orElseThrow(() -> new AssertionError(canonical + " not in " + view.groups()));
	}
}
