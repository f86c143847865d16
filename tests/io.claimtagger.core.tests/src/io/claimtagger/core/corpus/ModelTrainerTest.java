package io.claimtagger.core.corpus;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.pipeline.NlpModels;

/** Issue 14 row 11: training writes the whole model set or nothing. */
public class ModelTrainerTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final String CORPUS = String.join("\n",
			"=== one",
			"support+\t<v>Red Hat</v> ships <p>KVM</p> in <p>RHEL 6</p>.",
			"-\tThe weather was fine in Boston.",
			"-\tWe met the <v>Red Hat</v> team at a party.",
			"acquisition+\t<v>Citrix</v> bought <v>XenSource</v> in 2007.",
			"",
			"=== two",
			"release+\t<v>VMware</v> released <p>vSphere 5</p> today.",
			"-\tShe spoke to reporters after lunch.",
			"-\tOur reporter visited <v>VMware</v> last spring.",
			"support-\t<p>Hyper-V</p> does not support <p>Xen</p> guests.",
			"");

	@Test
	public void aTrainingThatFailsHalfWayLeavesTheOldModelsUntouched() throws Exception {
		Path corpus = tmp.newFolder("train").toPath();
		Files.writeString(corpus.resolve("a.ann"), CORPUS, StandardCharsets.UTF_8);
		Path models = tmp.newFolder("models").toPath();
		PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

		new ModelTrainer(NlpModels.bundled(), log).train(corpus, models);
		Map<String, byte[]> first = contents(models);
		assertEquals(List.of("claim-detect.bin", "claim-kind.bin", "common-words.txt", "mention-type.bin",
				"models.properties", "ner-vendor-product.bin"), List.copyOf(first.keySet()));

		Files.writeString(corpus.resolve("b.ann"), CORPUS.replace("=== ", "=== more-"), StandardCharsets.UTF_8);
		try {
			new ModelTrainer(NlpModels.bundled(), log, name -> {
				if (name.equals(NlpModels.CLAIM_MODEL)) {
					throw new IllegalStateException("disk gone while training the claim model");
				}
			}).train(corpus, models);
			fail("the training should have failed");
		} catch (IllegalStateException expected) {
			// the failure this test injects
		}
		Map<String, byte[]> after = contents(models);
		assertEquals(first.keySet(), after.keySet());
		for (String name : first.keySet()) {
			assertArrayEquals(name + " changed by a failed training", first.get(name), after.get(name));
		}

		new ModelTrainer(NlpModels.bundled(), log).train(corpus, models);
		Map<String, byte[]> retrained = contents(models);
		assertEquals(first.keySet(), retrained.keySet()); // no staging folder left behind
		assertTrue(!new String(retrained.get("models.properties"), StandardCharsets.UTF_8)
				.equals(new String(first.get("models.properties"), StandardCharsets.UTF_8)));
	}

	private static Map<String, byte[]> contents(Path dir) throws Exception {
		Map<String, byte[]> out = new TreeMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path p : files.toList()) {
				out.put(p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
			}
		}
		return out;
	}
}
