package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Syntax errors caused by a forbidden control character or by bytes that are not UTF-8 are placed
 * on that byte, whether the parser placed them on it (Jackson 3) or a byte or two after it (Jackson
 * 2).
 */
class SyntaxErrorPlaceTest {
  private static final long SEED = Long.getLong("parley.codec.seed", 20_261_201L);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aControlCharacterIsTheBadByteButTabLineFeedAndCarriageReturnAreNot() {
    byte[] text = utf8("{\"a\":\t1,\r\n \"b\":\u0000}");
    assertThat(InputEnd.firstBadByte(text, 0, text.length, text.length)).isEqualTo(text.length - 2);
    byte[] clean = utf8("{\"a\":\t1,\r\n \"b\": \"é😀\"}");
    assertThat(InputEnd.firstBadByte(clean, 0, clean.length, clean.length)).isEqualTo(-1);
  }

  @Test
  void eachIllFormedSequenceIsFoundAtItsFirstByte() {
    int[][] bad = {
      {0x80}, // a continuation byte alone
      {0xC0, 0xAF}, // overlong
      {0xC2}, // cut short
      {0xE0, 0x80, 0xAF}, // overlong
      {0xED, 0xA0, 0x80}, // a surrogate
      {0xF0, 0x80, 0x80, 0xAF}, // overlong
      {0xF4, 0x90, 0x80, 0x80}, // past U+10FFFF
      {0xF5, 0x80, 0x80, 0x80}, // no such first byte
      {0xE2, 0x82, 0x41}, // a continuation byte missing
    };
    for (int[] seq : bad) {
      byte[] text = new byte[seq.length + 3];
      text[0] = 'a';
      text[1] = (byte) 0xC3; // é, well formed
      text[2] = (byte) 0xA9;
      for (int i = 0; i < seq.length; i++) {
        text[3 + i] = (byte) seq[i];
      }
      assertThat(InputEnd.firstBadByte(text, 0, text.length, text.length))
          .as(Arrays.toString(seq))
          .isEqualTo(3);
    }
  }

  /** The scan agrees with the JDK's UTF-8 decoder on where the first ill-formed sequence starts. */
  @Test
  void agreesWithTheJdkDecoderOnRandomBytes() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int n = 0; n < 3_000; n++) {
      byte[] b = new byte[1 + random.nextInt(24)];
      for (int i = 0; i < b.length; i++) {
        int pick = random.nextInt(4);
        // mostly text and well-formed characters, some arbitrary high bytes
        b[i] = (byte) (pick == 0 ? 0x80 + random.nextInt(128) : 0x20 + random.nextInt(0x5F));
        if (pick == 1 && i + 2 < b.length) {
          byte[] c =
              new String(Character.toChars(0x80 + random.nextInt(0x10FF80 - 0x80)))
                  .getBytes(StandardCharsets.UTF_8);
          if (c.length > 0 && c[0] != '?' && i + c.length <= b.length) {
            System.arraycopy(c, 0, b, i, c.length);
            i += c.length - 1;
          }
        }
      }
      int[] jdk = InputEnd.invalidUtf8(b, 0, b.length);
      int expected = jdk == null ? -1 : jdk[1] - 1;
      assertThat(InputEnd.firstBadByte(b, 0, b.length, b.length))
          .as("seed %s, case %s: %s", SEED, n, Arrays.toString(b))
          .isEqualTo(expected);
    }
  }

  @Test
  void anErrorPlacedAfterTheBadByteMovesBackToItOnItsLine() {
    byte[] text = utf8("{\n  \"é\": 1,\u0001 \"b\": 2\n}");
    int bad = indexOf(text, (byte) 1);
    int lineStart = indexOf(text, (byte) '\n') + 1;
    InputEnd end = InputEnd.of(text, 0, text.length, true);
    long onIt = Positions.pack(2, bad - lineStart + 1);
    // Jackson 2 places it on the byte after; Jackson 3 on it
    assertThat(end.placeSyntaxError(Positions.pack(2, bad - lineStart + 2), bad + 1))
        .isEqualTo(onIt);
    assertThat(end.placeSyntaxError(onIt, bad)).isEqualTo(onIt);
  }

  @Test
  void anErrorWithNoBadByteBeforeItStaysWhereTheParserPlacedIt() {
    byte[] text = utf8("{\"a\": 1 \"b\": 2}");
    long at = Positions.pack(1, 9);
    assertThat(InputEnd.of(text, 0, text.length, true).placeSyntaxError(at, 8)).isEqualTo(at);
  }

  @Test
  void aDocumentInsideALargerArrayIsPlacedFromItsOwnStart() {
    byte[] doc = utf8("[1,\u0002]");
    byte[] array = new byte[doc.length + 10];
    Arrays.fill(array, (byte) 1); // control characters outside the document must not count
    System.arraycopy(doc, 0, array, 5, doc.length);
    InputEnd end = InputEnd.of(array, 5, doc.length, true);
    assertThat(end.placeSyntaxError(Positions.pack(1, 5), -1)).isEqualTo(Positions.pack(1, 4));
  }

  /**
   * A stream keeps its last bytes in a ring: an error deep in a long stream, read in the chunks a
   * parser asks for, is placed as it is in an array holding the whole text.
   */
  @Test
  void aStreamPlacesAnErrorAsAnArrayDoesAfterTheRingHasWrapped() throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int n = 0; n < 40; n++) {
      int lines = 200 + random.nextInt(800);
      StringBuilder s = new StringBuilder();
      for (int l = 0; l < lines; l++) {
        s.append("{\"name\": \"Одеса ").append(l).append("\"},\n");
      }
      byte[] text = utf8(s.toString());
      int bad = text.length - 1 - random.nextInt(Math.min(text.length - 1, 9_000));
      while (text[bad] == '\n' || text[bad] < 0) {
        bad--;
      }
      text[bad] = (byte) (random.nextBoolean() ? 0x00 : 0xFF);
      int lineStart = bad;
      while (lineStart > 0 && text[lineStart - 1] != '\n') {
        lineStart--;
      }
      int line = 1;
      for (int i = 0; i < lineStart; i++) {
        line += text[i] == '\n' ? 1 : 0;
      }
      int after = bad + 1 + random.nextInt(2);
      long reported = Positions.pack(line, after - lineStart + 1);
      long expected = Positions.pack(line, bad - lineStart + 1);

      CountingInput in = new CountingInput(new ByteArrayInputStream(text), true);
      readInChunks(in, 1 + random.nextInt(9_000), Math.min(text.length, after + 1 + 8_000));
      assertThat(in.placeSyntaxError(reported, after))
          .as("seed %s, case %s", SEED, n)
          .isEqualTo(expected);
      assertThat(InputEnd.of(text, 0, text.length, true).placeSyntaxError(reported, after))
          .isEqualTo(expected);
    }
  }

  private static void readInChunks(InputStream in, int chunk, int upTo) throws IOException {
    byte[] buffer = new byte[chunk + 3];
    int read = 0;
    while (read < upTo) {
      int n = in.read(buffer, 3, Math.min(chunk, upTo - read));
      if (n < 0) {
        break;
      }
      read += n;
    }
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
