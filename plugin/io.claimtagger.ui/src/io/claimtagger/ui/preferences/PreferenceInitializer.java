package io.claimtagger.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** Defaults: tagging on, half a second after typing stops, everything shown. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore s = TaggerPreferences.store();
		s.setDefault(TaggerPreferences.ENABLED, true);
		s.setDefault(TaggerPreferences.DELAY_MS, 500);
		// 0: the editor shows what the engine reports, as Tag Claims stores it and the evaluation scores it;
		// a user who wants fewer doubtful highlights raises it (the hover gives each confidence).
		s.setDefault(TaggerPreferences.MIN_CONFIDENCE_PERCENT, 0);
		s.setDefault(TaggerPreferences.SHOW_VENDORS, true);
		s.setDefault(TaggerPreferences.SHOW_PRODUCTS, true);
		s.setDefault(TaggerPreferences.SHOW_CLAIMS, true);
		s.setDefault(TaggerPreferences.RETRAIN_AFTER, 0);
		s.setDefault(TaggerPreferences.REPORT_AFTER_RETRAIN, true);
	}
}
