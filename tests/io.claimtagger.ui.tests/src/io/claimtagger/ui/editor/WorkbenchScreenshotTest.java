package io.claimtagger.ui.editor;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.Test;

/**
 * Opens a real article, waits for its highlights and saves a picture of the workbench to
 * target/screenshots (the README's picture comes from here). Uses the shared sample article when
 * the checkout sits next to it, otherwise one of the project's evaluation articles.
 */
public class WorkbenchScreenshotTest {

	@Test
	public void highlightedArticle() throws Exception {
		Path repo = Path.of(System.getProperty("claimtagger.repo", "."));
		Path sample = repo.resolve("../shared/samples/virtualization-practice-archive.txt");
		String text = Files.exists(sample) ? Files.readString(sample, StandardCharsets.UTF_8)
				: Files.readString(repo.resolve("corpus/eval/06-rhel6-beta-kvm-only.ann"), StandardCharsets.UTF_8)
						.replaceAll("(?m)^[^\\t\\n]*\\t", "").replaceAll("</?[vp]>", "");
		IFile file = Workbench.file("sample.article", text);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 800);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		editor.selectAndReveal(Math.max(0, text.indexOf("Cloud.com")), 0);
		Workbench.waitUntil("highlights", () -> Workbench.tagged(editor).size() > 20);
		// Let the painters catch up with the last annotation change.
		long until = System.currentTimeMillis() + 1000;
		Workbench.waitUntil("painting", () -> System.currentTimeMillis() > until);
		Path out = repo.resolve("tests/io.claimtagger.ui.tests/target/screenshots/editor.png");
		Files.createDirectories(out.getParent());
		save(shell, out);
		assertTrue(Files.size(out) > 10_000);
	}

	static void save(Shell shell, Path out) {
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(out.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
