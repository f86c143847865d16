package io.claimtagger.core.contradiction;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.text.FormatException;

public class FindingDecisionsTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void decisionsRoundTripSortedAndABrokenFileSaysSo() throws Exception {
		Path file = tmp.getRoot().toPath().resolve(FindingDecisions.FILE);
		assertTrue(FindingDecisions.read(file).isEmpty());
		Instant t = Instant.parse("2026-12-03T10:00:00Z");
		Map<String, FindingDecisions.Entry> decisions = new TreeMap<>();
		decisions.put("p/b.txt#2|p/c.txt#3", new FindingDecisions.Entry("p/b.txt#2|p/c.txt#3", FindingDecisions.Decision.RESOLVED, t));
		decisions.put("p/a.txt#1|p/b.txt#2", new FindingDecisions.Entry("p/a.txt#1|p/b.txt#2", FindingDecisions.Decision.NOT_A_CONTRADICTION, t));
		FindingDecisions.write(file, decisions);
		String json = Files.readString(file);
		assertTrue(json, json.indexOf("p/a.txt#1") < json.indexOf("p/b.txt#2|p/c.txt#3"));
		assertTrue(json, json.contains("\"decision\": \"not-a-contradiction\""));
		assertEquals(decisions, FindingDecisions.read(file));

		Files.writeString(file, json.replace("\"resolved\"", "\"maybe\""));
		try {
			FindingDecisions.read(file);
			fail("an unknown decision was read");
		} catch (FormatException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("maybe") && e.getMessage().contains(file.toString()));
		}
	}
}
