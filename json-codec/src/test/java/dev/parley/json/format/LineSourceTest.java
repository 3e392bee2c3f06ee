package dev.parley.json.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The NDJSON reader's line source: bytes to line slices, line ends, over-long lines. */
class LineSourceTest {
  private static final int MAX = 1 << 20;

  @Test
  void cutsAtLineFeedAndDropsTheCarriageReturnBeforeIt() throws IOException {
    assertThat(lines(LineSource.of(bytes("ab\r\ncd\n\re\r"), MAX)))
        .containsExactly("1:ab", "2:cd", "3:\re");
  }

  @Test
  void readsALastLineWithoutLineEnd() throws IOException {
    assertThat(lines(LineSource.of(bytes("ab\ncd"), MAX))).containsExactly("1:ab", "2:cd");
    assertThat(lines(LineSource.of(stream("ab\ncd", 3), MAX))).containsExactly("1:ab", "2:cd");
  }

  @Test
  void givesEmptyLinesAndNoLineAfterAFinalLineEnd() throws IOException {
    LineSource s = LineSource.of(bytes("\n \t\r\n{}\n"), MAX);
    assertThat(s.next()).isTrue();
    assertThat(s.length()).isZero();
    assertThat(s.isBlank()).isTrue();
    assertThat(s.next()).isTrue();
    assertThat(text(s)).isEqualTo(" \t");
    assertThat(s.isBlank()).isTrue();
    assertThat(s.next()).isTrue();
    assertThat(s.isBlank()).isFalse();
    assertThat(s.next()).isFalse();
    assertThat(s.lineNumber()).isEqualTo(3);
    assertThat(lines(LineSource.of(new byte[0], MAX))).isEmpty();
  }

  @Test
  void keepsAByteOrderMarkAsPartOfTheFirstLine() throws IOException {
    // A BOM is not JSON whitespace: the header line that carries one is read as it stands.
    LineSource s = LineSource.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, MAX);
    assertThat(s.next()).isTrue();
    assertThat(s.length()).isEqualTo(5);
    assertThat(s.bytes()[s.offset()]).isEqualTo((byte) 0xEF);
  }

  @Test
  void marksALineOverTheLimitAndGoesOnAfterIt() throws IOException {
    for (boolean whole : new boolean[] {true, false}) {
      String input = "abcd\r\nabcde\nabc\r\nabcdefghij\r\nxy";
      LineSource s = whole ? LineSource.of(bytes(input), 4) : LineSource.of(stream(input, 2), 4);
      List<String> got = new ArrayList<>();
      while (s.next()) {
        got.add(s.overflow() ? "over" : text(s));
      }
      assertThat(got).as("whole: %s", whole).containsExactly("abcd", "over", "abc", "over", "xy");
    }
  }

  @Test
  void copiesALineSplitAcrossBufferRefills() throws IOException {
    LineSource s = new LineSource(stream("{\"a\":1}\n{\"b\":22}\n", 5), new byte[6], 0, MAX);
    assertThat(s.next()).isTrue();
    assertThat(s.inBuffer()).isFalse();
    assertThat(text(s)).isEqualTo("{\"a\":1}");
    int refills = s.refills();
    assertThat(refills).isPositive();
    assertThat(s.next()).isTrue();
    assertThat(text(s)).isEqualTo("{\"b\":22}");
    assertThat(s.refills()).isGreaterThan(refills);
  }

  @Test
  void givesSlicesOfTheBufferForWholeLines() throws IOException {
    byte[] in = bytes("x\nyy\nz");
    LineSource s = LineSource.of(in, MAX);
    assertThat(s.next()).isTrue();
    assertThat(s.bytes()).isSameAs(in);
    assertThat(s.inBuffer()).isTrue();
    assertThat(s.wholeLinesEnd()).isEqualTo(5);
    assertThat(s.next()).isTrue();
    assertThat(s.offset()).isEqualTo(2);
    assertThat(s.position()).isEqualTo(5);
    assertThat(s.next()).isTrue();
    assertThat(s.inBuffer()).as("the last line has no line end: it is copied").isFalse();
  }

  @Test
  void endsALineAfterAValueOnlyAtItsLineEndAndWithinTheLimit() throws IOException {
    LineSource s = LineSource.of(bytes("h\n{} \t\r\n{}x\n{}"), 4);
    assertThat(s.next()).isTrue();
    assertThat(s.endLineAfter(4)).isTrue();
    assertThat(s.lineNumber()).isEqualTo(2);
    assertThat(text(s)).isEqualTo("{} \t");
    assertThat(s.position()).isEqualTo(8);
    assertThat(s.endLineAfter(10)).as("content after the value").isFalse();
    assertThat(s.position()).isEqualTo(8);
    assertThat(s.lineNumber()).isEqualTo(2);
    assertThat(s.next()).isTrue();
    assertThat(text(s)).isEqualTo("{}x");
    assertThat(s.endLineAfter(14)).as("no line end in the buffer").isFalse();
    LineSource longLine = LineSource.of(bytes("{}    \n"), 4);
    assertThat(longLine.endLineAfter(2)).as("over the limit").isFalse();
  }

  @Test
  void cutsAsASplitAtLineFeedsDoesWhateverTheBufferAndChunkSizes() throws IOException {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 500; n++) {
      StringBuilder b = new StringBuilder();
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        int len = random.nextInt(12);
        for (int k = 0; k < len; k++) {
          b.append("ab \r{}\t".charAt(random.nextInt(7)));
        }
        if (i < count - 1 || random.nextBoolean()) {
          b.append(random.nextBoolean() ? "\n" : "\r\n");
        }
      }
      String input = b.toString();
      int max = 1 + random.nextInt(10);
      int bufferSize = 1 + random.nextInt(16);
      int chunk = 1 + random.nextInt(bufferSize);
      List<String> expected = new ArrayList<>();
      List<String> parts = new ArrayList<>(Arrays.asList(input.split("\n", -1)));
      if (parts.get(parts.size() - 1).isEmpty()) {
        parts.remove(parts.size() - 1);
      }
      for (int i = 0; i < parts.size(); i++) {
        String line = parts.get(i);
        line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        expected.add((i + 1) + ":" + (line.length() > max ? "over" : line));
      }
      String what = "seed " + seed + ", input " + Arrays.toString(bytes(input)) + ", max " + max;
      assertThat(lines(new LineSource(stream(input, chunk), new byte[bufferSize], 0, max)))
          .as("stream, buffer %s, chunk %s; %s", bufferSize, chunk, what)
          .isEqualTo(expected);
      assertThat(lines(LineSource.of(bytes(input), max))).as("whole; %s", what).isEqualTo(expected);
    }
  }

  private static List<String> lines(LineSource s) throws IOException {
    List<String> out = new ArrayList<>();
    while (s.next()) {
      out.add(s.lineNumber() + ":" + (s.overflow() ? "over" : text(s)));
    }
    return out;
  }

  private static String text(LineSource s) {
    return new String(s.bytes(), s.offset(), s.length(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A stream that hands over at most {@code chunk} bytes per read. */
  private static InputStream stream(String s, int chunk) {
    return new ByteArrayInputStream(bytes(s)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
