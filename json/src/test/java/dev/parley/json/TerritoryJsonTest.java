package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.territory.Assessment;
import dev.parley.territory.AssessmentStatus;
import dev.parley.territory.AssessorKind;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.Controller;
import dev.parley.territory.TerritorialClaim;
import dev.parley.testing.Laws;
import dev.parley.testing.SeedStory;
import dev.parley.testing.TerritoryGen;
import dev.parley.time.ReportedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Territorial claims and assessments on the wire: the values of the seed's golden files, round
 * trips of generated values that conform to the schemas, and exact percentages.
 */
class TerritoryJsonTest {
  static final LocalDate FRIDAY = SeedStory.FRIDAY;

  /** "The Russian defense ministry stated ...", as the seed report's source. */
  static final Source RUSSIAN_MOD = SeedStory.RUSSIAN_MOD;

  /** "Russia claimed to have taken control of Rakivka", a village in the Kharkiv region (UA-63). */
  static final TerritorialClaim RAKIVKA_CLAIM = SeedStory.RAKIVKA_CLAIM;

  /** Russia "currently occupies around 20% of Ukrainian territory". */
  static final TerritorialClaim SHARE_OF_UKRAINE = SeedStory.SHARE_OF_UKRAINE;

  /**
   * A research group's reading of the Rakivka claim the next day: nobody else has confirmed it, and
   * the village lies on a contested front line.
   */
  static final Assessment RAKIVKA_ASSESSMENT =
      Assessment.builder()
          .id(RecordId.of("assessment:2025-05-24-isw-rakivka"))
          .assessor(PartyId.of("isw"))
          .assessorKind(AssessorKind.RESEARCH_GROUP)
          .claim(RAKIVKA_CLAIM.id())
          .place(PlaceId.of("ua:rakivka"))
          .status(AssessmentStatus.UNVERIFIED)
          .controller(Controller.contested())
          .date(ReportedDate.ofDay(FRIDAY.plusDays(1)))
          .addProvenance(
              Statement.of(
                  Source.builder()
                      .speaker(PartyId.of("isw"))
                      .outlet("Russian Offensive Campaign Assessment")
                      .published(ReportedDate.ofDay(FRIDAY.plusDays(1)))
                      .build(),
                  Stance.CLAIMS))
          .build();

  private final ParleyJson json = ParleyJson.defaults();

  private <T> void roundTrips(Gen<T> values, Class<T> type, String schema) {
    Laws.qt()
        .forAll(values)
        .checkAssert(
            v -> {
              String text = json.write(v);
              T back = json.read(text, type);
              assertThat(back).isEqualTo(v);
              assertThat(json.write(back)).isEqualTo(text);
              assertThat(Schemas.errors(schema, text)).as(text).isEmpty();
            });
  }

  @Test
  void claimsRoundTripAndConformToSchema() {
    roundTrips(TerritoryGen.claims(), TerritorialClaim.class, "territorialClaim.schema.json");
  }

  @Test
  void historyClaimsWithOthersStatementsRoundTrip() {
    roundTrips(
        TerritoryGen.historyClaims(), TerritorialClaim.class, "territorialClaim.schema.json");
  }

  @Test
  void assessmentsRoundTripAndConformToSchema() {
    roundTrips(TerritoryGen.assessments(), Assessment.class, "assessment.schema.json");
  }

  @Test
  void subjectsRoundTripAndConformToSchema() {
    roundTrips(
        TerritoryGen.subjects(),
        ClaimSubject.class,
        "territorialClaim.schema.json#/$defs/claimSubject");
  }

  @Test
  void controllersRoundTripAndConformToSchema() {
    roundTrips(
        TerritoryGen.controllers(), Controller.class, "assessment.schema.json#/$defs/controller");
  }

  /** Shares of up to 30 decimal places, well beyond what a double holds. */
  private static Gen<ClaimSubject> preciseShares() {
    return longs()
        .between(1, Long.MAX_VALUE)
        .zip(
            integers().between(0, 30),
            integers().between(0, 1),
            (unscaled, scale, about) -> {
              BigDecimal p = new BigDecimal(java.math.BigInteger.valueOf(unscaled), scale);
              while (p.compareTo(BigDecimal.valueOf(100)) > 0) {
                p = p.movePointLeft(1);
              }
              return about == 1
                  ? ClaimSubject.aboutShare(CountryCode.of("UA"), p)
                  : ClaimSubject.share(CountryCode.of("UA"), p);
            });
  }

  @Test
  void percentagesRoundTripExactly() {
    Laws.qt()
        .forAll(preciseShares())
        .checkAssert(
            s -> {
              String text = json.write(s);
              ClaimSubject back = json.read(text, ClaimSubject.class);
              assertThat(back.percent().get()).isEqualByComparingTo(s.percent().get());
              assertThat(back.percent().get().toPlainString())
                  .isEqualTo(s.percent().get().toPlainString());
              assertThat(text)
                  .contains(
                      "\"percent\": "
                          + s.percent().get().toPlainString()
                          + (s.approximate() ? ",\n" : "\n"));
              assertThat(json.write(back)).isEqualTo(text);
              assertThat(Schemas.errors("territorialClaim.schema.json#/$defs/claimSubject", text))
                  .as(text)
                  .isEmpty();
            });
  }

  @Test
  void keepsEveryDigitOfAPercentageThatNoDoubleHolds() {
    String text =
        "{\"country\": \"UA\", \"percent\": 33.333333333333333333333333, \"approximate\": true}";
    ClaimSubject s = json.read(text, ClaimSubject.class);
    assertThat(s.percent()).contains(new BigDecimal("33.333333333333333333333333"));
    assertThat(json.write(s))
        .isEqualTo(
            "{\n  \"country\": \"UA\",\n  \"percent\": 33.333333333333333333333333,\n  \"approximate\": true\n}\n");
  }

  @Test
  void writesEqualPercentagesAsTheSameBytes() {
    ClaimSubject twenty = json.read("{\"country\":\"UA\",\"percent\":20.000}", ClaimSubject.class);
    ClaimSubject exponent = json.read("{\"country\":\"UA\",\"percent\":2E+1}", ClaimSubject.class);
    ClaimSubject tiny = json.read("{\"country\":\"UA\",\"percent\":1e-7}", ClaimSubject.class);
    assertThat(twenty)
        .isEqualTo(exponent)
        .isEqualTo(ClaimSubject.share(CountryCode.of("UA"), BigDecimal.valueOf(20)));
    assertThat(json.write(exponent)).isEqualTo(json.write(twenty)).contains("\"percent\": 20\n");
    assertThat(json.write(tiny)).contains("\"percent\": 0.0000001\n");
  }

  @Test
  void keepsAnExactPercentageWhenTypeIsNotFirst() {
    String text =
        "{\"id\":\"c\",\"claimant\":\"ru\",\"subject\":{\"country\":\"UA\",\"percent\":19.99999999999999999999},"
            + "\"kind\":\"holds\",\"means\":\"armed\",\"asOf\":\"2025-05\",\"type\":\"territorialClaim\"}";
    TerritorialClaim c = (TerritorialClaim) json.readRecord(text);
    assertThat(c.subject().percent()).contains(new BigDecimal("19.99999999999999999999"));
  }

  @Test
  void acceptsEmptyProvenanceAndExplicitFalseApproximate() {
    TerritorialClaim c =
        json.read(
            "{\"type\":\"territorialClaim\",\"id\":\"c\",\"claimant\":\"ru\","
                + "\"subject\":{\"region\":\"UA-63\",\"approximate\":false},\"kind\":\"holds\",\"means\":\"unknown\","
                + "\"asOf\":\"2025-05-23\",\"provenance\":[]}",
            TerritorialClaim.class);
    assertThat(c.provenance()).isEmpty();
    assertThat(c.subject().approximate()).isFalse();
    assertThat(json.write(c)).doesNotContain("provenance").doesNotContain("approximate");
  }

  @Test
  void keepsAnExactPercentageThroughAUsersObjectMapper() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ParleyModule());
    TerritorialClaim precise =
        SHARE_OF_UKRAINE.withSubject(
            ClaimSubject.aboutShare(
                CountryCode.of("UA"), new BigDecimal("19.99999999999999999999")));
    String text = mapper.writeValueAsString(precise);
    assertThat(text).contains("\"percent\":19.99999999999999999999");
    assertThat(mapper.readValue(text, TerritorialClaim.class)).isEqualTo(precise);
    assertThat(mapper.convertValue(precise, TerritorialClaim.class)).isEqualTo(precise);
  }

  @Test
  void writesApproximateShareOfUkraine() {
    String text = json.write(SHARE_OF_UKRAINE);
    assertThat(text)
        .contains(
            "\"subject\": {\n    \"country\": \"UA\",\n    \"percent\": 20,\n    \"approximate\": true\n  }");
    assertThat(json.read(text, TerritorialClaim.class)).isEqualTo(SHARE_OF_UKRAINE);
    assertThat(Schemas.errors("territorialClaim.schema.json", text)).isEmpty();
  }

  @Test
  void claimsAndAssessmentsStreamThroughNdjson() {
    Laws.qt()
        .forAll(TerritoryGen.claims(), TerritoryGen.assessments())
        .checkAssert(
            (claim, assessment) -> {
              NdjsonRoundTrip.check(
                  json,
                  List.of(claim, assessment),
                  List.of("territorialClaim.schema.json", "assessment.schema.json"));
            });
  }

  @Test
  void schemaRejectsShareBeyondAHundredAndSubjectOfTwoShapes() {
    String schema = "territorialClaim.schema.json#/$defs/claimSubject";
    assertThat(Schemas.errors(schema, "{\"country\":\"UA\",\"percent\":120}")).isNotEmpty();
    assertThat(Schemas.errors(schema, "{\"country\":\"UA\",\"percent\":0}")).isNotEmpty();
    assertThat(Schemas.errors(schema, "{\"place\":\"ua:rakivka\",\"region\":\"UA-63\"}"))
        .isNotEmpty();
    assertThat(Schemas.errors(schema, "{\"region\":\"UA-63\",\"approximate\":true}")).isNotEmpty();
    assertThat(Schemas.errors(schema, "{\"country\":\"UA\",\"percent\":100}")).isEmpty();
  }

  @Test
  void schemaRejectsAssessmentOfNothingAndContestedControllerWithParty() {
    String noTarget =
        "{\"type\":\"assessment\",\"id\":\"a\",\"assessor\":\"isw\",\"assessorKind\":\"research_group\","
            + "\"status\":\"unverified\",\"controller\":{\"kind\":\"unknown\"},\"date\":\"2025-05-24\"}";
    assertThat(Schemas.errors("assessment.schema.json", noTarget)).isNotEmpty();
    assertThat(
            Schemas.errors(
                "assessment.schema.json",
                noTarget.replace("\"status\"", "\"place\":\"ua:rakivka\",\"status\"")))
        .isEmpty();
    assertThat(
            Schemas.errors(
                "assessment.schema.json#/$defs/controller",
                "{\"kind\":\"contested\",\"party\":\"ru\"}"))
        .isNotEmpty();
    assertThat(Schemas.errors("assessment.schema.json#/$defs/controller", "{\"kind\":\"party\"}"))
        .isNotEmpty();
  }
}
