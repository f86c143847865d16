package io.claimtagger.ui;

import org.eclipse.ui.IStartup;

import io.claimtagger.resources.claims.ClaimsWorkspace;

/**
 * Starts following article renames and deletions when the workbench starts, not only once a
 * Claim Tagger view or editor is first used: a rename made before that would otherwise leave the
 * article's claims behind under its old name. (Users can turn it off under General > Startup and
 * Shutdown; claims then follow from the first use on.)
 */
public final class ClaimsStartup implements IStartup {

	@Override
	public void earlyStartup() {
		ClaimsWorkspace.get();
	}
}
