package io.claimtagger.core.corpus;

import java.util.List;
import java.util.Random;

import io.claimtagger.core.entity.EntityType;

/**
 * Invents vendor and product names of the shapes real articles use (coinages, CamelCase,
 * lower-case and hyphenated tools, letter-digit models, ordinary words, domains, vendor + product
 * lines, versions), so that a model trained on sentences carrying them must learn a name from its
 * context and shape rather than remember it. Deterministic for a given {@link Random}.
 */
final class NovelNames {

	private static final String[] ONSETS = { "b", "br", "c", "ch", "cr", "d", "dr", "f", "fl", "g", "gr", "h", "j",
			"k", "kl", "l", "m", "n", "p", "pr", "qu", "r", "s", "sk", "st", "t", "tr", "v", "w", "z", "x", "y" };
	private static final String[] VOWELS = { "a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y" };
	private static final String[] CODAS = { "", "", "n", "r", "l", "x", "k", "s", "m", "nt", "rd", "sk", "v", "th" };
	private static final String[] ENDINGS = { "ix", "era", "ana", "ora", "ium", "io", "ly", "ent", "ar", "on", "os",
			"al", "ity", "o", "a", "ex", "is" };
	/** Morphemes that tech names are built from ("DeltaStream", "FlashArray"). */
	private static final String[] PARTS = { "Stream", "Grid", "Base", "Hub", "Vault", "Mesh", "Lake", "Core", "Sync",
			"Forge", "Pulse", "Node", "Loop", "Shift", "Stack", "Wave", "Flow", "Scale", "Array", "Cast", "Ops", "Gate",
			"Lens", "Bolt", "Point", "Sight", "Works", "Beam", "Port", "Line", "Link", "Cell", "Tide", "Spark", "Deck",
			"Pilot", "Shield", "Guard", "Trace", "Store", "Mind", "Fleet", "Vane", "Quill", "Crest", "Ridge" };
	/** Ordinary English words that are names in context ("a database called Cockroach"). */
	private static final String[] WORDS = { "Lantern", "Compass", "Anchor", "Beacon", "Meadow", "Cobalt", "Harbor",
			"Falcon", "Granite", "Willow", "Ember", "Summit", "Tundra", "Orbit", "Prism", "Quarry", "Saddle", "Thistle",
			"Marble", "Pebble", "Kestrel", "Badger", "Otter", "Heron", "Basalt", "Cinder", "Juno", "Vesper", "Arbor",
			"Fathom", "Tabular", "Ledger", "Pure", "Plain", "Bright", "Steady", "Hollow", "Canopy", "Drift", "Lattice" };
	private static final String[] VENDOR_SUFFIXES = { "Labs", "Systems", "Networks", "Software", "Data", "AI",
			"Technologies", "Security", "Cloud", "Computing", "Ventures", "Capital", "Foundation", "Group", "Inc.",
			"Corp.", "Partners", "Robotics", "Semiconductor", "Storage" };
	private static final String[] PRODUCT_WORDS = { "Cloud", "Server", "Edge", "Studio", "Enterprise", "Platform",
			"Engine", "Gateway", "Functions", "Runtime", "Operator", "Registry", "Console", "Agent", "Catalog",
			"Warehouse", "Pipelines", "Insights", "Connect", "Manager", "Pro", "Max", "Ultra", "Flash", "Vision" };
	private static final String[] TOOL_SUFFIXES = { "ctl", "d", "let", "-proxy", "-router", "-operator", "-agent",
			"-cli", "-diff", "-sync", "-exporter", "-manager", "-db", "-csi", "-runner", "fs" };
	private static final String[] TLDS = { ".io", ".dev", ".ai", ".sh", ".cloud", ".com" };
	private static final String[] STAGES = { "Beta", "GA", "LTS", "Preview", "RC1" };

	private final Random random;

	NovelNames(Random random) {
		this.random = random;
	}

	/** A new name of {@code type}, shaped at random. */
	String next(EntityType type) {
		return type == EntityType.VENDOR ? vendor() : product();
	}

	private String vendor() {
		return switch (random.nextInt(10)) {
			case 0, 1 -> capital(word());
			case 2 -> camel();
			case 3, 4 -> capital(word()) + " " + pick(VENDOR_SUFFIXES);
			case 5 -> pick(WORDS);
			case 6 -> pick(WORDS) + " " + pick(VENDOR_SUFFIXES);
			case 7 -> acronym();
			case 8 -> capital(word()) + " " + capital(word());
			default -> capital(word()) + (random.nextBoolean() ? ".ai" : ".io");
		};
	}

	private String product() {
		String name = switch (random.nextInt(16)) {
			case 0, 1 -> capital(word());
			case 2, 3 -> camel();
			case 4 -> word();
			case 5 -> word() + pick(TOOL_SUFFIXES);
			case 6 -> (random.nextBoolean() ? "kube-" : word() + "-") + word();
			case 7 -> letterDigit();
			case 8 -> capital(word()) + " " + pick(PRODUCT_WORDS);
			case 9 -> capital(word()) + " " + camel();
			case 10 -> pick(WORDS);
			case 11 -> instanceType();
			case 12 -> word() + pick(TLDS);
			case 13 -> (random.nextBoolean() ? "Apache " : "Project ") + capital(word());
			case 14 -> camel() + "//" + (char) ('A' + random.nextInt(26));
			default -> capital(word()) + " " + pick(PRODUCT_WORDS) + " " + pick(PRODUCT_WORDS);
		};
		return switch (random.nextInt(8)) {
			case 0 -> name + " " + (1 + random.nextInt(12)) + "." + random.nextInt(10);
			case 1 -> name + " " + (2 + random.nextInt(9));
			case 2 -> name + " " + (1 + random.nextInt(5)) + " " + pick(STAGES);
			default -> name;
		};
	}

	private String word() {
		StringBuilder w = new StringBuilder();
		int syllables = 1 + random.nextInt(2);
		for (int i = 0; i < syllables; i++) {
			w.append(pick(ONSETS)).append(pick(VOWELS)).append(i + 1 < syllables ? "" : pick(CODAS));
		}
		if (random.nextInt(3) == 0) {
			w.append(pick(ENDINGS));
		}
		return w.toString();
	}

	private String camel() {
		return random.nextBoolean() ? capital(word()) + pick(PARTS) : pick(PARTS) + pick(PARTS);
	}

	private String acronym() {
		StringBuilder a = new StringBuilder();
		int length = 2 + random.nextInt(3);
		for (int i = 0; i < length; i++) {
			a.append((char) ('A' + random.nextInt(26)));
		}
		return a.toString();
	}

	private String letterDigit() {
		String letters = acronym().substring(0, 1 + random.nextInt(2));
		String model = letters + (1 + random.nextInt(99)) + (random.nextInt(3) == 0 ? pick(List.of("L", "X", "e", "i")) : "");
		return random.nextInt(3) == 0 ? model + " " + pick(PRODUCT_WORDS) : model;
	}

	private String instanceType() {
		String family = String.valueOf((char) ('a' + random.nextInt(26))) + (1 + random.nextInt(9))
				+ pick(List.of("", "g", "i", "n", "gd"));
		return family + "." + pick(List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "metal"));
	}

	private static String capital(String w) {
		return Character.toUpperCase(w.charAt(0)) + w.substring(1);
	}

	private String pick(String[] options) {
		return options[random.nextInt(options.length)];
	}

	private String pick(List<String> options) {
		return options.get(random.nextInt(options.size()));
	}
}
