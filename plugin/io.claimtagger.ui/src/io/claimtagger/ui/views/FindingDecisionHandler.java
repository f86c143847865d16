package io.claimtagger.ui.views;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.claimtagger.core.contradiction.FindingDecisions;
import io.claimtagger.resources.contradictions.DecideFindingsJob;
import io.claimtagger.resources.contradictions.FindingRow;

/** The Contradictions view's decisions on the selected findings: resolved, not a contradiction, open again. */
public final class FindingDecisionHandler extends AbstractHandler {

	public static final String RESOLVED = "io.claimtagger.ui.contradictions.resolved";
	public static final String NOT_A_CONTRADICTION = "io.claimtagger.ui.contradictions.notContradiction";
	public static final String REOPEN = "io.claimtagger.ui.contradictions.reopen";
	public static final String OPEN = "io.claimtagger.ui.contradictions.open";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActivePart(event) instanceof ContradictionsView view)) {
			return null;
		}
		String id = event.getCommand().getId();
		if (id.equals(OPEN)) {
			view.openSelected();
			return null;
		}
		List<FindingRow> rows = view.selectedRows().stream().filter(r -> r.first() != null).toList();
		if (!rows.isEmpty()) {
			FindingDecisions.Decision decision = switch (id) {
			case RESOLVED -> FindingDecisions.Decision.RESOLVED;
			case NOT_A_CONTRADICTION -> FindingDecisions.Decision.NOT_A_CONTRADICTION;
			default -> null;
			};
			new DecideFindingsJob(rows, decision).schedule();
		}
		return null;
	}
}
