package dev.parley.json.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.parley.json.JsonLimits;
import dev.parley.testing.Laws;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The lookup table behind interned ids and enum tokens: a map, whichever way a text is looked up. */
class TextTableTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ReadContext CTX = ReadContext.of(JsonLimits.defaults());

  /** Texts of every shape the table tells apart: short and long, Latin-1 and beyond, with NULs. */
  private static Gen<String> texts() {
    Gen<Character> chars = SourceDSL.integers().between(0, 12).zip(SourceDSL.integers().between(0, 0x2FF), (pick, c) ->
        pick < 6 ? (char) ('a' + pick) : pick < 8 ? (char) 0 : pick < 10 ? (char) 0x100 : (char) c.intValue());
    return SourceDSL.lists().of(chars).ofSizeBetween(0, 40).map(cs -> {
      StringBuilder b = new StringBuilder();
      cs.forEach(b::append);
      return b.toString();
    });
  }

  @Test
  void looksUpExactlyTheTextsPutIn() {
    Laws.qt().forAll(SourceDSL.lists().of(texts()).ofSizeBetween(0, 30), SourceDSL.lists().of(texts()).ofSizeBetween(0, 30))
        .checkAssert((stored, others) -> {
          TextTable<Integer> table = new TextTable<>(64);
          Map<String, Integer> expected = new HashMap<>();
          for (String s : stored) {
            expected.putIfAbsent(s, expected.size());
            table.put(s, expected.get(s));
          }
          List<String> probes = new ArrayList<>(stored);
          probes.addAll(others);
          for (String s : probes) {
            assertThat(table.get(s)).as("get(String) of %s", escape(s)).isEqualTo(expected.get(s));
            assertThat(viaParser(table, s)).as("get(parser) of %s", escape(s)).isEqualTo(expected.get(s));
          }
        });
  }

  @Test
  void textsOfNulsAndOfCharactersPastLatin1AreDifferentKeys() {
    TextTable<String> table = new TextTable<>(8);
    table.put("\u0100", "wide");
    table.put("\u0100\u0100", "wide2");
    assertThat(viaParser(table, "\u0000")).isNull();
    assertThat(viaParser(table, "\u0000\u0000")).isNull();
    assertThat(viaParser(table, "\u0100")).isEqualTo("wide");
    table.put("\u0000", "nul");
    assertThat(viaParser(table, "\u0000")).isEqualTo("nul");
    assertThat(viaParser(table, "\u0100")).isEqualTo("wide");
    // Half-full tables of wide texts of one length: a lookup of as many NULs probes past some.
    for (int length = 1; length <= TextTable.PACKED; length++) {
      TextTable<String> wide = new TextTable<>(128);
      for (char c = 0x100; c < 0x180; c++) {
        wide.put(String.valueOf(c).repeat(length), "wide");
      }
      assertThat(viaParser(wide, "\u0000".repeat(length))).as("%s NULs", length).isNull();
    }
  }

  @Test
  void addsNothingPastItsCapacity() {
    TextTable<Integer> table = new TextTable<>(3);
    for (int i = 0; i < 10; i++) {
      table.put("id-" + i, i);
    }
    assertThat(viaParser(table, "id-0")).isZero();
    assertThat(viaParser(table, "id-2")).isEqualTo(2);
    assertThat(viaParser(table, "id-3")).isNull();
    assertThat(table.get("id-9")).isNull();
  }

  private static <T> @Nullable T viaParser(TextTable<T> table, String text) {
    String json = "[\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"]";
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      p.nextToken();
      return table.get(p, CTX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return b.toString();
  }
}
