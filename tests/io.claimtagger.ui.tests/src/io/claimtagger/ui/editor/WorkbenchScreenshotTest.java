package io.claimtagger.ui.editor;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.Test;

import io.claimtagger.resources.jobs.JobFamilies;

/**
 * Opens a real article, waits until its highlights are drawn and saves a picture of the workbench
 * to target/screenshots (the README's picture comes from here). What must be drawn is checked:
 * a vendor in view has a solid box in the vendor color of the annotation preferences, in the
 * text widget's styles and in the pixels on screen. Uses the shared sample article when the
 * checkout sits next to it, otherwise one of the project's evaluation articles.
 */
public class WorkbenchScreenshotTest {

	/** A box is a one-pixel line round the name; anti-aliasing may shade it a little. */
	private static final int TOLERANCE = 24;

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
		Workbench.waitUntil("tagging jobs done", () -> Job.getJobManager().find(JobFamilies.TAGGING).length == 0);

		StyledText widget = Workbench.viewer(editor).getTextWidget();
		RGB vendorColor = annotationColor(EntityAnnotation.VENDOR);
		Rectangle[] vendor = new Rectangle[1];
		Workbench.waitUntil("a vendor in view drawn as a solid box in " + vendorColor, () -> {
			vendor[0] = boxedVendorInView(editor, widget, vendorColor);
			return vendor[0] != null;
		});
		Rectangle onShell = toShell(widget, vendor[0], shell);
		Path out = repo.resolve("tests/io.claimtagger.ui.tests/target/screenshots/editor.png");
		Files.createDirectories(out.getParent());
		try {
			Workbench.waitUntil("the vendor box on screen",
					() -> pixelsNear(capture(shell, onShell), new Rectangle(0, 0, onShell.width, onShell.height),
							vendorColor) >= onShell.width);
		} catch (AssertionError e) {
			// What the screen showed instead, for whoever reads the failure.
			save(capture(shell, new Rectangle(0, 0, shell.getBounds().width, shell.getBounds().height)),
					out.resolveSibling("editor-failed.png"));
			throw new AssertionError(e.getMessage() + " at " + onShell + "; see " + out.resolveSibling("editor-failed.png"), e);
		}
		ImageData picture = capture(shell, new Rectangle(0, 0, shell.getBounds().width, shell.getBounds().height));
		int matching = pixelsNear(picture, onShell, vendorColor);
		System.out.println("vendor box at " + onShell + ": " + matching + " pixels in " + vendorColor);
		// The box's top and bottom lines at least.
		assertTrue(matching + " pixels in the vendor color round the vendor at " + onShell, matching >= onShell.width);

		save(picture, out);
		assertTrue(Files.size(out) > 10_000);
	}

	/** The color the user set (or the default) for an annotation type on the Annotations preference page. */
	static RGB annotationColor(String type) {
		AnnotationPreference preference = EditorsUI.getAnnotationPreferenceLookup().getAnnotationPreference(type);
		assertNotNull("annotation preference for " + type, preference);
		return PreferenceConverter.getColor(EditorsUI.getPreferenceStore(), preference.getColorPreferenceKey());
	}

	/**
	 * The widget bounds of the first vendor fully in view whose text carries the solid border the
	 * annotation painter gives boxes, in {@code color}; null while there is none yet.
	 */
	private static Rectangle boxedVendorInView(ITextEditor editor, StyledText widget, RGB color) {
		IAnnotationModel model = Workbench.annotations(editor);
		Rectangle client = widget.getClientArea();
		Iterator<Annotation> it = model.getAnnotationIterator();
		while (it.hasNext()) {
			Annotation a = it.next();
			Position p = model.getPosition(a);
			if (!EntityAnnotation.VENDOR.equals(a.getType()) || p == null || p.getLength() == 0) {
				continue;
			}
			int start = widgetOffset(Workbench.viewer(editor), p.getOffset());
			if (start < 0 || start + p.getLength() > widget.getCharCount()) {
				continue;
			}
			Rectangle bounds = widget.getTextBounds(start, start + p.getLength() - 1);
			if (!client.contains(bounds.x, bounds.y) || !client.contains(bounds.x + bounds.width, bounds.y + bounds.height)) {
				continue;
			}
			StyleRange[] styles = widget.getStyleRanges(start, p.getLength());
			boolean boxed = styles.length > 0;
			for (StyleRange s : styles) {
				boxed &= s.borderStyle == SWT.BORDER_SOLID && s.borderColor != null && s.borderColor.getRGB().equals(color);
			}
			if (boxed) {
				return bounds;
			}
		}
		return null;
	}

	private static int widgetOffset(Object viewer, int modelOffset) {
		return viewer instanceof ITextViewerExtension5 e ? e.modelOffset2WidgetOffset(modelOffset)
				: ((TextViewer) viewer).modelOffset2WidgetOffset(modelOffset);
	}

	private static Rectangle toShell(StyledText widget, Rectangle bounds, Shell shell) {
		Point onDisplay = widget.toDisplay(bounds.x, bounds.y);
		Rectangle shellBounds = shell.getBounds();
		// Two pixels round the text: the box is drawn just outside the glyphs.
		return new Rectangle(onDisplay.x - shellBounds.x - 2, onDisplay.y - shellBounds.y - 2, bounds.width + 4,
				bounds.height + 4);
	}

	static int pixelsNear(ImageData image, Rectangle region, RGB color) {
		int count = 0;
		for (int y = Math.max(0, region.y); y < Math.min(image.height, region.y + region.height); y++) {
			for (int x = Math.max(0, region.x); x < Math.min(image.width, region.x + region.width); x++) {
				RGB rgb = image.palette.getRGB(image.getPixel(x, y));
				if (Math.abs(rgb.red - color.red) <= TOLERANCE && Math.abs(rgb.green - color.green) <= TOLERANCE
						&& Math.abs(rgb.blue - color.blue) <= TOLERANCE) {
					count++;
				}
			}
		}
		return count;
	}

	/** What the screen shows in {@code area}, in the shell's coordinates. */
	static ImageData capture(Shell shell, Rectangle area) {
		Display display = shell.getDisplay();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		gc.copyArea(image, shell.getBounds().x + area.x, shell.getBounds().y + area.y);
		gc.dispose();
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	static void save(ImageData data, Path out) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(out.toString(), SWT.IMAGE_PNG);
	}
}
