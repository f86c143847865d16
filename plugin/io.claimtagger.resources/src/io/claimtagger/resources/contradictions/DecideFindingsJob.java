package io.claimtagger.resources.contradictions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.contradiction.FindingDecisions;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;

/**
 * Records the analyst's decision on findings (resolved, not a contradiction, or open again) in the
 * project of each finding's first article ({@code .claimtagger/contradictions.json}), then updates
 * the last result so the view shows it.
 */
public final class DecideFindingsJob extends Job {

	private final List<FindingRow> rows;
	private final FindingDecisions.Decision decision;

	/** @param decision null reopens */
	public DecideFindingsJob(List<FindingRow> rows, FindingDecisions.Decision decision) {
		super(Messages.DecideFindingsJob_name);
		this.rows = List.copyOf(rows);
		this.decision = decision;
		setRule(MultiRule.combine(rows.stream().map(r -> (IResource) r.first().getProject()).distinct().toArray(IResource[]::new)));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Instant now = Instant.now();
		for (IProject project : rows.stream().map(r -> r.first().getProject()).distinct().toList()) {
			Path file = project.getLocation().toFile().toPath().resolve(FindingDecisions.FILE);
			try {
				Map<String, FindingDecisions.Entry> decisions = FindingDecisions.read(file);
				for (FindingRow r : rows) {
					if (r.first().getProject().equals(project)) {
						String pair = r.finding().id();
						if (decision == null) {
							decisions.remove(pair);
						} else {
							decisions.put(pair, new FindingDecisions.Entry(pair, decision, now));
						}
					}
				}
				FindingDecisions.write(file, decisions);
				project.getFolder(".claimtagger").refreshLocal(IResource.DEPTH_ONE, null);
			} catch (IOException | CoreException | RuntimeException e) {
				return new Status(IStatus.ERROR, ClaimTaggerResources.ID, NLS.bind(Messages.DecideFindingsJob_failed, project.getName()), e);
			}
		}
		FindContradictionsJob.Result last = FindContradictionsJob.RESULTS.get();
		if (last != null) {
			List<FindingRow> updated = new ArrayList<>();
			for (FindingRow r : last.rows()) {
				boolean mine = rows.stream().anyMatch(d -> d.finding().id().equals(r.finding().id()));
				updated.add(mine ? new FindingRow(r.finding(), r.first(), r.second(), decision) : r);
			}
			FindContradictionsJob.RESULTS.publish(new FindContradictionsJob.Result(updated, last.claims(), last.articles(), last.seconds()));
		}
		return Status.OK_STATUS;
	}
}
