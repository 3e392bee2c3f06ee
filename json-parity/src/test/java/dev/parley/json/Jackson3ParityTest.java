package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.HostileCorpus.Sample;
import dev.parley.json.HostileCorpus.Shape;
import dev.parley.json.HostileInputFuzzTest.Case;
import dev.parley.json.HostileOracle.Outcome;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonFormat;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.testing.Laws;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jackson 3 module against the Jackson 2 module on one shared copy of the Jackson 2 module's
 * test data (its test jar): every golden file read and written byte for byte; every bad input of
 * its corpora failing with the same kind, pointer, line, column and rule codes; every hostile fuzz
 * case and every truncation of the fuzz corpus giving the same outcome.
 */
class Jackson3ParityTest {
  private static final ParleyJson JACKSON2 = ParleyJson.defaults();
  private static final dev.parley.json.jackson3.ParleyJson JACKSON3 =
      dev.parley.json.jackson3.ParleyJson.defaults();

  /** An input of a corpus: read as {@code target}, or as a record of any type when null. */
  record Input(String name, @Nullable Class<?> target, byte[] bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<String> goldenFiles() {
    return Stream.of(
        "agreement.json",
        "agreement-gaza.json",
        "agreement-gaza-extension.json",
        "agreement-yemen.json",
        "assessment.json",
        "ceasefireProposal-gaza-pause.json",
        "ceasefireProposal.json",
        "chronicle.json",
        "exchange.json",
        "exchange-approximate.json",
        "exchange-receivers.json",
        "incident.json",
        "negotiationRound.json",
        "party.json",
        "place.json",
        "place-border.json",
        "seed-chronicle.json",
        "territorialClaim.json",
        "truce.json",
        "truce-chronicle.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void readsAndWritesEveryGoldenFileByteForByte(String name) throws Exception {
    byte[] golden = GoldenFilesTest.golden(name);
    Object viaJackson2 =
        name.contains("chronicle") ? JACKSON2.readChronicle(golden) : JACKSON2.readRecord(golden);
    Object viaJackson3 =
        name.contains("chronicle") ? JACKSON3.readChronicle(golden) : JACKSON3.readRecord(golden);
    assertThat(viaJackson3).isEqualTo(viaJackson2);
    assertThat(new String(JACKSON3.writeBytes(viaJackson3), StandardCharsets.UTF_8))
        .isEqualTo(new String(golden, StandardCharsets.UTF_8));
    assertThat(JACKSON3.writeBytes(viaJackson3)).isEqualTo(golden);
    assertThat(JACKSON3.newObjectMapper().writeValueAsBytes(viaJackson3))
        .isEqualTo(JACKSON2.newObjectMapper().writeValueAsBytes(viaJackson2));
  }

  @Test
  void readsStringsWrittenWithEscapesAsThePlainOnes() {
    byte[] golden = GoldenFilesTest.golden("seed.ndjson");
    byte[] escaped =
        StringBytesTest.escaped(new String(golden, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    assertThat(escaped).isNotEqualTo(golden);
    List<Object> plain = new ArrayList<>();
    List<Object> fromEscapes = new ArrayList<>();
    // Plain first, so that the escaped reading finds the values in the tables.
    for (byte[] text : List.of(golden, escaped)) {
      List<Object> into = text == golden ? plain : fromEscapes;
      try (NdjsonReader in = JACKSON3.ndjsonReader(text, ErrorMode.FAIL_FAST)) {
        in.forEachRemaining(r -> into.add(r.value()));
      }
    }
    assertThat(plain).hasSizeGreaterThan(5);
    assertThat(fromEscapes).isEqualTo(plain);
  }

  @Test
  void readsAndWritesTheNdjsonGoldenFileByteForByte() {
    byte[] golden = GoldenFilesTest.golden("seed.ndjson");
    List<Object> records = new ArrayList<>();
    try (NdjsonReader in =
        JACKSON3.ndjsonReader(new ByteArrayInputStream(golden), ErrorMode.FAIL_FAST)) {
      in.forEachRemaining(r -> records.add(r.value()));
    }
    List<Object> viaJackson2 = new ArrayList<>();
    try (NdjsonReader in = JACKSON2.ndjsonReader(golden, ErrorMode.FAIL_FAST)) {
      in.forEachRemaining(r -> viaJackson2.add(r.value()));
    }
    assertThat(records).hasSizeGreaterThan(5).isEqualTo(viaJackson2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = JACKSON3.ndjsonWriter(out)) {
      records.forEach(w::write);
    }
    assertThat(out.toByteArray()).isEqualTo(golden);
  }

  /**
   * Code written against the common type reads and writes through either module: what one writes,
   * the other reads back equal, and {@code withLimits} keeps each module's own type.
   */
  @Test
  void bothModulesAreOneJsonFormat() {
    List<JsonFormat> formats = List.of(JACKSON2, JACKSON3);
    for (String name :
        List.of("exchange-custody.json", "ceasefireProposal.json", "incident.json")) {
      Object value = JACKSON2.readRecord(GoldenFilesTest.golden(name));
      for (JsonFormat writer : formats) {
        for (JsonFormat reader : formats) {
          assertThat(reader.read(writer.write(value), value.getClass()))
              .as("%s written by %s, read by %s", name, writer.getClass(), reader.getClass())
              .isEqualTo(value);
        }
      }
    }
    JsonLimits small = JsonLimits.defaults().withMaxNestingDepth(8);
    assertThat(JACKSON3.withLimits(small)).isInstanceOf(dev.parley.json.jackson3.ParleyJson.class);
    assertThat(JACKSON2.withLimits(small).limits()).isEqualTo(small);
    assertThat(JsonFormat.FORMAT).isEqualTo(ParleyJson.FORMAT).isEqualTo("parley");
  }

  /** Every bad input of the Jackson 2 module's corpora. */
  static Stream<Input> badInputs() {
    Stream<BadInput.Case> cases =
        Stream.of(
                BadInputCorpusTest.corpus(),
                ExchangeBadInputTest.corpus(),
                CeasefireAndTalksBadInputTest.corpus(),
                TerritoryIncidentBadInputTest.corpus())
            .flatMap(s -> s);
    Stream<Input> bad =
        cases.map(c -> new Input(c.name(), c.target(), c.input().getBytes(StandardCharsets.UTF_8)));
    Stream<Input> chronicles =
        ChronicleJsonTest.badDocuments()
            .map(
                c ->
                    new Input(
                        "chronicle: " + c.name(),
                        Chronicle.class,
                        c.input().getBytes(StandardCharsets.UTF_8)));
    Stream<Input> malformed =
        Stream.of(
                MalformedJsonSuiteTest.notJson(),
                MalformedJsonSuiteTest.jsonButNotParley(),
                MalformedJsonSuiteTest.decisions())
            .flatMap(s -> s)
            .map(c -> new Input("malformed: " + c.name(), c.target(), c.input()));
    return Stream.of(bad, chronicles, malformed).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void everyBadInputFailsTheSameInBothModules(Input c) {
    Outcome two = attempt(JACKSON2, c.target(), c.bytes());
    Outcome three = attempt3(c.target(), c.bytes());
    sameOutcome(c.name(), two, three);
    Outcome twoStream = HostileOracle.attempt(() -> readStream2(c));
    Outcome threeStream = HostileOracle.attempt(() -> readStream3(c));
    sameOutcome(c.name() + " from a stream", twoStream, threeStream);
  }

  @Test
  void bothModulesReadHardDecimalsAsTheJdk() {
    // Jackson 3 parses numbers with its fast parser by default; the Jackson 2 module enables it.
    Laws.qt()
        .forAll(Decimals.hard(), Decimals.plain())
        .checkAssert(
            (latitude, longitude) -> {
              Decimals.readAsTheJdk(JACKSON2, latitude, longitude);
              Decimals.readAsTheJdk(JACKSON3, latitude, longitude);
            });
  }

  @Test
  void theCorporaAreThere() {
    assertThat(badInputs().count()).isGreaterThan(250);
  }

  private static Object readStream2(Input c) {
    return c.target() == null
        ? JACKSON2.readRecord(new ByteArrayInputStream(c.bytes()))
        : JACKSON2.read(new ByteArrayInputStream(c.bytes()), c.target());
  }

  private static Object readStream3(Input c) {
    return c.target() == null
        ? JACKSON3.readRecord(new ByteArrayInputStream(c.bytes()))
        : JACKSON3.read(new ByteArrayInputStream(c.bytes()), c.target());
  }

  private static Outcome attempt(ParleyJson json, @Nullable Class<?> target, byte[] in) {
    return HostileOracle.attempt(
        () -> target == null ? json.readRecord(in) : json.read(in, target));
  }

  private static Outcome attempt3(@Nullable Class<?> target, byte[] in) {
    return HostileOracle.attempt(
        () -> target == null ? JACKSON3.readRecord(in) : JACKSON3.read(in, target));
  }

  /** The same value, or the same failure: kind, pointer, line, column and rule codes. */
  private static void sameOutcome(String what, Outcome two, Outcome three) {
    assertThat(three.values()).as("%s: the values", what).isEqualTo(two.values());
    ParleyJsonException e2 = two.error();
    ParleyJsonException e3 = three.error();
    if (e2 == null || e3 == null) {
      assertThat(e3).as("%s: Jackson 3 fails where Jackson 2 fails with %s", what, e2).isNull();
      assertThat(e2).as("%s: Jackson 3 fails with %s", what, e3).isNull();
      assertThat(three.kind()).as("%s: the first bad line", what).isEqualTo(two.kind());
      return;
    }
    String both = "\n  Jackson 2: " + e2.getMessage() + "\n  Jackson 3: " + e3.getMessage();
    assertThat(e3.kind()).as("%s: kind%s", what, both).isEqualTo(e2.kind());
    assertThat(e3.pointer()).as("%s: pointer%s", what, both).isEqualTo(e2.pointer());
    assertThat(e3.line()).as("%s: line%s", what, both).isEqualTo(e2.line());
    assertThat(e3.column()).as("%s: column%s", what, both).isEqualTo(e2.column());
    assertThat(e3.ruleCodes()).as("%s: rules%s", what, both).isEqualTo(e2.ruleCodes());
  }

  /**
   * The hostile fuzz's cases (its seed, its first {@code parley.parity.cases} cases), each through
   * both modules' oracles: the same outcome case by case, hence the same outcome counts.
   */
  @Test
  void everyHostileFuzzCaseHasTheSameOutcomeInBothModules() {
    int cases = Integer.getInteger("parley.parity.cases", 3_000);
    HostileOracle two = new HostileOracle(JsonSide.of(JACKSON2));
    HostileOracle three = new HostileOracle(Jackson3Side.defaults());
    SplittableRandom run = new SplittableRandom(Long.getLong("parley.fuzz.seed", 20_250_523L));
    Map<String, Integer> tally = new TreeMap<>();
    for (int i = 0; i < cases; i++) {
      Case c = Case.of(run.nextLong());
      Outcome o2 = two.check(c.sample(), c.input());
      Outcome o3 = three.check(c.sample(), c.input());
      sameOutcome(c.describe(), o2, o3);
      if (o2.lines().size() > 0 || o3.lines().size() > 0) {
        sameLines(c.describe(), o2, o3);
      }
      tally.merge(o3.kind() == null ? "VALUE" : o3.kind().name(), 1, Integer::sum);
    }
    System.out.printf("hostile fuzz parity: %d cases, outcomes %s%n", cases, tally);
    assertThat(tally).containsKeys("VALUE", "MALFORMED", "TRUNCATED", "RULE_VIOLATION");
  }

  /** Each NDJSON line has the same outcome in both. */
  private static void sameLines(String what, Outcome two, Outcome three) {
    assertThat(three.lines()).as("%s: the lines", what).hasSameSizeAs(two.lines());
    for (int i = 0; i < two.lines().size(); i++) {
      dev.parley.json.format.NdjsonRecord r2 = two.lines().get(i);
      dev.parley.json.format.NdjsonRecord r3 = three.lines().get(i);
      assertThat(r3.line()).isEqualTo(r2.line());
      sameOutcome(
          what + ", line " + r2.line(),
          Outcome.of(r2.isValid() ? r2.value() : null, r2.error().orElse(null)),
          Outcome.of(r3.isValid() ? r3.value() : null, r3.error().orElse(null)));
    }
  }

  /** Reads an NDJSON stream in collect mode: every line's record, or the header's failure. */
  private static Outcome ndjson(JsonSide side, byte[] input) {
    List<dev.parley.json.format.NdjsonRecord> lines = new ArrayList<>();
    try (NdjsonReader in = side.ndjsonReader(input, ErrorMode.COLLECT)) {
      in.forEachRemaining(lines::add);
    } catch (ParleyJsonException e) {
      return Outcome.of(null, e);
    }
    return new Outcome(null, null, List.copyOf(lines));
  }

  /** Every cut of every sample of the fuzz corpus, read plainly by both modules. */
  @Test
  void everyTruncationHasTheSameOutcomeInBothModules() {
    Map<ParleyJsonException.Kind, Integer> tally = new EnumMap<>(ParleyJsonException.Kind.class);
    int cuts = 0;
    for (Sample sample : HostileCorpus.samples()) {
      byte[] whole = sample.bytes();
      for (int cut = 0; cut <= whole.length; cut++) {
        byte[] input = Arrays.copyOf(whole, cut);
        String what = "truncation of " + sample + " at byte " + cut;
        Outcome two;
        Outcome three;
        if (sample.shape() == Shape.NDJSON) {
          two = ndjson(JsonSide.of(JACKSON2), input);
          three = ndjson(Jackson3Side.defaults(), input);
          sameLines(what, two, three);
        } else {
          Class<?> target = sample.shape() == Shape.CHRONICLE ? Chronicle.class : sample.type();
          two = attempt(JACKSON2, target, input);
          three = attempt3(target, input);
        }
        sameOutcome(what, two, three);
        cuts++;
        if (two.error() != null) {
          tally.merge(two.error().kind(), 1, Integer::sum);
        }
      }
    }
    System.out.printf("truncation parity: %d cuts, failures %s%n", cuts, tally);
    assertThat(cuts).isGreaterThan(1000);
  }
}
