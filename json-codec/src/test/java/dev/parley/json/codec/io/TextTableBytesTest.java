package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.format.JsonLimits;
import dev.parley.testing.Laws;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The table's lookup on a string's UTF-8 bytes, before the parser decodes them: it decides only for
 * a plain string, which the parser would decode byte for byte, and then gives what the lookup on
 * the decoded characters gives; for anything else it leaves the decision to the characters.
 */
class TextTableBytesTest {
  /** Bytes a string's end may be followed by in a buffer: more JSON, another line, stale bytes. */
  private static final byte[] FILLERS = {'"', ',', '}', '\n', '\\', 'x', 0, (byte) 0xFF, ' '};

  /** Ids, codes, dates and tokens, with the characters JSON escapes and some beyond ASCII. */
  private static Gen<String> texts() {
    String alphabet = "ab:-_ 09/\"\\\u0000\u0001\u001f\u007f\u00e9\u0100";
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, 2 * alphabet.length() - 1))
        .ofSizeBetween(0, 30)
        .map(
            picks -> {
              StringBuilder b = new StringBuilder();
              // Half the picks are plain letters, so that many texts are plain strings.
              picks.forEach(
                  i -> b.append(i < alphabet.length() ? alphabet.charAt(i) : (char) ('c' + i % 8)));
              return b.toString();
            });
  }

  @Test
  void decidesExactlyThePlainStringsAndAgreesWithTheCharacters() {
    Laws.qt()
        .forAll(
            SourceDSL.lists().of(texts()).ofSizeBetween(0, 20),
            SourceDSL.lists().of(texts()).ofSizeBetween(0, 20),
            SourceDSL.lists().of(SourceDSL.integers().between(0, 1 << 20)).ofSize(3))
        .checkAssert(
            (stored, others, seeds) -> {
              TextTable<Integer> table = new TextTable<>(64);
              Map<String, Integer> expected = new HashMap<>();
              for (int i = 0; i < stored.size(); i++) {
                table.put(stored.get(i), i);
                if (stored.get(i).length() <= TextTable.PACKED
                    && stored.get(i).chars().allMatch(c -> c <= 0xFF)) {
                  expected.putIfAbsent(stored.get(i), i);
                }
              }
              List<String> probes = new ArrayList<>(stored);
              probes.addAll(others);
              for (String s : probes) {
                for (int escapes = 0; escapes < 2; escapes++) {
                  int seed = seeds.get(0) + 31 * escapes + s.length();
                  byte[] quoted = quoted(s, escapes == 1 ? seeds.get(1) : -1);
                  byte[] buffer = inBuffer(quoted, 3, 3 * Long.BYTES, seeds.get(2) + seed);
                  Object v = table.get(buffer, 4);
                  boolean plain = quoted.length == s.length() + 2 && isPlain(s);
                  if (plain) {
                    assertThat(v)
                        .as("bytes of %s", TextTableTest.escape(s))
                        .isEqualTo(expected.get(s));
                  } else {
                    assertThat(v)
                        .as("bytes of %s", TextTableTest.escape(s))
                        .isSameAs(TextTable.UNDECIDED);
                  }
                  // Through a reader, at every distance from the end of its input.
                  for (int room = 0; room <= 3 * Long.BYTES; room += 5) {
                    byte[] tight = inBuffer(quoted, 3, room, seed);
                    assertThat(lookUp(table, new BytesOfOneString(s, tight, 4, tight.length)))
                        .as("reader on %s with %d bytes after it", TextTableTest.escape(s), room)
                        .isEqualTo(expected.get(s));
                  }
                }
              }
            });
  }

  @Test
  void marksTheBytesThatEndAPlainString() {
    for (int b = 0; b < 256; b++) {
      boolean stops = b == '"' || b == '\\' || b < 0x20 || b >= 0x80;
      for (int at = 0; at < Long.BYTES; at++) {
        for (int other : new int[] {'a', 0x80, '"', 0x1F, 0xFF}) {
          long w = 0;
          for (int i = 0; i < Long.BYTES; i++) {
            w |= (long) (i == at ? b : other) << (8 * i);
          }
          long mark = TextTable.stops(w) >>> (8 * at) & 0xFF;
          assertThat(mark)
              .as("byte 0x%02x at %d beside 0x%02x", b, at, other)
              .isEqualTo(stops ? 0x80L : 0L);
        }
      }
    }
  }

  @Test
  void leavesAControlCharacterInAStringToTheParser() {
    TextTable<String> table = new TextTable<>(8);
    table.put("a\tb", "tab");
    table.put("ua", "ua");
    byte[] raw = inBuffer("\"a\tb\"".getBytes(StandardCharsets.US_ASCII), 0, 24, 1);
    assertThat(table.get(raw, 1)).isSameAs(TextTable.UNDECIDED);
    byte[] escaped = inBuffer("\"u\\u0061\"".getBytes(StandardCharsets.US_ASCII), 0, 24, 1);
    assertThat(table.get(escaped, 1)).isSameAs(TextTable.UNDECIDED);
    assertThat(lookUp(table, new BytesOfOneString("ua", escaped, 1, escaped.length)))
        .isEqualTo("ua");
    byte[] plain = inBuffer("\"ua\"".getBytes(StandardCharsets.US_ASCII), 0, 24, 1);
    assertThat(table.get(plain, 1)).isEqualTo("ua");
  }

  @Test
  void leavesAStringToTheCharactersUnderAStringLimitShorterThanTheTablesTexts() {
    TextTable<String> table = new TextTable<>(8);
    table.put("captured", "captured");
    byte[] plain = inBuffer("\"captured\"".getBytes(StandardCharsets.US_ASCII), 0, 24, 1);
    BytesOfOneString r = new BytesOfOneString("captured", plain, 1, plain.length);
    assertThat(lookUp(table, r, TextTableTest.CTX)).isEqualTo("captured");
    // Over the limit, the table gives nothing, and the reader's own check of the text fails it.
    ReadContext five = TextTableTest.context(JsonLimits.defaults().withMaxStringLength(5));
    assertThat(lookUp(table, r, five)).isNull();
  }

  private static boolean isPlain(String s) {
    return s.length() <= TextTable.PACKED
        && s.chars().allMatch(c -> c >= 0x20 && c < 0x80 && c != '"' && c != '\\');
  }

  /**
   * The string as JSON writes it, quotes included; with {@code escapeSeed} of 0 or more, some plain
   * characters are also written as {@code \}{@code uXXXX}, which JSON allows.
   */
  private static byte[] quoted(String s, int escapeSeed) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escapeAnyway = escapeSeed >= 0 && (escapeSeed >>> (i % 20) & 1) == 1;
      if (c == '"' || c == '\\' || c < 0x20 || escapeAnyway) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code before} bytes, the quoted string, then {@code after} bytes picked from the fillers. */
  private static byte[] inBuffer(byte[] quoted, int before, int after, int seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < before; i++) {
      out.write(i == before - 1 ? ':' : ' ');
    }
    out.write(quoted, 0, quoted.length);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int i = 0; i < after; i++) {
      out.write(FILLERS[random.nextInt(FILLERS.length)]);
    }
    return out.toByteArray();
  }

  private static <T> @Nullable T lookUp(TextTable<T> table, TokenReader r) {
    return lookUp(table, r, TextTableTest.CTX);
  }

  private static <T> @Nullable T lookUp(TextTable<T> table, TokenReader r, ReadContext ctx) {
    try {
      return table.get(r, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A reader on one string value that points into the bytes it came from, as a parser over an array
   * does, and gives its decoded characters when asked.
   */
  private static final class BytesOfOneString extends OneString {
    private final byte[] input;
    private final int start;
    private final int end;

    BytesOfOneString(String text, byte[] input, int start, int end) {
      super(text, 0);
      this.input = input;
      this.start = start;
      this.end = end;
    }

    @Override
    public byte[] input() {
      return input;
    }

    @Override
    public int inputEnd() {
      return end;
    }

    @Override
    public int stringStart() {
      return start;
    }
  }
}
