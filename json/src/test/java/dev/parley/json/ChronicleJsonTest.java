package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.chronicle.Chronicle;
import dev.parley.json.codec.records.RecordCodec;
import dev.parley.json.codec.records.RecordTypes;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import dev.parley.testing.ChronicleGen;
import dev.parley.testing.Laws;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chronicle documents: written in the chronicle's order and read back the same, conforming to
 * chronicle.schema.json, and every bad document failing with its exact error.
 */
class ChronicleJsonTest {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private static final String SCHEMA = "chronicle.schema.json";
  private static final String HEADER = "\"format\":\"parley\",\"version\":1";
  private static final String UKRAINE =
      "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}";
  private static final String RAKIVKA =
      "{\"type\":\"place\",\"id\":\"ua:rakivka\",\"name\":\"Rakivka\",\"country\":\"UA\",\"precision\":\"country\"}";

  /** The golden chronicle: Ukraine, its president and Rakivka, and no records yet. */
  static final Chronicle GOLDEN =
      Chronicle.builder().addParties(Seed.UKRAINE, Seed.ZELENSKY).addPlaces(Seed.RAKIVKA).build();

  private static final Chronicle SEED =
      Chronicle.builder()
          .addAllParties(
              Seed.RECORDS.stream().filter(Party.class::isInstance).map(Party.class::cast).toList())
          .addAllPlaces(
              Seed.RECORDS.stream().filter(Place.class::isInstance).map(Place.class::cast).toList())
          .build();

  private static void assertSameContent(Chronicle actual, Chronicle expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.parties()).containsExactlyElementsOf(expected.parties());
    assertThat(actual.places()).containsExactlyElementsOf(expected.places());
    assertThat(actual.records()).containsExactlyElementsOf(expected.records());
  }

  @Test
  void writesGoldenChronicle() {
    assertThat(JSON.writeChronicle(GOLDEN).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(GoldenFilesTest.golden("chronicle.json"));
  }

  @Test
  void readsGoldenChronicle() {
    byte[] golden = GoldenFilesTest.golden("chronicle.json");
    assertSameContent(JSON.readChronicle(golden), GOLDEN);
    assertSameContent(JSON.read(golden, Chronicle.class), GOLDEN);
    assertThat(Schemas.errors(SCHEMA, new String(golden, StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void seedChronicleRoundTripsThroughEveryEntryPoint() {
    String text = JSON.writeChronicle(SEED);
    assertThat(text)
        .startsWith(
            "{\n  \"format\": \"parley\",\n  \"version\": 1,\n  \"parties\": [\n    {\n      \"type\": \"party\",")
        .endsWith("  ],\n  \"records\": []\n}\n");
    assertThat(JSON.write(SEED)).isEqualTo(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeChronicle(SEED, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertSameContent(JSON.readChronicle(text), SEED);
    assertSameContent(JSON.readChronicle(text.getBytes(StandardCharsets.UTF_8)), SEED);
    assertSameContent(
        JSON.readChronicle(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), SEED);
    assertThat(Schemas.errors(SCHEMA, text)).isEmpty();
  }

  @Test
  void keepsDuplicatesAndOrder() {
    Party renamed = Seed.UKRAINE.withName("Ukraine (renamed)");
    Chronicle c =
        Chronicle.builder()
            .addParties(Seed.UKRAINE, Seed.RUSSIA, renamed)
            .addPlaces(Seed.ISTANBUL, Seed.ISTANBUL)
            .build();
    Chronicle back = JSON.readChronicle(JSON.writeChronicle(c));
    assertSameContent(back, c);
    assertThat(back.party(PartyId.of("ua"))).contains(renamed);
  }

  @Test
  void emptyChronicleIsTheHeaderAndThreeEmptyArrays() {
    String text = JSON.writeChronicle(Chronicle.empty());
    assertThat(text)
        .isEqualTo(
            "{\n  \"format\": \"parley\",\n  \"version\": 1,\n  \"parties\": [],\n  \"places\": [],\n  \"records\": []\n}\n");
    assertThat(JSON.readChronicle(text)).isEqualTo(Chronicle.empty());
    assertThat(Schemas.errors(SCHEMA, text)).isEmpty();
  }

  @Test
  void generatedChroniclesRoundTripAndConformToTheSchema() {
    Laws.qt()
        .forAll(ChronicleGen.arbitrary(r -> JSON.isRecordType(r.getClass())))
        .checkAssert(
            c -> {
              String text = JSON.writeChronicle(c);
              Chronicle back = JSON.readChronicle(text);
              assertSameContent(back, c);
              assertThat(JSON.writeChronicle(back)).isEqualTo(text);
              assertThat(Schemas.errors(SCHEMA, text)).as(text).isEmpty();
            });
  }

  @Test
  void acceptsPropertiesAndRecordTypesInAnyOrderAfterTheHeader() {
    String text =
        "{\"version\":1,\"format\":\"parley\",\"records\":[],\"places\":["
            + RAKIVKA
            + "],"
            + "\"parties\":[{\"id\":\"ua\",\"name\":\"Ukraine\",\"type\":\"party\",\"kind\":\"state\"}]}";
    Chronicle c = JSON.readChronicle(text);
    assertThat(c.parties()).extracting(p -> p.id().value()).containsExactly("ua");
    assertThat(c.places()).extracting(p -> p.id().value()).containsExactly("ua:rakivka");
  }

  @Test
  void recordOfATypeWithoutCodecIsRejectedBeforeAnythingIsWritten() {
    Laws.qt()
        .forAll(ChronicleGen.anyRecords())
        .checkAssert(
            r -> {
              Chronicle c = Chronicle.builder().addParties(Seed.UKRAINE).addRecords(r).build();
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              if (JSON.isRecordType(r.getClass())) {
                JSON.writeChronicle(c, out);
                assertSameContent(JSON.readChronicle(out.toByteArray()), c);
              } else {
                assertThatThrownBy(() -> JSON.writeChronicle(c, out))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(
                        "record " + r.id() + " is of type " + r.recordType().token());
                assertThat(out.size()).isZero();
              }
            });
  }

  @Test
  void writingToAFailingStreamThrowsUnchecked() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> JSON.writeChronicle(SEED, broken))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void readingAFailingStreamIsAnIoError() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("gone");
          }
        };
    assertThat(
            catchThrowableOfType(ParleyJsonException.class, () -> JSON.readChronicle(broken))
                .kind())
        .isEqualTo(Kind.IO);
  }

  @Test
  void moduleReadsAndWritesChronicleDocuments() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String compact = mapper.writeValueAsString(SEED);
    assertThat(compact)
        .startsWith("{" + HEADER + ",\"parties\":[{\"type\":\"party\",\"id\":\"ru\"");
    assertSameContent(mapper.readValue(compact, Chronicle.class), SEED);
    assertSameContent(mapper.readValue(JSON.writeChronicle(SEED), Chronicle.class), SEED);
  }

  @Test
  void schemaListsEveryRecordTypeButPartyAndPlace() throws IOException {
    String schema;
    try (InputStream in =
        ParleyJson.class.getResourceAsStream("/dev/parley/json/schema/" + SCHEMA)) {
      assertThat(in).isNotNull();
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String records = schema.substring(schema.indexOf("\"oneOf\""));
    for (RecordCodec<?> c : RecordTypes.all()) {
      String line = "{ \"$ref\": \"" + Schemas.forType(c.typeName()) + "\" }";
      if (ChronicleRecord.class.isAssignableFrom(c.javaType())) {
        assertThat(records)
            .as("records of type %s in chronicle.schema.json", c.typeName())
            .contains(line);
      } else {
        assertThat(records).doesNotContain(line);
      }
    }
  }

  static Stream<String> documentsTheSchemaRejects() {
    return Stream.of(
        "{" + HEADER + ",\"parties\":[],\"places\":[],\"records\":[" + UKRAINE + "]}",
        "{" + HEADER + ",\"parties\":[" + RAKIVKA + "],\"places\":[],\"records\":[]}",
        "{" + HEADER + ",\"parties\":[],\"places\":[" + UKRAINE + "],\"records\":[]}",
        "{"
            + HEADER
            + ",\"parties\":[],\"places\":[],\"records\":[{\"type\":\"frobnication\",\"id\":\"x\"}]}",
        "{" + HEADER + ",\"parties\":[],\"places\":[]}",
        "{" + HEADER + ",\"parties\":[],\"places\":[],\"records\":[],\"notes\":\"x\"}",
        "{\"format\":\"parley\",\"version\":2,\"parties\":[],\"places\":[],\"records\":[]}",
        "{\"format\":\"other\",\"version\":1,\"parties\":[],\"places\":[],\"records\":[]}",
        "{\"parties\":[],\"places\":[],\"records\":[]}");
  }

  @ParameterizedTest
  @MethodSource("documentsTheSchemaRejects")
  void schemaRejectsBadDocument(String document) {
    assertThat(Schemas.errors(SCHEMA, document)).isNotEmpty();
    assertThatThrownBy(() -> JSON.readChronicle(document)).isInstanceOf(ParleyJsonException.class);
  }

  /** One bad chronicle document and its exact error. */
  record Case(
      String name,
      String input,
      Kind kind,
      String pointer,
      long line,
      int column,
      List<String> rules) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(
      String name,
      String input,
      Kind kind,
      String pointer,
      long line,
      int column,
      String... rules) {
    return new Case(name, input, kind, pointer, line, column, List.of(rules));
  }

  private static String doc(String parties, String places, String records) {
    return "{"
        + HEADER
        + ",\"parties\":["
        + parties
        + "],\"places\":["
        + places
        + "],\"records\":["
        + records
        + "]}";
  }

  static Stream<Case> badDocuments() {
    return Stream.of(
        c(
            "another format",
            "{\"format\":\"json-ld\",\"version\":1,\"parties\":[],\"places\":[],\"records\":[]}",
            Kind.UNSUPPORTED_FORMAT,
            "/format",
            1,
            11),
        c(
            "version 2",
            "{\"format\":\"parley\",\"version\":2,\"parties\":[],\"places\":[],\"records\":[]}",
            Kind.UNSUPPORTED_FORMAT,
            "/version",
            1,
            30),
        c(
            "version as string",
            "{\"format\":\"parley\",\"version\":\"1\",\"parties\":[],\"places\":[],\"records\":[]}",
            Kind.WRONG_TYPE,
            "/version",
            1,
            30),
        c(
            "content before the header",
            "{\"parties\":[],\"format\":\"parley\",\"version\":1,\"places\":[],\"records\":[]}",
            Kind.UNSUPPORTED_FORMAT,
            "/parties",
            1,
            12),
        c(
            "no header",
            "{\"parties\":[],\"places\":[],\"records\":[]}",
            Kind.UNSUPPORTED_FORMAT,
            "/parties",
            1,
            12),
        c("a record instead of a chronicle", UKRAINE, Kind.UNKNOWN_PROPERTY, "/type", 1, 2),
        c("empty object", "{}", Kind.MISSING_PROPERTY, "", 1, 1),
        c("array for document", "[]", Kind.WRONG_TYPE, "", 1, 1),
        c(
            "unknown top-level property",
            "{" + HEADER + ",\"parties\":[],\"places\":[],\"records\":[],\"notes\":\"x\"}",
            Kind.UNKNOWN_PROPERTY,
            "/notes",
            1,
            70),
        c(
            "missing records",
            "{" + HEADER + ",\"parties\":[],\"places\":[]}",
            Kind.MISSING_PROPERTY,
            "",
            1,
            1),
        c(
            "records twice",
            "{" + HEADER + ",\"records\":[],\"parties\":[],\"places\":[],\"records\":[]}",
            Kind.DUPLICATE_PROPERTY,
            "/records",
            1,
            70),
        c(
            "records is an object",
            "{" + HEADER + ",\"parties\":[],\"places\":[],\"records\":{}}",
            Kind.WRONG_TYPE,
            "/records",
            1,
            67),
        c(
            "null parties",
            "{" + HEADER + ",\"parties\":null,\"places\":[],\"records\":[]}",
            Kind.NULL_VALUE,
            "/parties",
            1,
            42),
        c(
            "a place in parties",
            doc(UKRAINE + "," + RAKIVKA, "", ""),
            Kind.TYPE_MISMATCH,
            "/parties/1/type",
            1,
            110),
        c("a party in places", doc("", UKRAINE, ""), Kind.TYPE_MISMATCH, "/places/0/type", 1, 63),
        c("a party in records", doc("", "", UKRAINE), Kind.TYPE_MISMATCH, "/records/0", 1, 68),
        c(
            "a place in records, type last",
            doc(
                "",
                "",
                "{\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\",\"precision\":\"country\",\"type\":\"place\"}"),
            Kind.TYPE_MISMATCH,
            "/records/0",
            1,
            68),
        c(
            "unknown record type",
            doc("", "", "{\"type\":\"frobnication\",\"id\":\"x\"}"),
            Kind.UNKNOWN_TYPE,
            "/records/0/type",
            1,
            76),
        c(
            "unknown record type, type last",
            doc("", "", "{\"id\":\"x\",\"type\":\"frobnication\"}"),
            Kind.UNKNOWN_TYPE,
            "/records/0/type",
            1,
            85),
        c(
            "record without type",
            doc("", "", "{\"id\":\"x\"}"),
            Kind.MISSING_PROPERTY,
            "/records/0",
            1,
            68),
        c("null record", doc("", "", "null"), Kind.NULL_VALUE, "/records/0", 1, 68),
        c("number as record", doc("", "", "7"), Kind.WRONG_TYPE, "/records/0", 1, 68),
        c(
            "rule broken in a party",
            doc(
                UKRAINE + ",{\"type\":\"party\",\"id\":\"x\",\"name\":\" \",\"kind\":\"person\"}",
                "",
                ""),
            Kind.RULE_VIOLATION,
            "/parties/1",
            1,
            102,
            "PARTY_NAME_BLANK",
            "PARTY_PERSON_ACTING_FOR"),
        c(
            "bad token in a place",
            doc(
                "",
                "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\",\"precision\":\"town\"}",
                ""),
            Kind.UNKNOWN_TOKEN,
            "/places/0/precision",
            1,
            118),
        c(
            "truncated",
            "{" + HEADER + ",\"parties\":[" + UKRAINE,
            Kind.TRUNCATED,
            "/parties/0",
            1,
            101),
        c("trailing content", doc("", "", "") + "{}", Kind.TRAILING_CONTENT, "", 1, 70),
        c(
            "error on a later line",
            "{\n  \"format\": \"parley\",\n  \"version\": 1,\n  \"parties\": [\n    {\n"
                + "      \"type\": \"party\",\n      \"id\": \"ua\",\n      \"name\": \"Ukraine\",\n      \"kind\": 3\n    }\n  ],\n"
                + "  \"places\": [],\n  \"records\": []\n}\n",
            Kind.WRONG_TYPE,
            "/parties/0/kind",
            9,
            15));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void failsWithExactError(Case c) {
    ParleyJsonException e =
        catchThrowableOfType(ParleyJsonException.class, () -> JSON.readChronicle(c.input()));
    assertThat(e).as("no exception for %s", c.name()).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(c.kind());
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(c.pointer());
    assertThat(e.line()).as(e.getMessage()).isEqualTo(c.line());
    assertThat(e.column()).as(e.getMessage()).isEqualTo(c.column());
    assertThat(e.ruleCodes()).as(e.getMessage()).isEqualTo(c.rules());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void failsTheSameFromAStream(Case c) {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () ->
                JSON.readChronicle(
                    new ByteArrayInputStream(c.input().getBytes(StandardCharsets.UTF_8))));
    assertThat(e).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(c.kind());
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(c.pointer());
    assertThat(e.ruleCodes()).isEqualTo(c.rules());
  }

  @Test
  void partyInRecordsSaysWhereItBelongs() {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class, () -> JSON.readChronicle(doc("", "", UKRAINE)));
    assertThat(e.detail())
        .isEqualTo("a record of type \"party\" belongs in \"parties\", not in \"records\"");
    assertThat(e.kind()).isEqualTo(Kind.TYPE_MISMATCH);
    assertThat(e.pointer()).isEqualTo("/records/0");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(doc("", "", UKRAINE).indexOf(UKRAINE) + 1);
  }

  @Test
  void lateHeaderSaysTheHeaderComesFirst() {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () ->
                JSON.readChronicle(
                    "{\"records\":[],\"format\":\"parley\",\"version\":1,\"parties\":[],\"places\":[]}"));
    assertThat(e.detail())
        .isEqualTo(
            "property \"records\" comes before the header; a chronicle document starts with \"format\" and \"version\"");
  }
}
