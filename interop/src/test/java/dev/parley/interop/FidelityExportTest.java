package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.interop.csv.CsvExporter;
import dev.parley.interop.geojson.GeoJsonExporter;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.TerritorialClaim;
import dev.parley.testing.CustodyStory;
import dev.parley.testing.ExtrasStory;
import dev.parley.testing.NegotiatedCeasefires;
import dev.parley.time.ReportedDate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the exporters write of custody, named releases, running numbers, implementation starts,
 * joint proposals, venues, answers and claim magnitudes, on real cases of 2022 to 2025.
 */
class FidelityExportTest {
  static final Place JEDDAH =
      Place.builder()
          .id(PlaceId.of("sa:jeddah"))
          .name("Jeddah")
          .country(CountryCode.of("SA"))
          .precision(LocationPrecision.SETTLEMENT)
          .build();

  /** "Our soldiers have already liberated 6,000 square kilometers", 12 September 2022. */
  static final TerritorialClaim KHARKIV =
      TerritorialClaim.builder()
          .id(RecordId.of("claim:ua:kharkiv-2022-09"))
          .claimant(PartyId.of("ua"))
          .subject(ClaimSubject.region(RegionCode.parse("UA-63")))
          .kind(ClaimKind.LIBERATED)
          .means(ClaimMeans.ARMED)
          .asOf(ReportedDate.parse("2022-09-12"))
          .addProvenance(Statement.claimedBy(PartyId.of("ua")))
          .addAreaKm2(
              SourcedEstimate.of(
                  Estimate.exact(6000),
                  Statement.of(
                      Source.builder().speaker(PartyId.of("ua")).outlet("Telegram").build(),
                      Stance.CLAIMS)),
              SourcedEstimate.of(
                  Estimate.atLeast(8000),
                  Statement.of(Source.builder().outlet("ISW").build(), Stance.CLAIMS)))
          .addSettlements(
              SourcedEstimate.of(Estimate.atLeast(300), Statement.claimedBy(PartyId.of("ua"))))
          .build();

  @Test
  void csvTablesCarryTheFlatAttributesOfExchangesAgreementsProposalsAndClaims(@TempDir Path dir)
      throws IOException {
    try (CsvExporter out = CsvExporter.toDirectory(dir)) {
      out.write(JEDDAH)
          .write(CustodyStory.SEPTEMBER_2022)
          .write(ExtrasStory.EASTER)
          .write(ExtrasStory.ISTANBUL_JUNE)
          .write(NegotiatedCeasefires.JEDDAH)
          .write(NegotiatedCeasefires.MEMORANDUM)
          .write(KHARKIV);
    }
    for (String t : List.of("exchanges", "agreements", "ceasefire_proposals")) {
      assertThat(CsvExporterTest.header(dir.resolve(t + ".csv")))
          .isEqualTo(String.join(",", CsvExporter.columns(t)));
    }
    List<Map<String, String>> exchanges = CsvExporterTest.table(dir.resolve("exchanges.csv"));
    // 21 September 2022: five Azovstal commanders held in Türkiye; Medvedchuk named among the 56
    assertThat(exchanges.get(0))
        .containsEntry("id", "exchange:2022-09-21")
        .containsEntry("running_number", "")
        .containsEntry("custodians", "tr")
        .containsEntry("in_custody", "5")
        .containsEntry("notables", "Denys Prokopenko|Sviatoslav Palamar|Viktor Medvedchuk");
    // 19 April 2025: the 63rd exchange, with a note on the wounded handed over in addition
    assertThat(exchanges.get(1))
        .containsEntry("running_number", "63")
        .containsEntry("note", "the extra wounded were exchanged as a goodwill gesture")
        .containsEntry("custodians", "")
        .containsEntry("in_custody", "")
        .containsEntry("notables", "");
    List<Map<String, String>> agreements = CsvExporterTest.table(dir.resolve("agreements.csv"));
    assertThat(agreements.get(0)).containsEntry("implementation_start", "2025-06-09");
    List<Map<String, String>> proposals =
        CsvExporterTest.table(dir.resolve("ceasefire_proposals.csv"));
    assertThat(proposals.get(0))
        .containsEntry("proposers", "ua|us")
        .containsEntry("venue_id", "sa:jeddah")
        .containsEntry("venue_name", "Jeddah")
        .containsEntry("answers", "")
        .containsEntry("mirrors", "");
    assertThat(proposals.get(1))
        .containsEntry("proposers", "ru")
        .containsEntry("venue_id", "tr:istanbul")
        // the place was not written before the record
        .containsEntry("venue_name", "")
        .containsEntry("answers", "ceasefire:2025-03-jeddah");
    Map<String, String> claim = CsvExporterTest.table(dir.resolve("territorial_claims.csv")).get(0);
    assertThat(claim)
        .containsEntry("area_km2_kind", "exact")
        .containsEntry("area_km2_low", "6000")
        .containsEntry("area_km2_best", "6000")
        .containsEntry("area_km2_high", "6000")
        .containsEntry("settlements_kind", "at_least")
        .containsEntry("settlements_low", "300")
        .containsEntry("settlements_high", "");
    assertThat(claim.keySet()).containsExactlyElementsOf(CsvExporter.columns("territorial_claims"));
  }

  @Test
  void aClaimWithoutMagnitudeHasEmptyMagnitudeColumns(@TempDir Path dir) throws IOException {
    try (CsvExporter out = CsvExporter.toDirectory(dir)) {
      out.write(KHARKIV.withAreaKm2(List.of()).withSettlements(List.of()));
    }
    assertThat(CsvExporterTest.table(dir.resolve("territorial_claims.csv")).get(0))
        .containsEntry("area_km2_kind", "")
        .containsEntry("area_km2_low", "")
        .containsEntry("settlements_kind", "");
  }

  @Test
  void geoJsonClaimsCarryTheirMagnitudeAndRegion() throws IOException {
    ByteArrayOutputStream places = new ByteArrayOutputStream();
    ByteArrayOutputStream incidents = new ByteArrayOutputStream();
    ByteArrayOutputStream claims = new ByteArrayOutputStream();
    try (GeoJsonExporter out = GeoJsonExporter.of(places, incidents, claims)) {
      out.write(KHARKIV);
      out.write(KHARKIV.withId(RecordId.of("claim:ua:bare")).withAreaKm2(List.of()));
    }
    List<JsonNode> features = GeoJsonExporterTest.features(claims.toByteArray());
    JsonNode p = features.get(0).get("properties");
    assertThat(p.get("subject_region").asText()).isEqualTo("UA-63");
    assertThat(p.get("area_km2").asText()).isEqualTo("6000");
    assertThat(p.get("area_km2_kind").asText()).isEqualTo("exact");
    assertThat(p.get("area_km2_best").asLong()).isEqualTo(6000);
    assertThat(p.get("area_km2_sources").asText()).isEqualTo("Telegram");
    assertThat(p.get("area_km2_figures").asInt()).isEqualTo(2);
    assertThat(p.get("settlements_kind").asText()).isEqualTo("at_least");
    assertThat(p.get("settlements_low").asLong()).isEqualTo(300);
    assertThat(p.has("settlements_high")).isFalse();
    JsonNode bare = features.get(1).get("properties");
    assertThat(bare.has("area_km2")).isFalse();
    assertThat(bare.has("area_km2_figures")).isFalse();
    assertThat(bare.get("settlements_figures").asInt()).isEqualTo(1);
  }

  @Test
  void ploverEventsOfAJointProposalComeFromEveryProposerAtItsVenue() throws IOException {
    List<JsonNode> events =
        PloverExporterTest.export(
            List.of(
                Party.builder()
                    .id(PartyId.of("us"))
                    .name("United States")
                    .kind(PartyKind.STATE)
                    .country(CountryCode.of("US"))
                    .build(),
                JEDDAH,
                NegotiatedCeasefires.JEDDAH));
    JsonNode offer = events.get(0);
    assertThat(offer.get("id").asText()).isEqualTo("ceasefire:2025-03-jeddah");
    assertThat(offer.get("source"))
        .extracting(a -> a.get("identifier_id").asText())
        .containsExactly("ua", "us");
    assertThat(offer.get("source").get(1).get("code").asText()).isEqualTo("USA");
    assertThat(offer.get("event_loc").get("name").asText()).isEqualTo("Jeddah");
    assertThat(offer.get("event_loc").get("cc3").asText()).isEqualTo("SAU");
    // Russia's answer goes to both proposers and has no place of its own
    JsonNode answer = events.get(1);
    assertThat(answer.get("id").asText()).startsWith("ceasefire:2025-03-jeddah#responses[0]");
    assertThat(answer.get("recipient"))
        .extracting(a -> a.get("identifier_id").asText())
        .containsExactly("ua", "us");
    assertThat(answer.has("event_loc")).isFalse();
  }
}
