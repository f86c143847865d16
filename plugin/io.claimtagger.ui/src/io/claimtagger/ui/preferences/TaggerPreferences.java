package io.claimtagger.ui.preferences;

import org.eclipse.jface.preference.IPreferenceStore;

import io.claimtagger.resources.learning.RetrainJob;

import io.claimtagger.ui.ClaimTaggerPlugin;

/** Preference keys and typed access; defaults in {@link PreferenceInitializer}. */
public final class TaggerPreferences {

	public static final String ENABLED = "enabled";
	public static final String DELAY_MS = "delayMs";
	public static final String MIN_CONFIDENCE_PERCENT = "minConfidencePercent";
	public static final String SHOW_VENDORS = "showVendors";
	public static final String SHOW_PRODUCTS = "showProducts";
	public static final String SHOW_CLAIMS = "showClaims";
	/** Retrain from My Corrections after this many corrections (0: only when asked). */
	public static final String RETRAIN_AFTER = "retrainAfterCorrections";
	/** Run the learning report after each successful retraining. */
	public static final String REPORT_AFTER_RETRAIN = "reportAfterRetrain";

	/** A retraining as the preferences ask for it. */
	public static RetrainJob retrainJob() {
		return new RetrainJob().reportAfterwards(store().getBoolean(REPORT_AFTER_RETRAIN));
	}

	private TaggerPreferences() {
	}

	public static IPreferenceStore store() {
		return ClaimTaggerPlugin.getDefault().getPreferenceStore();
	}

	/** What to show, read once per reconcile so a run sees one consistent setting. */
	public record Filter(double minConfidence, boolean vendors, boolean products, boolean claims) {

		public static Filter current() {
			IPreferenceStore s = store();
			return new Filter(s.getInt(MIN_CONFIDENCE_PERCENT) / 100.0, s.getBoolean(SHOW_VENDORS),
					s.getBoolean(SHOW_PRODUCTS), s.getBoolean(SHOW_CLAIMS));
		}
	}
}
