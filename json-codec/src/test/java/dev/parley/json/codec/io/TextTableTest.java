package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.format.JsonLimits;
import dev.parley.testing.Laws;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The lookup table behind interned ids and enum tokens: a map, whichever way a text is looked up.
 */
class TextTableTest {
  static final ReadContext CTX = context(JsonLimits.defaults());

  /** A context whose lookups must not fail. */
  static ReadContext context(JsonLimits limits) {
    return ReadContext.of(
        limits,
        (kind, pointer, line, column, detail, violations, cause) -> {
          throw new AssertionError("a lookup does not fail: " + detail);
        },
        new LookupTables());
  }

  /** Texts of every shape the table tells apart: short and long, Latin-1 and beyond, with NULs. */
  private static Gen<String> texts() {
    Gen<Character> chars =
        SourceDSL.integers()
            .between(0, 12)
            .zip(
                SourceDSL.integers().between(0, 0x2FF),
                (pick, c) ->
                    pick < 6
                        ? (char) ('a' + pick)
                        : pick < 8 ? (char) 0 : pick < 10 ? (char) 0x100 : (char) c.intValue());
    return SourceDSL.lists()
        .of(chars)
        .ofSizeBetween(0, 40)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(b::append);
              return b.toString();
            });
  }

  @Test
  void looksUpExactlyTheTextsPutInThatItKeeps() {
    Laws.qt()
        .forAll(
            SourceDSL.lists().of(texts()).ofSizeBetween(0, 30),
            SourceDSL.lists().of(texts()).ofSizeBetween(0, 30))
        .checkAssert(
            (stored, others) -> {
              TextTable<Integer> table = new TextTable<>(64);
              Map<String, Integer> expected = new HashMap<>();
              for (int i = 0; i < stored.size(); i++) {
                String s = stored.get(i);
                table.put(s, i);
                if (kept(s)) {
                  expected.putIfAbsent(s, i);
                }
              }
              List<String> probes = new ArrayList<>(stored);
              probes.addAll(others);
              for (String s : probes) {
                assertThat(table.get(s))
                    .as("get(String) of %s", escape(s))
                    .isEqualTo(expected.get(s));
                assertThat(viaParser(table, s))
                    .as("get(parser) of %s", escape(s))
                    .isEqualTo(expected.get(s));
                char[] padded = ("ab" + s + "cd").toCharArray();
                assertThat(table.get(padded, 2, s.length()))
                    .as("get(chars) of %s", escape(s))
                    .isEqualTo(expected.get(s));
                assertThat(viaBytes(table, s))
                    .as("get(byte parser) of %s", escape(s))
                    .isEqualTo(expected.get(s));
                for (char fill : new char[] {'x', 0, 0x101, 0xFFFF}) {
                  assertThat(viaRoomyBuffer(table, s, fill))
                      .as("get(parser) of %s followed by U+%04x", escape(s), (int) fill)
                      .isEqualTo(expected.get(s));
                }
              }
            });
  }

  @Test
  void keepsShortLatin1TextsOnly() {
    TextTable<String> table = new TextTable<>(8);
    table.put("\u0000", "nul");
    table.put("\u0100", "wide");
    table.put("x".repeat(TextTable.PACKED), "longest");
    table.put("x".repeat(TextTable.PACKED + 1), "too long");
    table.put("Bogot\u00e1", "latin1");
    assertThat(viaParser(table, "\u0000")).isEqualTo("nul");
    assertThat(viaParser(table, "\u0000\u0000")).isNull();
    assertThat(viaParser(table, "\u0100")).isNull();
    assertThat(viaParser(table, "x".repeat(TextTable.PACKED))).isEqualTo("longest");
    assertThat(viaParser(table, "x".repeat(TextTable.PACKED + 1))).isNull();
    assertThat(viaParser(table, "Bogot\u00e1")).isEqualTo("latin1");
    assertThat(table.get("\u0100")).isNull();
  }

  @Test
  void growsToItsCapacityAndAddsNothingPastIt() {
    TextTable<Integer> table = new TextTable<>(1_000);
    for (int i = 0; i < 1_200; i++) {
      table.put("ua:place-" + i, i);
    }
    for (int i = 0; i < 1_000; i++) {
      assertThat(viaParser(table, "ua:place-" + i)).isEqualTo(i);
    }
    assertThat(viaParser(table, "ua:place-1000")).isNull();
    assertThat(table.get("ua:place-1199")).isNull();
    table.put("ua:place-0", -1);
    assertThat(table.get("ua:place-0")).isZero();
  }

  @Test
  void readersNeverSeeAWrongValueWhileTheTableGrows() throws InterruptedException {
    TextTable<Integer> table = new TextTable<>(20_000);
    java.util.concurrent.atomic.AtomicReference<String> wrong =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; i < 20_000; i++) {
                table.put("id-" + i, i);
              }
            });
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int seed = t;
      readers.add(
          new Thread(
              () -> {
                java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
                for (int n = 0; n < 200_000; n++) {
                  int i = random.nextInt(20_000);
                  Integer v = table.get("id-" + i);
                  if (v != null && v != i) {
                    wrong.set("id-" + i + " gave " + v);
                  }
                }
              }));
    }
    writer.start();
    readers.forEach(Thread::start);
    writer.join();
    for (Thread r : readers) {
      r.join();
    }
    assertThat(wrong.get()).isNull();
    assertThat(table.get("id-19999")).isEqualTo(19_999);
  }

  private static boolean kept(String s) {
    return s.length() <= TextTable.PACKED && s.chars().allMatch(c -> c <= 0xFF);
  }

  private static <T> @Nullable T viaParser(TextTable<T> table, String text) {
    return lookUp(table, new OneString(text, 0));
  }

  private static <T> @Nullable T lookUp(TextTable<T> table, OneString r) {
    try {
      return table.get(r, CTX);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Looks up a string held inside a larger buffer, then reads on: the lookup leaves the reader as
   * it was.
   */
  private static <T> @Nullable T viaBytes(TextTable<T> table, String text) {
    OneString r = new OneString(text, 5);
    T found = lookUp(table, r);
    assertThat(r.getText()).isEqualTo(text);
    assertThat(r.nextToken()).isEqualTo(Token.VALUE_NUMBER_INT);
    return found;
  }

  /**
   * Looks up a string with room after it in the parser's buffer, as Jackson's text buffers have,
   * filled with characters that are not part of it and must not count.
   */
  private static <T> @Nullable T viaRoomyBuffer(TextTable<T> table, String text, char fill) {
    return lookUp(table, new OneString(text, 3 * 8, fill));
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                b.append(
                    c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return b.toString();
  }
}
