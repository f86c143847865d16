package io.claimtagger.core.text;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LineIndexTest {

	@Test
	public void countsLinesFromOneAcrossEveryLineEnd() {
		LineIndex lines = LineIndex.of("one\ntwo\r\nthree\rfour");
		assertEquals(4, lines.lineCount());
		assertEquals(1, lines.lineOf(0));
		assertEquals(1, lines.lineOf(3)); // the \n belongs to its line
		assertEquals(2, lines.lineOf(4));
		assertEquals(2, lines.lineOf(8)); // the \n of \r\n
		assertEquals(3, lines.lineOf(9));
		assertEquals(4, lines.lineOf(15));
		assertEquals(4, lines.lineOf(1000)); // past the end: the last line
	}

	@Test
	public void emptyTextHasOneLine() {
		assertEquals(1, LineIndex.of("").lineCount());
		assertEquals(1, LineIndex.of("").lineOf(0));
		assertEquals(2, LineIndex.of("a\n").lineOf(2));
	}
}
