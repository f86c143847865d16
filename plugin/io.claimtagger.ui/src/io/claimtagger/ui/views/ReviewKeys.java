package io.claimtagger.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;

/**
 * The single-key review (A, R, D, U, N, C, J, K, Enter) is a set of key bindings in the Claims
 * view's own context (plugin.xml), so General &gt; Keys lists them and users can rebind them. The
 * context is activated through the view site's context service, which applies it only while the
 * view is the active part, and only while the claims table has the focus: a letter typed into the
 * view's search field, or into any editor, must stay a letter.
 */
final class ReviewKeys {

	/** The context of the review key bindings; see plugin.xml. */
	static final String CONTEXT_ID = "io.claimtagger.ui.views.claims.review";

	private final IContextService contexts;
	private IContextActivation activation;

	private ReviewKeys(IContextService contexts) {
		this.contexts = contexts;
	}

	/** Activates the review context whenever {@code table} has the focus, through the part's {@code contexts}. */
	static void bindWhileFocused(Control table, IContextService contexts) {
		ReviewKeys keys = new ReviewKeys(contexts);
		table.addListener(SWT.FocusIn, e -> keys.activate());
		table.addListener(SWT.FocusOut, e -> keys.deactivate());
		table.addListener(SWT.Dispose, e -> keys.deactivate());
		// A right-click from another widget opens the menu before the focus moves; focusing first
		// lets the menu show the review keys next to the commands.
		table.addListener(SWT.MenuDetect, e -> table.setFocus());
		if (table.isFocusControl()) {
			keys.activate();
		}
	}

	private void activate() {
		if (activation == null) {
			activation = contexts.activateContext(CONTEXT_ID);
		}
	}

	private void deactivate() {
		if (activation != null) {
			contexts.deactivateContext(activation);
			activation = null;
		}
	}
}
