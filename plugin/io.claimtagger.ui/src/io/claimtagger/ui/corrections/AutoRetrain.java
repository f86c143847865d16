package io.claimtagger.ui.corrections;

import java.util.concurrent.atomic.AtomicInteger;

import io.claimtagger.ui.preferences.TaggerPreferences;

/**
 * The preference "retrain automatically after N corrections": counts the corrections kept as
 * evidence in this session and schedules a retraining when the count reaches N (0: never). The
 * count is not persisted: after a restart it starts again from zero.
 */
final class AutoRetrain {

	private static final AtomicInteger SINCE_RETRAIN = new AtomicInteger();

	private AutoRetrain() {
	}

	/** One more correction was kept as evidence. */
	static void corrected() {
		int after = TaggerPreferences.store().getInt(TaggerPreferences.RETRAIN_AFTER);
		if (after > 0 && SINCE_RETRAIN.incrementAndGet() >= after) {
			SINCE_RETRAIN.set(0);
			TaggerPreferences.retrainJob().schedule();
		}
	}
}
