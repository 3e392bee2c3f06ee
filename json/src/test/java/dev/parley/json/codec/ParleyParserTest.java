package dev.parley.json.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.parley.testing.Laws;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The parser that reads short strings from their bytes: whatever it skips or reads that way,
 * every token, text and location is what Jackson's own parser gives.
 */
class ParleyParserTest {
  private static final JsonFactory JACKSON = new JsonFactory();
  private static final ParleyFactory FACTORY = new ParleyFactory(new JsonFactoryBuilder());

  /** Characters of every kind the byte paths tell apart. */
  private static final String CHARS = "az09:- \"\\\u0007\u007f\u00e9\u20ac";

  private static Gen<String> texts() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, CHARS.length() + 6))
        .ofSizeBetween(0, 80)
        .map(picks -> {
          StringBuilder b = new StringBuilder();
          // Plain letters most of the time, so that many strings can take the byte paths.
          picks.forEach(i -> b.append(i < CHARS.length() ? CHARS.charAt(i) : (char) ('b' + i - CHARS.length())));
          return b.toString();
        });
  }

  /** What to do at a string: 0 read it, 1 read it from its bytes, 2 pack it, 3 pack and skip it. */
  private static Gen<List<Integer>> actions() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, 3)).ofSize(40);
  }

  @Test
  void readsEveryDocumentExactlyAsJacksonDoes() {
    Laws.qt()
        .forAll(
            SourceDSL.lists().of(texts()).ofSizeBetween(1, 12),
            actions(),
            SourceDSL.integers().between(0, 9),
            SourceDSL.integers().between(0, 90))
        .checkAssert((strings, acts, before, after) -> {
          byte[] json = document(strings);
          byte[] buffer = new byte[before + json.length + after];
          // Quotes around the document, where a scan that ran past its end would find them.
          Arrays.fill(buffer, (byte) '"');
          System.arraycopy(json, 0, buffer, before, json.length);
          try (JsonParser expected = JACKSON.createParser(json);
              JsonParser actual = FACTORY.createParser(buffer, before, json.length)) {
            assertThat(actual).isInstanceOf(ParleyParser.class);
            ParleyParser ours = (ParleyParser) actual;
            int s = 0;
            for (JsonToken t; (t = expected.nextToken()) != null; ) {
              assertThat(ours.nextToken()).isEqualTo(t);
              assertThat(where(ours.currentTokenLocation())).isEqualTo(where(expected.currentTokenLocation()));
              if (t == JsonToken.VALUE_STRING) {
                String text = expected.getText();
                int act = acts.get(s % acts.size());
                int max = (s * 7 + before) % (ParleyParser.SHORT + 1);
                boolean room = after >= 24 + ParleyParser.SHORT;
                checkString(ours, text, act, max, room);
                if (act == 0) {
                  assertThat(ours.hasTextCharacters()).isEqualTo(expected.hasTextCharacters());
                }
                s++;
              } else if (t == JsonToken.VALUE_NUMBER_INT) {
                assertThat(ours.getIntValue()).isEqualTo(expected.getIntValue());
              }
            }
            assertThat(ours.nextToken()).isNull();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void checkString(ParleyParser p, String text, int act, int max, boolean room) throws IOException {
    switch (act) {
      case 0:
        assertThat(p.getText()).isEqualTo(text);
        break;
      case 1: {
        String read = p.shortAscii(max);
        if (read != null) {
          assertThat(read).isEqualTo(text);
          assertThat(plain(text, max)).as("read from bytes: %s", text).isTrue();
        } else {
          assertThat(plain(text, max) && room).as("not read from bytes: %s", text).isFalse();
        }
        assertThat(p.getText()).isEqualTo(text);
        break;
      }
      default: {
        int m = Math.min(max, TextTable.PACKED);
        boolean packed = p.packShort(m);
        if (packed) {
          assertThat(plain(text, m)).as("packed: %s", text).isTrue();
          assertThat(new long[] {p.k1(), p.k2(), p.k3()}).isEqualTo(TextTable.pack(text));
          p.skipPacked();
          if (act == 2) {
            // The text of a skipped string comes back from the bytes.
            assertThat(p.getTextLength()).isEqualTo(text.length());
            assertThat(p.getText()).isEqualTo(text);
            assertThat(new String(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())).isEqualTo(text);
            StringWriter w = new StringWriter();
            p.getText(w);
            assertThat(w.toString()).isEqualTo(text);
          }
        } else {
          assertThat(plain(text, m) && room).as("not packed: %s", text).isFalse();
          assertThat(p.getText()).isEqualTo(text);
        }
        break;
      }
    }
  }

  @Test
  void aSkippedStringStillGivesItsTextAsValueAndCharacters() throws IOException {
    byte[] json = "[\"ua:mod\",\"2025-05-16\"]".getBytes(UTF_8);
    byte[] buffer = Arrays.copyOf(json, json.length + 64);
    try (JsonParser p = FACTORY.createParser(buffer, 0, json.length)) {
      ParleyParser pp = (ParleyParser) p;
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
      assertThat(pp.packShort(TextTable.PACKED)).isTrue();
      pp.skipPacked();
      assertThat(p.hasTextCharacters()).isFalse();
      assertThat(p.getValueAsString()).isEqualTo("ua:mod");
      assertThat(p.getValueAsString("none")).isEqualTo("ua:mod");
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
      assertThat(pp.shortAscii(ParleyParser.SHORT)).isEqualTo("2025-05-16");
      assertThat(p.getText()).isEqualTo("2025-05-16");
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(p.currentLocation().getColumnNr()).isEqualTo(json.length + 1);
    }
  }

  @Test
  void aRawControlCharacterInAStringIsStillAnError() throws IOException {
    byte[] json = "[\"ua\tmod\"]".getBytes(UTF_8);
    assertLeftToJackson(Arrays.copyOf(json, json.length + 64), json.length, "Illegal unquoted character");
  }

  @Test
  void aStringCutOffByTheEndOfTheRangeIsNotReadFromTheBytesBeyondIt() throws IOException {
    // The range ends inside the string; its closing quote lies beyond the range.
    byte[] buffer = ("[\"ua:mod\"]" + " ".repeat(64)).getBytes(UTF_8);
    assertLeftToJackson(buffer, 5, "end-of-input");
  }

  /** Neither byte path takes the first string of the range, and Jackson's error follows. */
  private static void assertLeftToJackson(byte[] buffer, int length, String error) throws IOException {
    try (JsonParser p = FACTORY.createParser(buffer, 0, length)) {
      ParleyParser pp = (ParleyParser) p;
      p.nextToken();
      p.nextToken();
      assertThat(pp.packShort(TextTable.PACKED)).isFalse();
      assertThat(pp.shortAscii(ParleyParser.SHORT)).isNull();
      assertThatThrownBy(p::getText).isInstanceOf(JsonParseException.class).hasMessageContaining(error);
    }
  }

  @Test
  void makesItsParserForPlainUtf8BytesOnly() throws IOException {
    assertThat(FACTORY.createParser("{\"a\":1}".getBytes(UTF_8))).isInstanceOf(ParleyParser.class);
    assertThat(FACTORY.copy()).isInstanceOf(ParleyFactory.class);
    assertThat(FACTORY.copy().createParser("{\"a\":1}".getBytes(UTF_8))).isInstanceOf(ParleyParser.class);
    // Too short to tell, a byte order mark, UTF-16, or a stream: Jackson's own parser, as before.
    for (byte[] other : List.of(
        "1".getBytes(UTF_8),
        ("\uFEFF[\"a\"]").getBytes(UTF_8),
        "[\"a\"]".getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
        "[\"a\"]".getBytes(java.nio.charset.StandardCharsets.UTF_16BE))) {
      try (JsonParser p = FACTORY.createParser(other)) {
        assertThat(p).isNotInstanceOf(ParleyParser.class);
        List<String> tokens = new ArrayList<>();
        for (JsonToken t; (t = p.nextToken()) != null; ) {
          tokens.add(t.isScalarValue() ? p.getText() : t.asString());
        }
        assertThat(tokens).containsAnyOf("a", "1");
      }
    }
    try (JsonParser p = FACTORY.createParser(new ByteArrayInputStream("[1]".getBytes(UTF_8)))) {
      assertThat(p).isNotInstanceOf(ParleyParser.class);
    }
  }

  /** Whether a string can be read from its bytes: printable ASCII, no quote or backslash, short enough. */
  private static boolean plain(String text, int max) {
    return text.length() <= max && text.chars().allMatch(c -> c >= 0x20 && c < 0x80 && c != '"' && c != '\\');
  }

  private static byte[] document(List<String> strings) {
    StringBuilder b = new StringBuilder("[ ");
    for (int i = 0; i < strings.size(); i++) {
      if (i > 0) {
        b.append(i % 3 == 0 ? ",\n" : ", ");
      }
      b.append(i % 4 == 1 ? "{\"k\": " : "");
      b.append('"').append(JsonStringEncoder.getInstance().quoteAsString(strings.get(i))).append('"');
      b.append(i % 4 == 1 ? "}" : "");
      b.append(", ").append(i);
    }
    return b.append(" ]").toString().getBytes(UTF_8);
  }

  private static String where(JsonLocation at) {
    return at.getLineNr() + ":" + at.getColumnNr();
  }
}
