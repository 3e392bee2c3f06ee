package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.estimate.Estimate;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.incident.Perpetrator;
import dev.parley.party.PartyId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.testing.IncidentGen;
import dev.parley.testing.Laws;
import dev.parley.testing.SeedStory;
import dev.parley.time.ReportedDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Incidents on the wire: the value of the seed's golden file, round trips of generated incidents,
 * tolls and perpetrators that conform to the schema, and revisions kept in order.
 */
class IncidentJsonTest {
  static final LocalDate FRIDAY = SeedStory.FRIDAY;

  /** "Ukrainian officials reported ...", as the seed report's source. */
  static final Source UKRAINIAN_OFFICIALS = SeedStory.UKRAINIAN_OFFICIALS;

  /**
   * Russian missile strikes on Odesa's port: one killed, eight injured, per Ukrainian officials.
   */
  static final Incident ODESA_STRIKE = SeedStory.ODESA_STRIKE;

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
  void incidentsRoundTripAndConformToSchema() {
    roundTrips(IncidentGen.incidents(), Incident.class, "incident.schema.json");
  }

  @Test
  void casualtiesRoundTripAndConformToSchema() {
    roundTrips(
        IncidentGen.casualties(), Casualties.class, "incident.schema.json#/$defs/casualties");
  }

  @Test
  void revisionsRoundTripAndConformToSchema() {
    roundTrips(
        IncidentGen.revisions(),
        CasualtyRevision.class,
        "incident.schema.json#/$defs/casualtyRevision");
  }

  @Test
  void perpetratorsRoundTripAndConformToSchema() {
    roundTrips(
        IncidentGen.perpetrators(), Perpetrator.class, "incident.schema.json#/$defs/perpetrator");
  }

  @Test
  void incidentsStreamThroughNdjson() {
    Laws.qt()
        .forAll(IncidentGen.incidents())
        .checkAssert(
            incident -> {
              NdjsonRoundTrip.check(json, List.of(incident), List.of("incident.schema.json"));
            });
  }

  @Test
  void keepsEveryRevisionInOrderAndTheLatestFigures() {
    CasualtyRevision later =
        CasualtyRevision.builder()
            .date(ReportedDate.ofDay(FRIDAY.plusDays(1)))
            .killed(Estimate.exact(2))
            .injured(Estimate.range(8, 10))
            .addSource(
                Statement.of(
                    UKRAINIAN_OFFICIALS.withPublished(ReportedDate.ofDay(FRIDAY.plusDays(1))),
                    Stance.CLAIMS))
            .build();
    Incident revised = ODESA_STRIKE.revisedBy(later);
    String text = json.write(revised);
    Incident back = json.read(text, Incident.class);
    assertThat(back.casualties().revisions()).hasSize(2);
    assertThat(back.casualties().revisions().get(0).killed()).isEqualTo(Estimate.exact(1));
    assertThat(back.killed()).isEqualTo(Estimate.exact(2));
    assertThat(back.injured()).isEqualTo(Estimate.range(8, 10));
    assertThat(text.indexOf("\"2025-05-23\"")).isLessThan(text.indexOf("\"2025-05-24\""));
  }

  @Test
  void leavesOutAnUnreportedTollAndAcceptsItWrittenEmpty() {
    Incident unreported =
        ODESA_STRIKE
            .withCasualties(Casualties.unreported())
            .withPerpetrator(Perpetrator.of(PartyId.of("ru"), Attribution.CLAIMED));
    String text = json.write(unreported);
    assertThat(text)
        .doesNotContain("casualties")
        .doesNotContain("sources")
        .doesNotContain("provenance");
    assertThat(json.write(Casualties.unreported())).isEqualTo("{}\n");
    Incident fromEmpty =
        json.read(
            "{\"type\":\"incident\",\"id\":\"i\",\"date\":\"2025-05-23\",\"place\":\"p\","
                + "\"target\":\"other\",\"casualties\":{\"revisions\":[]},\"provenance\":[]}",
            Incident.class);
    assertThat(fromEmpty.casualties()).isEqualTo(Casualties.unreported());
    assertThat(json.read("{\"revisions\":[]}", Casualties.class))
        .isEqualTo(Casualties.unreported());
  }

  @Test
  void writesTheTimeWithItsZone() {
    ZonedDateTime evening = ZonedDateTime.of(FRIDAY.atTime(21, 40), ZoneId.of("Europe/Kyiv"));
    Incident timed = ODESA_STRIKE.withTime(evening);
    String text = json.write(timed);
    assertThat(text).contains("\"time\": \"2025-05-23T21:40+03:00[Europe/Kyiv]\"");
    assertThat(json.read(text, Incident.class)).isEqualTo(timed);
  }

  @Test
  void schemaRejectsUnsourcedRevisionAndUnknownWeapon() {
    assertThat(
            Schemas.errors(
                "incident.schema.json#/$defs/casualtyRevision",
                "{\"date\":\"2025-05-23\",\"killed\":{\"kind\":\"exact\",\"value\":1},\"injured\":{\"kind\":\"unknown\"},\"sources\":[]}"))
        .isNotEmpty();
    String golden = new String(GoldenFilesTest.golden("incident.json"), StandardCharsets.UTF_8);
    assertThat(Schemas.errors("incident.schema.json", golden.replace("\"missile\"", "\"rocket\"")))
        .isNotEmpty();
    assertThat(Schemas.errors("incident.schema.json", golden)).isEmpty();
  }
}
