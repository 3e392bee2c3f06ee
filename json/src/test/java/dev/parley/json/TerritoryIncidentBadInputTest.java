package dev.parley.json;

import static dev.parley.json.BadInput.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.incident.Incident;
import dev.parley.json.BadInput.Case;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad territorial claims, assessments and incidents, each failing with exactly one error: its kind,
 * JSON Pointer, line, column and rule codes.
 */
class TerritoryIncidentBadInputTest {
  /** One bad document; {@code target} null means "a record of any type". */
  static Stream<Case> corpus() {
    return Stream.of(
        c(
            "share of 120 percent",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":120},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.RULE_VIOLATION,
            "/subject",
            1,
            63,
            "TERRITORY_SHARE_RANGE"),
        c(
            "share of 120 percent when type is last",
            null,
            "{\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":120},\"kind\":\"holds\",\"means\":\"armed\",\"asOf\":\"2025-05\",\"type\":\"territorialClaim\"}",
            Kind.RULE_VIOLATION,
            "/subject",
            1,
            1,
            "TERRITORY_SHARE_RANGE"),
        c(
            "share of nothing",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":0.0},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.RULE_VIOLATION,
            "/subject",
            1,
            63,
            "TERRITORY_SHARE_RANGE"),
        c(
            "percent as string",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":\"20\"},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.WRONG_TYPE,
            "/subject/percent",
            1,
            89),
        c(
            "approximate as string",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":20,\"approximate\":\"yes\"},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.WRONG_TYPE,
            "/subject/approximate",
            1,
            106),
        c(
            "percent too long written out",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":1e-999999},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.LIMIT_EXCEEDED,
            "/subject/percent",
            1,
            89),
        c(
            "percent beyond any decimal",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":1e-2147483649},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.LIMIT_EXCEEDED,
            "/subject/percent",
            1,
            89),
        c(
            "percent of a vast exponent",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":100e2147483647},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.LIMIT_EXCEEDED,
            "/subject/percent",
            1,
            89),
        c(
            "zero of a vast scale",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":0e-2147483647},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.RULE_VIOLATION,
            "/subject",
            1,
            63,
            "TERRITORY_SHARE_RANGE"),
        c(
            "subject of place and region",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"place\":\"ua:rakivka\",\"region\":\"UA-63\"},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.RULE_VIOLATION,
            "/subject",
            1,
            63,
            "TERRITORY_SUBJECT_SHAPE"),
        c(
            "approximate region",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"region\":\"UA-63\",\"approximate\":true},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.RULE_VIOLATION,
            "/subject",
            1,
            63,
            "TERRITORY_SUBJECT_SHAPE"),
        c(
            "empty subject",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.RULE_VIOLATION,
            "/subject",
            1,
            63,
            "TERRITORY_SUBJECT_SHAPE"),
        c(
            "region in another country",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"region\":\"UA-63\",\"country\":\"RU\"},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.RULE_VIOLATION,
            "/subject",
            1,
            63,
            "TERRITORY_SUBJECT_REGION_COUNTRY_MISMATCH"),
        c(
            "claim without means",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"place\":\"p\"},\"kind\":\"captured\",\"asOf\":\"2025-05-23\"}",
            Kind.MISSING_PROPERTY,
            "",
            1,
            1),
        c(
            "unknown claim property",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"place\":\"p\"},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\",\"confirmed\":true}",
            Kind.UNKNOWN_PROPERTY,
            "/confirmed",
            1,
            131),
        c(
            "claim kind of wrong case",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"place\":\"p\"},\"kind\":\"Captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\"}",
            Kind.UNKNOWN_TOKEN,
            "/kind",
            1,
            84),
        c(
            "null provenance",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"place\":\"p\"},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\",\"provenance\":null}",
            Kind.NULL_VALUE,
            "/provenance",
            1,
            144),
        c(
            "provenance not an array",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"place\":\"p\"},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\",\"provenance\":{}}",
            Kind.WRONG_TYPE,
            "/provenance",
            1,
            144),
        c(
            "null statement",
            TerritorialClaim.class,
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"place\":\"p\"},\"kind\":\"captured\",\"means\":\"armed\",\"asOf\":\"2025-05-23\",\"provenance\":[null]}",
            Kind.NULL_VALUE,
            "/provenance/0",
            1,
            145),
        c(
            "assessment of nothing",
            Assessment.class,
            "{\"type\":\"assessment\",\"id\":\"a\",\"assessor\":\"isw\",\"assessorKind\":\"research_group\",\"status\":\"unverified\",\"controller\":{\"kind\":\"contested\"},\"date\":\"2025-05-24\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "TERRITORY_ASSESSMENT_TARGET_MISSING"),
        c(
            "controller party without party",
            Assessment.class,
            "{\"type\":\"assessment\",\"id\":\"a\",\"assessor\":\"isw\",\"assessorKind\":\"research_group\",\"place\":\"p\",\"status\":\"unverified\",\"controller\":{\"kind\":\"party\"},\"date\":\"2025-05-24\"}",
            Kind.MISSING_PROPERTY,
            "/controller",
            1,
            127),
        c(
            "contested controller naming a party",
            Assessment.class,
            "{\"type\":\"assessment\",\"id\":\"a\",\"assessor\":\"isw\",\"assessorKind\":\"research_group\",\"place\":\"p\",\"status\":\"unverified\",\"controller\":{\"kind\":\"contested\",\"party\":\"ru\"},\"date\":\"2025-05-24\"}",
            Kind.UNKNOWN_PROPERTY,
            "/controller/party",
            1,
            155),
        c(
            "controller as a party id",
            Assessment.class,
            "{\"type\":\"assessment\",\"id\":\"a\",\"assessor\":\"isw\",\"assessorKind\":\"research_group\",\"place\":\"p\",\"status\":\"unverified\",\"controller\":\"ru\",\"date\":\"2025-05-24\"}",
            Kind.WRONG_TYPE,
            "/controller",
            1,
            127),
        c(
            "unknown controller kind",
            Assessment.class,
            "{\"type\":\"assessment\",\"id\":\"a\",\"assessor\":\"isw\",\"assessorKind\":\"research_group\",\"place\":\"p\",\"status\":\"unverified\",\"controller\":{\"kind\":\"nobody\"},\"date\":\"2025-05-24\"}",
            Kind.UNKNOWN_TOKEN,
            "/controller/kind",
            1,
            135),
        c(
            "unknown assessor kind",
            Assessment.class,
            "{\"type\":\"assessment\",\"id\":\"a\",\"assessor\":\"isw\",\"assessorKind\":\"think_tank\",\"place\":\"p\",\"status\":\"unverified\",\"controller\":{\"kind\":\"unknown\"},\"date\":\"2025-05-24\"}",
            Kind.UNKNOWN_TOKEN,
            "/assessorKind",
            1,
            63),
        c(
            "assessment claim as number",
            Assessment.class,
            "{\"type\":\"assessment\",\"id\":\"a\",\"assessor\":\"isw\",\"assessorKind\":\"research_group\",\"claim\":7,\"status\":\"unverified\",\"controller\":{\"kind\":\"contested\"},\"date\":\"2025-05-24\"}",
            Kind.WRONG_TYPE,
            "/claim",
            1,
            88),
        c(
            "revisions out of date order",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"casualties\":{\"revisions\":[{\"date\":\"2025-05-23\",\"killed\":{\"kind\":\"exact\",\"value\":1},\"injured\":{\"kind\":\"exact\",\"value\":8},\"sources\":[{\"source\":{\"speaker\":\"ua\"},\"stance\":\"claims\"}]},{\"date\":\"2025-05-22\",\"killed\":{\"kind\":\"exact\",\"value\":1},\"injured\":{\"kind\":\"unknown\"},\"sources\":[{\"source\":{\"speaker\":\"ua\"},\"stance\":\"claims\"}]}]}}",
            Kind.RULE_VIOLATION,
            "/casualties",
            1,
            117,
            "INCIDENT_REVISION_ORDER"),
        c(
            "unsourced revision",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"casualties\":{\"revisions\":[{\"date\":\"2025-05-23\",\"killed\":{\"kind\":\"exact\",\"value\":1},\"injured\":{\"kind\":\"exact\",\"value\":8},\"sources\":[]}]}}",
            Kind.RULE_VIOLATION,
            "/casualties/revisions/0",
            1,
            131,
            "INCIDENT_REVISION_UNSOURCED"),
        c(
            "revision without sources",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"casualties\":{\"revisions\":[{\"date\":\"2025-05-23\",\"killed\":{\"kind\":\"exact\",\"value\":1},\"injured\":{\"kind\":\"exact\",\"value\":8}}]}}",
            Kind.MISSING_PROPERTY,
            "/casualties/revisions/0",
            1,
            131),
        c(
            "revision without injured",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"casualties\":{\"revisions\":[{\"date\":\"2025-05-23\",\"killed\":{\"kind\":\"exact\",\"value\":1},\"sources\":[{\"source\":{\"speaker\":\"ua\"},\"stance\":\"claims\"}]}]}}",
            Kind.MISSING_PROPERTY,
            "/casualties/revisions/0",
            1,
            131),
        c(
            "float count killed",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"casualties\":{\"revisions\":[{\"date\":\"2025-05-23\",\"killed\":{\"kind\":\"exact\",\"value\":1.0},\"injured\":{\"kind\":\"exact\",\"value\":8},\"sources\":[{\"source\":{\"speaker\":\"ua\"},\"stance\":\"claims\"}]}]}}",
            Kind.WRONG_TYPE,
            "/casualties/revisions/0/killed/value",
            1,
            185),
        c(
            "unknown revision property",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"casualties\":{\"revisions\":[{\"dead\":1,\"date\":\"2025-05-23\",\"killed\":{\"kind\":\"exact\",\"value\":1},\"injured\":{\"kind\":\"exact\",\"value\":8},\"sources\":[{\"source\":{\"speaker\":\"ua\"},\"stance\":\"claims\"}]}]}}",
            Kind.UNKNOWN_PROPERTY,
            "/casualties/revisions/0/dead",
            1,
            132),
        c(
            "casualties as an array",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"casualties\":[]}",
            Kind.WRONG_TYPE,
            "/casualties",
            1,
            117),
        c(
            "time on another day",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"time\":\"2025-05-24T01:00+03:00[Europe/Kyiv]\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "INCIDENT_TIME_OUTSIDE_DATE"),
        c(
            "time offset disagrees with zone",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"time\":\"2025-05-23T21:40+01:00[Europe/Kyiv]\"}",
            Kind.INVALID_TEXT,
            "/time",
            1,
            111),
        c(
            "unknown weapon",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"weapon\":\"rocket\"}",
            Kind.UNKNOWN_TOKEN,
            "/weapon",
            1,
            113),
        c(
            "perpetrator without attribution",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"perpetrator\":{\"party\":\"ru\"}}",
            Kind.MISSING_PROPERTY,
            "/perpetrator",
            1,
            118),
        c(
            "null perpetrator source",
            Incident.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\",\"perpetrator\":{\"party\":\"ru\",\"attribution\":\"claimed\",\"sources\":[null]}}",
            Kind.NULL_VALUE,
            "/perpetrator/sources/0",
            1,
            167),
        c(
            "incident read as a claim",
            TerritorialClaim.class,
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"ua:odesa-port\",\"target\":\"port_infrastructure\"}",
            Kind.TYPE_MISMATCH,
            "/type",
            1,
            9));
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

  @Test
  void namesTheShareAndItsRangeInTheMessage() {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () ->
                ParleyJson.defaults()
                    .read(corpus().findFirst().get().input(), TerritorialClaim.class));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("TERRITORY_SHARE_RANGE");
              assertThat(v.message()).contains("(0, 100]").contains("120");
            });
  }

  @Test
  void namesBothRevisionDatesInTheMessage() {
    Case c = corpus().filter(x -> x.name().equals("revisions out of date order")).findFirst().get();
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class, () -> ParleyJson.defaults().read(c.input(), Incident.class));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("INCIDENT_REVISION_ORDER");
              assertThat(v.message()).contains("2025-05-22").contains("2025-05-23");
            });
  }

  @Test
  void pointsAtAFloatCountOnItsLineInThePrettyGoldenIncident() {
    String bad =
        new String(GoldenFilesTest.golden("incident.json"), StandardCharsets.UTF_8)
            .replace("\"value\": 8", "\"value\": 8.5");
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class, () -> ParleyJson.defaults().read(bad, Incident.class));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.pointer()).isEqualTo("/casualties/revisions/0/injured/value");
    assertThat(e.line()).isEqualTo(32);
    assertThat(e.column()).isEqualTo(20);
  }

  @Test
  void pointsAtTheSubjectOfAPrettyClaimWithAShareOutOfRange() {
    String bad =
        new String(GoldenFilesTest.golden("territorialClaim.json"), StandardCharsets.UTF_8)
            .replace("\"place\": \"ua:rakivka\"", "\"country\": \"UA\",\n    \"percent\": 120.5");
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () -> ParleyJson.defaults().read(bad, TerritorialClaim.class));
    assertThat(e.kind()).isEqualTo(Kind.RULE_VIOLATION);
    assertThat(e.pointer()).isEqualTo("/subject");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(14);
    assertThat(e.ruleCodes()).containsExactly("TERRITORY_SHARE_RANGE");
  }

  @Test
  void readsNoAssessmentFromAClaim() {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () ->
                ParleyJson.defaults()
                    .read(GoldenFilesTest.golden("territorialClaim.json"), Assessment.class));
    assertThat(e.kind()).isEqualTo(Kind.TYPE_MISMATCH);
    assertThat(e.pointer()).isEqualTo("/type");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(11);
  }
}
