package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.ui.corrections.TaggingQuickAssistProcessor;

/**
 * Claim Tagger works on articles only: a pom.xml or any other text file opened in the Generic
 * Editor gets no tagging, no hover, no quick assist, and the toggle command is not there for it.
 */
public class OnlyArticlesTest {

	static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
	static final String XML = String.join("\n",
			"<project>",
			"  <!-- Red Hat ships KVM in RHEL 6. Citrix bought XenSource in 2007. -->",
			"  <name>Citrix XenServer build</name>",
			"</project>",
			"");

	@After
	public void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void anXmlFileInTheGenericEditorGetsNothing() throws Exception {
		ITextEditor xml = Workbench.open(Workbench.file("pom.xml", XML), GENERIC_EDITOR);
		// An article opened the same way is tagged: by then the XML file's editor had every chance.
		ITextEditor article = Workbench.open(Workbench.file("notes.txt", ArticleEditorTest.ARTICLE), GENERIC_EDITOR);
		int citrix = ArticleEditorTest.ARTICLE.indexOf("Citrix");
		Workbench.waitUntil("vendor Citrix in the article",
				() -> Workbench.tagged(article).contains("io.claimtagger.ui.vendor:Citrix@" + citrix));

		assertNull("no tagging session for pom.xml", TaggingSessions.of(Workbench.document(xml)));
		assertEquals(List.of(), Workbench.tagged(xml));
		ISourceViewer viewer = Workbench.viewer(xml);
		int inComment = XML.indexOf("Citrix bought");
		IQuickAssistInvocationContext selection = new TextInvocationContext(viewer, inComment, "Citrix".length());
		assertFalse("no quick assist in pom.xml", new TaggingQuickAssistProcessor().canAssist(selection));
		assertNull("no hover in pom.xml", new TaggingTextHover().getHoverInfo(viewer,
				new org.eclipse.jface.text.Region(inComment + 1, 0)));

		IQuickAssistInvocationContext inArticle = new TextInvocationContext(Workbench.viewer(article), citrix, 0);
		assertTrue("quick assist on a vendor in the article", new TaggingQuickAssistProcessor().canAssist(inArticle));
	}

	@Test
	public void theToggleCommandIsThereForArticlesOnly() throws Exception {
		Command toggle = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("io.claimtagger.ui.toggleTagging");
		ITextEditor article = Workbench.open(Workbench.file("toggle.article", ArticleEditorTest.ARTICLE), ArticleEditor.ID);
		Workbench.waitUntil("the toggle handled in the article editor", toggle::isHandled);

		ITextEditor xml = Workbench.open(Workbench.file("pom.xml", XML), GENERIC_EDITOR);
		Workbench.page().activate(xml);
		Workbench.waitUntil("the toggle gone for pom.xml", () -> !toggle.isHandled());

		Workbench.page().activate(article);
		Workbench.waitUntil("the toggle back for the article", toggle::isHandled);
	}
}
