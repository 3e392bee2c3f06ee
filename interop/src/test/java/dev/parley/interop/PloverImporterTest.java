package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.incident.Incident;
import dev.parley.interop.SampleData.Imported;
import dev.parley.interop.plover.PloverImporter;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import org.junit.jupiter.api.Test;

class PloverImporterTest {
  private static final PloverImporter PLOVER = PloverImporter.jsonLines(ImportOptions.defaults());

  private static Imported sample() {
    return SampleData.read(PLOVER, "plover-sample.jsonl");
  }

  @Test
  void importsTheEventsInTheDomainAndCountsTheRestAsOutside() {
    Imported r = sample();
    assertThat(r.report().rows()).isEqualTo(8);
    assertThat(r.report().count("incident")).isEqualTo(1);
    assertThat(r.report().count("territorialClaim")).isEqualTo(1);
    assertThat(r.report().count("ceasefireProposal")).isEqualTo(2);
    assertThat(r.report().count("exchange")).isEqualTo(1);
    assertThat(r.report().outsideDomain()).isEqualTo(1);
    assertThat(r.report().notMapped()).containsEntry("mode", 1L).containsEntry("text", 5L);
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly(
            "PLOVER_SCOPE_ASSUMED",
            "PLOVER_SCOPE_ASSUMED",
            "JSON_MALFORMED",
            "PLOVER_LOCATION_MISSING");
    assertThat(r.report().findings())
        .extracting(f -> f.row() + " " + f.column() + " " + f.rule() + " " + f.severity())
        .containsExactly(
            "3 mode PLOVER_SCOPE_ASSUMED WARNING",
            "4 mode PLOVER_SCOPE_ASSUMED WARNING",
            "6  JSON_MALFORMED ERROR",
            "8 event_loc PLOVER_LOCATION_MISSING ERROR");
  }

  @Test
  void anAssaultBecomesAnIncidentWithItsTollPlaceAndPerpetrator() {
    Imported r = sample();
    Incident odesa = r.byId(Incident.class, "plover:PLV-20250523-0001");
    assertThat(odesa.killed()).isEqualTo(Estimate.exact(1));
    assertThat(odesa.injured()).isEqualTo(Estimate.exact(8));
    assertThat(odesa.date()).isEqualTo(ReportedDate.parse("2025-05-23"));
    Party russia = r.byId(Party.class, odesa.perpetrator().orElseThrow().party().value());
    assertThat(russia.kind()).isEqualTo(PartyKind.STATE);
    assertThat(russia.country()).contains(CountryCode.of("RU"));
    Place place = r.byId(Place.class, odesa.place().value());
    assertThat(place.name()).isEqualTo("Odesa");
    assertThat(place.precision()).isEqualTo(LocationPrecision.SETTLEMENT);
    assertThat(place.coordinates().orElseThrow().longitude()).isEqualTo(30.7233);
  }

  @Test
  void seizeWithdrawCeasefireAndReleaseBecomeTheirRecords() {
    Imported r = sample();
    TerritorialClaim rakivka = r.byId(TerritorialClaim.class, "plover:PLV-20250523-0002");
    assertThat(rakivka.kind()).isEqualTo(ClaimKind.CAPTURED);
    assertThat(rakivka.claimant()).isEqualTo(PartyId.of("plover:actor:rus-mil"));
    CeasefireProposal offer = r.byId(CeasefireProposal.class, "plover:PLV-20250523-0003");
    assertThat(offer.kind()).isEqualTo(ProposalKind.PROPOSAL);
    assertThat(offer.proposer()).isEqualTo(PartyId.of("plover:actor:ukr-gov"));
    assertThat(offer.addressees()).containsExactly(PartyId.of("plover:actor:rus-gov"));
    CeasefireProposal easter = r.byId(CeasefireProposal.class, "plover:PLV-20250419-0004");
    assertThat(easter.kind()).isEqualTo(ProposalKind.UNILATERAL_DECLARATION);
    assertThat(easter.addressees()).isEmpty();
    Exchange swap = r.byId(Exchange.class, "plover:PLV-20250523-0005");
    assertThat(swap.status()).isEqualTo(ExchangeStatus.COMPLETED);
    assertThat(swap.directions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.releasing()).isEqualTo(PartyId.of("plover:actor:rus-gov"));
              assertThat(d.receiving()).contains(PartyId.of("plover:actor:ukr-gov"));
              assertThat(d.figures().get(0).total()).isEqualTo(Estimate.unknown());
              assertThat(d.figures().get(0).statements().get(0).source().outlet())
                  .contains("PLOVER");
            });
  }

  @Test
  void acceptsTheOlderTargetFieldAndSingleValuesForListsAndPromisesStayPromises() {
    String line =
        "{\"id\":\"x1\",\"date\":\"2025-05-20\",\"source\":[{\"code\":\"UKR\"}],\"target\":[{\"code\":\"RUS\"}],"
            + "\"event\":\"CONCEDE\",\"mode\":\"release\"}\n"
            + "{\"id\":\"x2\",\"date\":\"2025-05-20\",\"source\":[{\"code\":\"ISR\"}],\"event\":\"RETREAT\",\"mode\":\"withdraw\","
            + "\"event_loc\":{\"name\":\"Rafah\",\"country_code\":\"PS\"}}\n";
    Imported r = AcledImporterTest.read(PLOVER, line);
    Exchange promised = r.byId(Exchange.class, "plover:x1");
    assertThat(promised.status()).isEqualTo(ExchangeStatus.ANNOUNCED);
    assertThat(promised.directions().get(0).receiving()).contains(PartyId.of("plover:actor:rus"));
    TerritorialClaim withdrawal = r.byId(TerritorialClaim.class, "plover:x2");
    assertThat(withdrawal.kind()).isEqualTo(ClaimKind.WITHDREW);
    assertThat(r.byId(Place.class, withdrawal.subject().place().orElseThrow().value()).precision())
        .isEqualTo(LocationPrecision.COUNTRY);
    assertThat(r.report().errors()).isZero();
  }

  @Test
  void anEventWithoutAnActorOfCertainKindIsAnError() {
    Imported r =
        AcledImporterTest.read(
            PLOVER,
            "{\"id\":\"x\",\"date\":\"2025-05-20\",\"source\":[{\"code\":\"NGO\"}],\"event\":[\"COERCE\"],\"mode\":[\"seize\"],"
                + "\"event_loc\":{\"name\":\"A\",\"country_code\":\"UA\"}}\n[1]\n\n");
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly("PLOVER_ACTOR_UNKNOWN", "JSON_MALFORMED");
    assertThat(r.report().findings())
        .extracting(f -> f.row() + " " + f.column() + " " + f.rule())
        .containsExactly("1 source PLOVER_ACTOR_UNKNOWN", "2  JSON_MALFORMED");
    assertThat(r.report().rows()).isEqualTo(2);
  }
}
