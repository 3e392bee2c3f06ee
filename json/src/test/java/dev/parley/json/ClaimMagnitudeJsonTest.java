package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.party.PartyId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A territorial claim's magnitude (area, settlements) as sourced estimates, in JSON and NDJSON. */
class ClaimMagnitudeJsonTest {
  private final ParleyJson json = ParleyJson.defaults();

  /** "our soldiers have already liberated 6,000 square kilometers", Zelensky, 12 September 2022. */
  static final TerritorialClaim KHARKIV =
      TerritorialClaim.builder()
          .id(RecordId.of("claim:2022-09-12-ua-kharkiv"))
          .claimant(PartyId.of("ua"))
          .subject(ClaimSubject.region(RegionCode.parse("UA-63")))
          .kind(ClaimKind.LIBERATED)
          .means(ClaimMeans.ARMED)
          .asOf(ReportedDate.parse("2022-09-12"))
          .addAreaKm2(
              SourcedEstimate.of(
                  Estimate.exact(6000),
                  Statement.of(
                      Source.builder()
                          .speaker(PartyId.of("ua:zelensky"))
                          .published(ReportedDate.parse("2022-09-12"))
                          .build(),
                      Stance.CLAIMS)))
          .addSettlements(
              SourcedEstimate.of(Estimate.atLeast(300), Statement.claimedBy(PartyId.of("ua"))))
          .build();

  @Test
  void writesTheGoldenFileAndReadsItBack() {
    byte[] golden = GoldenFilesTest.golden("territorialClaim-magnitude.json");
    assertThat(json.write(KHARKIV)).isEqualTo(new String(golden, StandardCharsets.UTF_8));
    assertThat(json.read(golden, TerritorialClaim.class)).isEqualTo(KHARKIV);
    assertThat(json.readRecord(golden)).isEqualTo(KHARKIV);
    assertThat(
            Schemas.errors(
                "territorialClaim.schema.json", new String(golden, StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void roundTripsThroughNdjson() {
    NdjsonRoundTrip.check(json, List.of(KHARKIV), List.of("territorialClaim.schema.json"));
  }

  @Test
  void aMagnitudeWithoutASourceIsARuleViolation() {
    String text =
        new String(
            GoldenFilesTest.golden("territorialClaim-magnitude.json"), StandardCharsets.UTF_8);
    int at = text.indexOf("\"settlements\"");
    String unsourced =
        text.substring(0, at)
            + "\"settlements\": [{\"estimate\": {\"kind\": \"at_least\", \"low\": 300}}]\n}\n";
    assertThat(
            catchThrowableOfType(ParleyJsonException.class, () -> json.readRecord(unsourced))
                .ruleCodes())
        .containsExactly("ESTIMATE_UNSOURCED");
    assertThat(Schemas.errors("territorialClaim.schema.json", unsourced)).isNotEmpty();
  }
}
