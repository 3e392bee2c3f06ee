package dev.parley.json;

import static dev.parley.json.BadInput.c;

import dev.parley.estimate.Estimate;
import dev.parley.json.BadInput.Case;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.provenance.Source;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile documents, each failing with exactly one documented error: its kind, JSON
 * Pointer, line, column and rule codes.
 */
class BadInputCorpusTest {
  private static final String UKRAINE = "\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"";
  private static final String DEEP = "[".repeat(40) + "]".repeat(40);

  /** One bad document; {@code target} null means "a record of any type". */
  static Stream<Case> corpus() {
    return Stream.of(
        // syntax and framing
        c(
            "truncated",
            Party.class,
            "{\"type\":\"party\"," + UKRAINE,
            Kind.TRUNCATED,
            "/kind",
            1,
            58),
        c("empty", Party.class, "", Kind.TRUNCATED, "", 1, 1),
        c("whitespace only", Party.class, "  \n ", Kind.TRUNCATED, "", 2, 2),
        c("null document", Party.class, "null", Kind.NULL_VALUE, "", 1, 1),
        c("unquoted name", Party.class, "{type:\"party\"}", Kind.MALFORMED, "", 1, 2),
        c(
            "missing comma",
            Party.class,
            "{\"type\":\"party\" \"id\":\"ua\"}",
            Kind.MALFORMED,
            "/type",
            1,
            17),
        c(
            "trailing document",
            Party.class,
            "{\"type\":\"party\"," + UKRAINE + "} {}",
            Kind.TRAILING_CONTENT,
            "",
            1,
            60),
        c(
            "trailing garbage",
            Party.class,
            "{\"type\":\"party\"," + UKRAINE + "} x",
            Kind.TRAILING_CONTENT,
            "",
            1,
            60),
        c(
            "trailing close",
            Party.class,
            "{\"type\":\"party\"," + UKRAINE + "}}",
            Kind.TRAILING_CONTENT,
            "",
            1,
            59),
        // properties
        c(
            "unknown property",
            Party.class,
            "{\"type\":\"party\"," + UKRAINE + ",\"flag\":1}",
            Kind.UNKNOWN_PROPERTY,
            "/flag",
            1,
            59),
        c(
            "duplicate key",
            Party.class,
            "{\"type\":\"party\",\"id\":\"ua\",\"id\":\"ru\",\"name\":\"Ukraine\",\"kind\":\"state\"}",
            Kind.DUPLICATE_PROPERTY,
            "/id",
            1,
            27),
        c(
            "duplicate type",
            Party.class,
            "{\"type\":\"party\",\"type\":\"party\"," + UKRAINE + "}",
            Kind.DUPLICATE_PROPERTY,
            "/type",
            1,
            17),
        c(
            "missing name",
            Party.class,
            "{\"type\":\"party\",\"id\":\"ua\",\"kind\":\"state\"}",
            Kind.MISSING_PROPERTY,
            "",
            1,
            1),
        c("missing type", Party.class, "{" + UKRAINE + "}", Kind.MISSING_PROPERTY, "", 1, 1),
        c(
            "null name",
            Party.class,
            "{\"type\":\"party\",\"id\":\"ua\",\"name\":null,\"kind\":\"state\"}",
            Kind.NULL_VALUE,
            "/name",
            1,
            34),
        c(
            "null optional",
            Party.class,
            "{\"type\":\"party\"," + UKRAINE + ",\"country\":null}",
            Kind.NULL_VALUE,
            "/country",
            1,
            69),
        // wrong JSON types, no coercion
        c(
            "number for string",
            Party.class,
            "{\"type\":\"party\",\"id\":7,\"name\":\"Ukraine\",\"kind\":\"state\"}",
            Kind.WRONG_TYPE,
            "/id",
            1,
            22),
        c(
            "boolean for string",
            Party.class,
            "{\"type\":\"party\",\"id\":true,\"name\":\"Ukraine\",\"kind\":\"state\"}",
            Kind.WRONG_TYPE,
            "/id",
            1,
            22),
        c(
            "string for number",
            Place.class,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\","
                + "\"coordinates\":{\"latitude\":\"46.5\",\"longitude\":30},\"precision\":\"settlement\"}",
            Kind.WRONG_TYPE,
            "/coordinates/latitude",
            1,
            78),
        c(
            "float for integer",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":8.0}",
            Kind.WRONG_TYPE,
            "/value",
            1,
            25),
        c(
            "string for integer",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":\"8\"}",
            Kind.WRONG_TYPE,
            "/value",
            1,
            25),
        c(
            "integer beyond long",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":99999999999999999999}",
            Kind.WRONG_TYPE,
            "/value",
            1,
            25),
        c("array for object", Party.class, "[]", Kind.WRONG_TYPE, "", 1, 1),
        c(
            "object for string",
            Party.class,
            "{\"type\":\"party\",\"id\":{},\"name\":\"Ukraine\",\"kind\":\"state\"}",
            Kind.WRONG_TYPE,
            "/id",
            1,
            22),
        // types and tokens
        c(
            "type of another record",
            Party.class,
            "{\"type\":\"place\"," + UKRAINE + "}",
            Kind.TYPE_MISMATCH,
            "/type",
            1,
            9),
        c(
            "java class name as type",
            Party.class,
            "{\"type\":\"dev.parley.party.Party\"," + UKRAINE + "}",
            Kind.UNKNOWN_TYPE,
            "/type",
            1,
            9),
        c(
            "unknown type",
            null,
            "{\"type\":\"treaty\",\"id\":\"x\"}",
            Kind.UNKNOWN_TYPE,
            "/type",
            1,
            9),
        c("numeric type", null, "{\"type\":1}", Kind.WRONG_TYPE, "/type", 1, 9),
        c("record without type", null, "{" + UKRAINE + "}", Kind.MISSING_PROPERTY, "", 1, 1),
        c(
            "wrong-case token",
            Party.class,
            "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"State\"}",
            Kind.UNKNOWN_TOKEN,
            "/kind",
            1,
            51),
        c(
            "figure of another estimate kind",
            Estimate.class,
            "{\"kind\":\"exact\",\"low\":8}",
            Kind.UNKNOWN_PROPERTY,
            "/low",
            1,
            23),
        c(
            "range without high",
            Estimate.class,
            "{\"kind\":\"range\",\"low\":8}",
            Kind.MISSING_PROPERTY,
            "",
            1,
            1),
        // text forms
        c(
            "date-time without zone",
            TimeWindow.class,
            "{\"start\":\"2025-04-19 18:00\"}",
            Kind.INVALID_TEXT,
            "/start",
            1,
            10),
        c(
            "offset disagrees with zone",
            TimeWindow.class,
            "{\"start\":\"2025-04-19T18:00+05:00[Europe/Moscow]\"}",
            Kind.INVALID_TEXT,
            "/start",
            1,
            10),
        c("impossible day", ReportedDate.class, "\"2025-02-30\"", Kind.INVALID_TEXT, "", 1, 1),
        c(
            "bad link",
            Source.class,
            "{\"outlet\":\"TASS\",\"link\":\"http://a b\"}",
            Kind.INVALID_TEXT,
            "/link",
            1,
            25),
        // rules of the core
        c(
            "blank name, person for nobody",
            Party.class,
            "{\"type\":\"party\",\"id\":\"ua\",\"name\":\" \",\"kind\":\"person\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "PARTY_NAME_BLANK",
            "PARTY_PERSON_ACTING_FOR"),
        c(
            "acting for itself",
            Party.class,
            "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"U\",\"kind\":\"state\",\"actingFor\":\"ua\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "PARTY_ACTING_FOR_SELF"),
        c(
            "malformed id",
            Party.class,
            "{\"type\":\"party\",\"id\":\"-ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}",
            Kind.RULE_VIOLATION,
            "/id",
            1,
            22,
            "ID_FORMAT"),
        c(
            "lower-case country",
            Party.class,
            "{\"type\":\"party\"," + UKRAINE + ",\"country\":\"ua\"}",
            Kind.RULE_VIOLATION,
            "/country",
            1,
            69,
            "COUNTRY_CODE_UNKNOWN"),
        c(
            "region in another country",
            Place.class,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\",\"region\":\"RU-KRS\",\"precision\":\"region\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "PLACE_REGION_COUNTRY_MISMATCH"),
        c(
            "coordinates out of range",
            Place.class,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\","
                + "\"coordinates\":{\"latitude\":91,\"longitude\":200},\"precision\":\"settlement\"}",
            Kind.RULE_VIOLATION,
            "/coordinates",
            1,
            66,
            "PLACE_LATITUDE_RANGE",
            "PLACE_LONGITUDE_RANGE"),
        c(
            "range out of order",
            Estimate.class,
            "{\"kind\":\"range\",\"low\":10,\"high\":6}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "ESTIMATE_RANGE_ORDER"),
        c(
            "negative count",
            Estimate.class,
            "{\"kind\":\"at_least\",\"low\":-1}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "ESTIMATE_NEGATIVE"),
        c(
            "window ends before start",
            TimeWindow.class,
            "{\"start\":\"2025-04-19T18:00+03:00[Europe/Moscow]\",\"end\":\"2025-04-19T17:00+03:00[Europe/Moscow]\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "WINDOW_END_BEFORE_START"),
        c(
            "date range backwards",
            ReportedDate.class,
            "\"2025-05-18/2025-05-16\"",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "DATE_RANGE_ORDER"),
        c(
            "anonymous source",
            Source.class,
            "{}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "SOURCE_ANONYMOUS"),
        c(
            "blank organ",
            Source.class,
            "{\"organ\":\"  \"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "SOURCE_TEXT_BLANK"),
        c(
            "region code malformed",
            Place.class,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\",\"region\":\"UA63\",\"precision\":\"region\"}",
            Kind.RULE_VIOLATION,
            "/region",
            1,
            61,
            "REGION_CODE_FORMAT"),
        c(
            "region of no country",
            Place.class,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\",\"region\":\"ZZ-1\",\"precision\":\"region\"}",
            Kind.RULE_VIOLATION,
            "/region",
            1,
            61,
            "REGION_COUNTRY_UNKNOWN"),
        c(
            "blank place name",
            Place.class,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"\",\"country\":\"UA\",\"precision\":\"country\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "PLACE_NAME_BLANK"),
        c(
            "region precision without region",
            Place.class,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\",\"precision\":\"region\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "PLACE_REGION_MISSING"),
        // rules and types when "type" is not the first property (the object is buffered)
        c(
            "buffered record breaks a rule",
            null,
            "{\"id\":\"ua\",\"name\":\" \",\"kind\":\"state\",\"type\":\"party\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "PARTY_NAME_BLANK"),
        c(
            "buffered record with wrong type",
            null,
            "{\"id\":\"ua\",\"name\":7,\"kind\":\"state\",\"type\":\"party\"}",
            Kind.WRONG_TYPE,
            "/name",
            1,
            1),
        // positions on later lines
        c(
            "error on line 4",
            Party.class,
            "{\n  \"type\": \"party\",\n  \"id\": \"ua\",\n  \"name\": 12,\n  \"kind\": \"state\"\n}",
            Kind.WRONG_TYPE,
            "/name",
            4,
            11),
        // limits
        c(
            "huge string",
            Party.class,
            "{\"type\":\"party\",\"id\":\"ua\",\"name\":\""
                + "x".repeat(70_000)
                + "\",\"kind\":\"state\"}",
            Kind.LIMIT_EXCEEDED,
            "/name",
            1,
            70_036),
        c(
            "huge property name",
            Party.class,
            "{\"" + "n".repeat(300) + "\":1}",
            Kind.LIMIT_EXCEEDED,
            "",
            1,
            304),
        c(
            "huge number",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":" + "9".repeat(100) + "}",
            Kind.LIMIT_EXCEEDED,
            "/value",
            1,
            125),
        c(
            "deep nesting",
            null,
            "{\"id\":" + DEEP + ",\"type\":\"party\"}",
            Kind.LIMIT_EXCEEDED,
            "/id" + "/0".repeat(31),
            1,
            39),
        c("deep nesting where an object belongs", Party.class, DEEP, Kind.WRONG_TYPE, "", 1, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void failsWithExactError(Case c) {
    BadInput.failsExactly(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void failsTheSameFromAStream(Case c) {
    BadInput.failsTheSameFromAStream(c);
  }
}
