package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import dev.parley.place.Place;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * NDJSON streams: header, one record per line, fail-fast and collect modes, line numbers, limits.
 */
class NdjsonTest {
  private static final String HEADER = "{\"format\":\"parley\",\"version\":1}\n";
  private static final String UKRAINE =
      "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\",\"country\":\"UA\"}";
  private static final String RAKIVKA =
      "{\"type\":\"place\",\"id\":\"ua:rakivka\",\"name\":\"Rakivka\",\"country\":\"UA\",\"region\":\"UA-63\",\"precision\":\"settlement\"}";

  private final ParleyJson json = ParleyJson.defaults();

  private NdjsonReader reader(String text, ErrorMode mode) {
    return json.ndjsonReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), mode);
  }

  /** Every line of an NDJSON stream, bad ones included, as the streaming reader gives them. */
  private List<NdjsonRecord> collected(byte[] text) {
    try (NdjsonReader in = json.ndjsonReader(new ByteArrayInputStream(text), ErrorMode.COLLECT)) {
      return in.stream().collect(Collectors.toList());
    }
  }

  @Test
  void readsRecordsWithTheirLineNumbers() {
    try (NdjsonReader in = reader(HEADER + UKRAINE + "\n" + RAKIVKA + "\n", ErrorMode.FAIL_FAST)) {
      NdjsonRecord first = in.next();
      NdjsonRecord second = in.next();
      assertThat(first.line()).isEqualTo(2);
      assertThat(first.valueAs(Party.class)).contains(Seed.UKRAINE);
      assertThat(second.line()).isEqualTo(3);
      assertThat(second.valueAs(Place.class)).contains(Seed.RAKIVKA);
      assertThat(second.valueAs(Party.class)).isEmpty();
      assertThat(in.hasNext()).isFalse();
      assertThatThrownBy(in::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void readsAnArrayInPlace() {
    byte[] text = (HEADER + UKRAINE + "\n" + RAKIVKA).getBytes(StandardCharsets.UTF_8);
    try (NdjsonReader in = json.ndjsonReader(text, ErrorMode.FAIL_FAST)) {
      assertThat(in.stream().map(NdjsonRecord::value).collect(Collectors.toList()))
          .containsExactly(Seed.UKRAINE, Seed.RAKIVKA);
      assertThat(in.lineNumber()).isEqualTo(3);
    }
    assertThat(
            catchThrowableOfType(
                    ParleyJsonException.class,
                    () -> json.ndjsonReader(new byte[0], ErrorMode.COLLECT))
                .kind())
        .isEqualTo(Kind.UNSUPPORTED_FORMAT);
    assertThatThrownBy(() -> json.ndjsonReader((byte[]) null, ErrorMode.COLLECT))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void acceptsCrLfAndNoFinalLineEnd() {
    try (NdjsonReader in =
        reader(HEADER.replace("\n", "\r\n") + UKRAINE + "\r\n" + RAKIVKA, ErrorMode.FAIL_FAST)) {
      assertThat(in.stream().map(NdjsonRecord::value).collect(Collectors.toList()))
          .containsExactly(Seed.UKRAINE, Seed.RAKIVKA);
    }
  }

  @Test
  void failFastThrowsAtFirstBadLineAndStops() {
    String text = HEADER + UKRAINE + "\n{\"type\":\"party\",\"id\":7}\n" + RAKIVKA + "\n";
    try (NdjsonReader in = reader(text, ErrorMode.FAIL_FAST)) {
      assertThat(in.next().value()).isEqualTo(Seed.UKRAINE);
      ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class, in::next);
      assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo(22);
      assertThat(e.pointer()).isEqualTo("/id");
      assertThat(in.hasNext()).isFalse();
    }
  }

  @Test
  void collectReportsEveryBadLineAndReadsTheRest() {
    String text =
        HEADER
            + UKRAINE
            + "\n"
            + "{\"type\":\"party\",\"id\":\"ru\",\"name\":\" \",\"kind\":\"state\"}\n"
            + "{\"type\":\"treaty\"}\n"
            + "\n"
            + "{\"type\":\"party\"\n"
            + RAKIVKA
            + " {}\n"
            + RAKIVKA
            + "\n";
    try (NdjsonReader in = reader(text, ErrorMode.COLLECT)) {
      List<NdjsonRecord> all = in.stream().collect(Collectors.toList());
      assertThat(all).extracting(NdjsonRecord::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
      assertThat(all)
          .extracting(NdjsonRecord::isValid)
          .containsExactly(true, false, false, false, false, false, true);
      assertThat(all.get(1).error().orElseThrow().ruleCodes()).containsExactly("PARTY_NAME_BLANK");
      assertThat(all.get(1).error().orElseThrow().line()).isEqualTo(3);
      assertThat(all.get(2).error().orElseThrow().kind()).isEqualTo(Kind.UNKNOWN_TYPE);
      assertThat(all.get(3).error().orElseThrow().kind()).isEqualTo(Kind.MALFORMED);
      assertThat(all.get(4).error().orElseThrow().kind()).isEqualTo(Kind.TRUNCATED);
      assertThat(all.get(4).error().orElseThrow().line()).isEqualTo(6);
      assertThat(all.get(5).error().orElseThrow().kind()).isEqualTo(Kind.TRAILING_CONTENT);
      assertThat(all.get(6).value()).isEqualTo(Seed.RAKIVKA);
      assertThatThrownBy(all.get(2)::value).isInstanceOf(ParleyJsonException.class);
    }
  }

  @Test
  void rejectsLineLongerThanRecordLimitAndGoesOn() {
    ParleyJson small = json.withLimits(JsonLimits.defaults().withMaxRecordBytes(100));
    String longLine =
        "{\"type\":\"party\",\"id\":\"ua\",\"name\":\""
            + "x".repeat(200)
            + "\",\"kind\":\"state\"}";
    String text =
        HEADER + longLine + "\n" + UKRAINE + "\n" + UKRAINE + "\n" + longLine + "\r\n" + UKRAINE
            + "\n";
    try (NdjsonReader in =
        small.ndjsonReader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ErrorMode.COLLECT)) {
      NdjsonRecord bad = in.next();
      assertThat(bad.error().orElseThrow().kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
      assertThat(bad.error().orElseThrow().line()).isEqualTo(2);
      assertThat(bad.error().orElseThrow().column()).isEqualTo(101);
      assertThat(in.next().value()).isEqualTo(Seed.UKRAINE);
      assertThat(in.next().value()).isEqualTo(Seed.UKRAINE);
      // a long line after lines read straight from the read buffer
      NdjsonRecord again = in.next();
      assertThat(again.error().orElseThrow().kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
      assertThat(again.error().orElseThrow().line()).isEqualTo(5);
      assertThat(in.next().value()).isEqualTo(Seed.UKRAINE);
      assertThat(in.hasNext()).isFalse();
    }
    // a line exactly at the limit is read
    ParleyJson exact = json.withLimits(JsonLimits.defaults().withMaxRecordBytes(UKRAINE.length()));
    String atLimit = HEADER + UKRAINE + "\n" + UKRAINE + "\r\n" + UKRAINE + " \n" + UKRAINE + "\n";
    try (NdjsonReader in =
        exact.ndjsonReader(atLimit.getBytes(StandardCharsets.UTF_8), ErrorMode.COLLECT)) {
      assertThat(in.stream().map(NdjsonRecord::isValid).collect(Collectors.toList()))
          .containsExactly(true, true, false, true);
    }
  }

  @Test
  void rejectsStreamWithoutHeader() {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class, () -> reader(UKRAINE + "\n", ErrorMode.COLLECT));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_FORMAT);
    assertThat(e.pointer()).isEqualTo("/type");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void rejectsEmptyStream() {
    ParleyJsonException e =
        catchThrowableOfType(ParleyJsonException.class, () -> reader("", ErrorMode.COLLECT));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_FORMAT);
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void rejectsOtherVersion() {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () -> reader("{\"format\":\"parley\",\"version\":2}\n" + UKRAINE, ErrorMode.COLLECT));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_FORMAT);
    assertThat(e.pointer()).isEqualTo("/version");
    assertThat(e.column()).isEqualTo(30);
  }

  @Test
  void rejectsOtherFormat() {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () -> reader("{\"format\":\"geojson\",\"version\":1}\n", ErrorMode.COLLECT));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_FORMAT);
    assertThat(e.pointer()).isEqualTo("/format");
  }

  @Test
  void failingInputStreamIsAnIoError() {
    InputStream broken =
        new InputStream() {
          private int calls;

          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (calls++ == 0) {
              byte[] h = (HEADER + UKRAINE + "\n").getBytes(StandardCharsets.UTF_8);
              System.arraycopy(h, 0, b, off, h.length);
              return h.length;
            }
            throw new IOException("disk gone");
          }
        };
    try (NdjsonReader in = json.ndjsonReader(broken, ErrorMode.COLLECT)) {
      assertThat(in.next().value()).isEqualTo(Seed.UKRAINE);
      ParleyJsonException e = catchThrowableOfType(ParleyJsonException.class, in::hasNext);
      assertThat(e.kind()).isEqualTo(Kind.IO);
      assertThat(e.line()).isEqualTo(3);
    }
  }

  @Test
  void appenderAddsLinesWithoutSecondHeader() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out)) {
      w.write(Seed.UKRAINE);
    }
    try (NdjsonWriter w = json.ndjsonAppender(out)) {
      w.write(Seed.RAKIVKA);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(HEADER + UKRAINE + "\n" + RAKIVKA + "\n");
  }

  @Test
  void writerRejectsValueThatIsNotARecord() {
    try (NdjsonWriter w = json.ndjsonWriter(new ByteArrayOutputStream())) {
      assertThatThrownBy(() -> w.write("a string"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("party, place");
    }
  }

  @Test
  void readsManyRecordsInConstantMemory() {
    int n = 200_000;
    InputStream big =
        new InputStream() {
          private final byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
          private final byte[] line = (UKRAINE + "\n").getBytes(StandardCharsets.UTF_8);
          private long pos;
          private final long total = header.length + (long) line.length * n;

          @Override
          public int read() {
            if (pos >= total) {
              return -1;
            }
            long p = pos++;
            return p < header.length
                ? header[(int) p]
                : line[(int) ((p - header.length) % line.length)];
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int i = 0;
            for (; i < len; i++) {
              int c = read();
              if (c < 0) {
                break;
              }
              b[off + i] = (byte) c;
            }
            return i == 0 ? -1 : i;
          }
        };
    try (NdjsonReader in = json.ndjsonReader(big, ErrorMode.FAIL_FAST)) {
      assertThat(in.stream().filter(r -> r.value().equals(Seed.UKRAINE)).count()).isEqualTo(n);
      assertThat(in.lineNumber()).isEqualTo(n + 1);
    }
  }

  /** Lines whose neighbours a parser reading many lines at once could run into. */
  private static final List<String> AWKWARD_LINES =
      List.of(
          UKRAINE,
          UKRAINE + " \t",
          "  " + UKRAINE,
          UKRAINE + "x",
          UKRAINE + UKRAINE,
          UKRAINE + " " + RAKIVKA,
          UKRAINE + "}",
          "{\"type\":\"party\",\"id\":\"ua\",",
          "\"name\":\"Ukraine\",\"kind\":\"state\"}",
          "",
          "   ",
          RAKIVKA + "\r",
          "[" + UKRAINE + "]",
          "1",
          "null",
          "{\"id\":\"ua\",\"type\":\"party\",\"name\":\"Ukraine\",\"kind\":\"state\"}",
          "{\"type\":\"party\",\"id\":\"ua\",\"name\":\" \",\"kind\":\"state\"}",
          "\uFEFF" + UKRAINE,
          "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"",
          "{\"type\":\"party\",\"kind\":\"state\",\"name\":\"Ukraine\",\"id\":\"ua\"}",
          RAKIVKA);

  @Test
  void eachLineReadsAsItWouldAloneWhateverItsNeighbours() {
    byte[] text =
        (HEADER + String.join("\n", AWKWARD_LINES) + "\n").getBytes(StandardCharsets.UTF_8);
    List<NdjsonRecord> all = collected(text);
    assertThat(all)
        .extracting(NdjsonRecord::isValid)
        .containsExactly(
            true, true, true, false, false, false, false, false, false, false, false, true, false,
            false, false, true, false, true, false, true, true);
    assertThat(all.get(3).error().orElseThrow().kind()).isEqualTo(Kind.TRAILING_CONTENT);
    assertThat(all.get(3).error().orElseThrow().column()).isEqualTo(UKRAINE.length() + 1);
    assertThat(all.get(7).error().orElseThrow().kind()).isEqualTo(Kind.TRUNCATED);
    assertThat(all.get(8).error().orElseThrow().kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(all.get(16).error().orElseThrow().ruleCodes()).containsExactly("PARTY_NAME_BLANK");
    assertThat(all.get(18).error().orElseThrow().line()).isEqualTo(20);
    LinesAlone.check(JsonSide.of(json), text, all);
    for (long seed = 1; seed <= 20; seed++) {
      LinesAlone.checkChunked(JsonSide.of(json), text, all, seed);
    }
  }

  @Test
  void aValueRunningOnIntoTheNextLineAfterAGoodLineIsTwoBadLines() {
    String[] runOn = {
      "{\"type\":\"party\",\"id\":\"ua\",\n\"name\":\"Ukraine\",\"kind\":\"state\"}",
      "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"\r\n}",
      "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"\n   }"
    };
    for (String value : runOn) {
      byte[] text =
          (HEADER + UKRAINE + "\n" + RAKIVKA + "\n" + value + "\n" + RAKIVKA + "\n")
              .getBytes(StandardCharsets.UTF_8);
      List<NdjsonRecord> all = collected(text);
      assertThat(all)
          .extracting(NdjsonRecord::isValid)
          .containsExactly(true, true, false, false, true);
      assertThat(all.get(2).error().orElseThrow().kind()).isEqualTo(Kind.TRUNCATED);
      LinesAlone.check(JsonSide.of(json), text, all);
    }
  }

  @Test
  void aLoneCarriageReturnInsideALineIsWhitespaceAndTheLinesAfterItReadAsUsual() {
    // Not a line end: the line reads as it would alone, and so do the lines after it.
    String withReturn = UKRAINE.replace(",\"id\"", ",\r\"id\"");
    byte[] text =
        (HEADER + RAKIVKA + "\n" + withReturn + "\n" + RAKIVKA + "\n" + UKRAINE + "\n")
            .getBytes(StandardCharsets.UTF_8);
    List<NdjsonRecord> all = collected(text);
    assertThat(all).extracting(NdjsonRecord::isValid).containsExactly(true, true, true, true);
    assertThat(all).extracting(NdjsonRecord::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(all.get(1).value()).isEqualTo(all.get(3).value());
    LinesAlone.check(JsonSide.of(json), text, all);
  }

  @Test
  void linesAcrossTheReadBufferReadAsTheyWouldAlone() {
    // About 300 KB: lines of every kind straddle the boundaries of the reader's 64 KB buffer.
    StringBuilder b = new StringBuilder(HEADER);
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 3_000; i++) {
      b.append(
              i % 3 == 0
                  ? AWKWARD_LINES.get(random.nextInt(AWKWARD_LINES.size()))
                  : i % 2 == 0 ? UKRAINE : RAKIVKA)
          .append(i % 5 == 0 ? "\r\n" : "\n");
    }
    byte[] text = b.toString().getBytes(StandardCharsets.UTF_8);
    List<NdjsonRecord> all = collected(text);
    assertThat(all).hasSize(3_000);
    assertThat(all.stream().filter(NdjsonRecord::isValid).count()).isBetween(2_000L, 2_900L);
    LinesAlone.check(JsonSide.of(json), text, all);
    LinesAlone.checkChunked(JsonSide.of(json), text, all, 11);
  }
}
