package io.claimtagger.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A function of strings worked out once per string, for keys that are few but asked about very
 * often (a subject key in every pair of claims). Thread-safe; emptied when it grows past its bound,
 * so a long-running workbench never keeps every key it has seen.
 */
public final class StringMemo implements UnaryOperator<String> {

	private final UnaryOperator<String> function;
	private final int bound;
	private final Map<String, String> values = new ConcurrentHashMap<>();

	public StringMemo(UnaryOperator<String> function, int bound) {
		this.function = function;
		this.bound = bound;
	}

	@Override
	public String apply(String key) {
		String value = values.get(key);
		if (value == null) {
			value = function.apply(key);
			if (values.size() >= bound) {
				values.clear(); // the keys in use come back as they are asked for
			}
			values.put(key, value);
		}
		return value;
	}
}
