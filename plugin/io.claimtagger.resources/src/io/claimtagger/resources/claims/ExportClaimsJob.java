package io.claimtagger.resources.claims;

import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.core.resources.IResource;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.resources.Messages;

/** An {@link ExportClaimsOperation} as a user job. */
public final class ExportClaimsJob extends OperationJob {

	public ExportClaimsJob(Collection<? extends IResource> scope, Path target) {
		super(NLS.bind(Messages.ExportClaimsJob_name, target.getFileName()), new ExportClaimsOperation(scope, target));
		setUser(true);
	}
}
