package io.claimtagger.ui.corrections;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** One quick fix: a label and what it does to the user's corrections; never edits the text. */
final class CorrectionProposal implements ICompletionProposal {

	private final String label;
	private final Runnable action;

	CorrectionProposal(String label, Runnable action) {
		this.label = label;
		this.action = action;
	}

	@Override
	public void apply(IDocument document) {
		action.run();
	}

	@Override
	public String getDisplayString() {
		return label;
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
