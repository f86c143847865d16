package io.claimtagger.resources.claims;

import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.core.resources.IResource;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.resources.Messages;

/** An {@link ExportEntitiesOperation} as a user job. */
public final class ExportEntitiesJob extends OperationJob {

	public ExportEntitiesJob(Collection<? extends IResource> scope, Path folder, ExportEntitiesOperation.Format format) {
		super(NLS.bind(Messages.ExportEntitiesJob_name, folder), new ExportEntitiesOperation(scope, folder, format));
		setUser(true);
	}
}
