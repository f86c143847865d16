package io.claimtagger.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.ui.Messages;

/** A claim sentence; its text is the hover. */
public final class ClaimAnnotation extends Annotation {

	public static final String TYPE = "io.claimtagger.ui.claim";

	private final Claim claim;

	public ClaimAnnotation(Claim claim) {
		super(TYPE, false, hoverText(claim));
		this.claim = claim;
	}

	public Claim claim() {
		return claim;
	}

	static String hoverText(Claim c) {
		String about = String.join(", ", c.about().stream().map(Entity::text).distinct().toList());
		return NLS.bind(Messages.Hover_claim, NLS.bind(Messages.Hover_claimKindPolarity, c.kind().id(), c.polarity().id()))
				+ '\n' + NLS.bind(Messages.Hover_about, about) + '\n'
				+ NLS.bind(Messages.Hover_confidence, String.format("%.0f%%", c.confidence() * 100)) + '\n'
				+ NLS.bind(Messages.Hover_status, Messages.Hover_status_new);
	}
}
