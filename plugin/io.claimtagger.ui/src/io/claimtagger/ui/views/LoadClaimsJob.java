package io.claimtagger.ui.views;

import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;

import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.resources.claims.ClaimsQuery;
import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.ui.Messages;

/** Reads the claims of the Claims view's scope. A system job: it is quick and runs on every change. */
final class LoadClaimsJob extends ScopeLoadJob<List<ClaimRow>> {

	LoadClaimsJob() {
		super(Messages.LoadClaimsJob_name);
		setSystem(true);
	}

	@Override
	protected List<ClaimRow> read(List<IResource> scope, IProgressMonitor monitor) {
		return ClaimsQuery.rows(scope, monitor);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.CLAIMS;
	}
}
