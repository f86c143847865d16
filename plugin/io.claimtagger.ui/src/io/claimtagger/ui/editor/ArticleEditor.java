package io.claimtagger.ui.editor;

import org.eclipse.ui.editors.text.TextEditor;

/**
 * The article editor: the platform text editor with vendors, products and claims highlighted as
 * the user types. Default for {@code .article}; available through Open With for .txt and .md.
 */
public final class ArticleEditor extends TextEditor {

	public static final String ID = "io.claimtagger.ui.articleEditor";

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		super.createPartControl(parent);
		// Articles are prose: one paragraph per line is common, so wrap by default.
		setWordWrap(true);
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new ArticleSourceViewerConfiguration(getPreferenceStore()));
	}
}
