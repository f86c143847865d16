package io.claimtagger.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.rules.ExternalResource;

/** A test rule collecting the ERROR entries the platform log receives while a test runs. */
public final class LoggedErrors extends ExternalResource {

	private final List<IStatus> errors = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		if (status.matches(IStatus.ERROR)) {
			errors.add(status);
		}
	};

	@Override
	protected void before() {
		Platform.addLogListener(listener);
	}

	@Override
	protected void after() {
		Platform.removeLogListener(listener);
	}

	/** What was logged as ERROR so far. */
	public List<IStatus> list() {
		return List.copyOf(errors);
	}
}
