package dev.parley.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.incident.Casualties;
import dev.parley.incident.Incident;
import dev.parley.incident.TargetType;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.territory.Assessment;
import dev.parley.territory.AssessmentStatus;
import dev.parley.territory.AssessorKind;
import dev.parley.territory.Controller;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The record-type-independent behaviour of a chronicle, with minimal records. */
class ChronicleCoreTest {
  private static final Party UA =
      Party.builder().id(PartyId.of("ua")).name("Ukraine").kind(PartyKind.STATE).build();
  private static final Party RU =
      Party.builder().id(PartyId.of("ru")).name("Russia").kind(PartyKind.STATE).build();
  private static final Party ZELENSKY =
      Party.builder()
          .id(PartyId.of("ua:zelensky"))
          .name("Volodymyr Zelensky")
          .kind(PartyKind.PERSON)
          .actingFor(UA.id())
          .build();
  private static final Place ODESA =
      Place.builder()
          .id(PlaceId.of("ua:odesa"))
          .name("Odesa")
          .country(CountryCode.of("UA"))
          .precision(LocationPrecision.SETTLEMENT)
          .build();

  /**
   * A minimal record standing in for any record type: an incident at a place (Odesa unless one is
   * given) that the given parties reported or, when it refers to a record, an assessment of it.
   */
  private static ChronicleRecord note(
      String id, String date, Set<PartyId> parties, Set<PlaceId> places, Set<RecordId> records) {
    List<Statement> speakers = parties.stream().map(Statement::claimedBy).toList();
    if (!records.isEmpty()) {
      Assessment.Builder b =
          Assessment.builder()
              .id(RecordId.of(id))
              .date(ReportedDate.parse(date))
              .assessor(parties.iterator().next())
              .assessorKind(AssessorKind.RESEARCH_GROUP)
              .status(AssessmentStatus.UNVERIFIED)
              .controller(Controller.unknown())
              .claim(records.iterator().next())
              .provenance(speakers);
      places.stream().findFirst().ifPresent(b::place);
      return b.build();
    }
    return Incident.builder()
        .id(RecordId.of(id))
        .date(ReportedDate.parse(date))
        .place(places.stream().findFirst().orElse(ODESA.id()))
        .target(TargetType.RESIDENTIAL)
        .casualties(Casualties.unreported())
        .provenance(speakers)
        .build();
  }

  @Test
  void cleanChronicleHasNoFindings() {
    Chronicle c =
        Chronicle.builder()
            .addParties(UA, RU, ZELENSKY)
            .addPlaces(ODESA)
            .addRecords(
                note("a", "2025-05-16", Set.of(UA.id()), Set.of(ODESA.id()), Set.of()),
                note("b", "2025-05-23", Set.of(RU.id()), Set.of(), Set.of()))
            .build();
    assertThat(c.validate().isEmpty()).isTrue();
    assertThat(c.record(RecordId.of("a"), Incident.class)).isPresent();
    assertThat(c.party(PartyId.of("ua"))).contains(UA);
    assertThat(c.place(PlaceId.of("ua:odesa"))).contains(ODESA);
  }

  @Test
  void reportsDuplicateIdsAndDanglingReferencesAllAtOnce() {
    Chronicle c =
        Chronicle.builder()
            .addParties(UA, UA, ZELENSKY.withActingFor(PartyId.of("ua-gov")))
            .addPlaces(ODESA)
            .addRecords(
                note(
                    "a",
                    "2025-05-16",
                    Set.of(PartyId.of("by")),
                    Set.of(PlaceId.of("nowhere")),
                    Set.of(RecordId.of("ghost"))),
                note("a", "2025-05-17", Set.of(UA.id()), Set.of(), Set.of()),
                note("c", "2025-05-18", Set.of(RU.id()), Set.of(), Set.of()))
            .build();
    List<Finding> f = c.validate().findings();
    assertThat(f)
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder(
            "CHRONICLE_DUPLICATE_ID",
            "CHRONICLE_DUPLICATE_ID",
            "CHRONICLE_DANGLING_PARTY",
            "CHRONICLE_DANGLING_PARTY");
    assertThat(f)
        .extracting(Finding::message)
        .contains(
            "2 party entries share the id ua; lookups see the last one added",
            "2 record entries share the id a; lookups see the last one added",
            "party ua:zelensky acts for ua-gov, which is not in the chronicle",
            "incident c refers to party ru, which is not in the chronicle");
    assertThat(c.record(RecordId.of("a")).get().recordDate())
        .isEqualTo(ReportedDate.parse("2025-05-17"));
  }

  @Test
  void reportsDanglingPlaceAndRecord() {
    Chronicle c =
        Chronicle.builder()
            .addParties(UA)
            .addRecords(
                note(
                    "a",
                    "2025-05-16",
                    Set.of(UA.id()),
                    Set.of(PlaceId.of("nowhere")),
                    Set.of(RecordId.of("ghost"))))
            .build();
    assertThat(c.validate().findings())
        .extracting(Finding::rule)
        .containsExactly("CHRONICLE_DANGLING_PLACE", "CHRONICLE_DANGLING_RECORD");
  }

  @Test
  void involvingFindsRecordsOfAPartyAndItsPeopleInStoryOrder() {
    ChronicleRecord late = note("z-late", "2025-05-23", Set.of(ZELENSKY.id()), Set.of(), Set.of());
    ChronicleRecord month = note("m-month", "2025-05", Set.of(UA.id()), Set.of(), Set.of());
    ChronicleRecord early =
        note("a-early", "2025-05-16", Set.of(UA.id(), RU.id()), Set.of(), Set.of());
    ChronicleRecord other = note("o-other", "2025-05-17", Set.of(RU.id()), Set.of(), Set.of());
    ChronicleRecord outside = note("x-june", "2025-06-02", Set.of(UA.id()), Set.of(), Set.of());
    Chronicle c =
        Chronicle.builder()
            .addParties(UA, RU, ZELENSKY)
            .addPlaces(ODESA)
            .addRecords(late, other, outside, early, month)
            .build();
    assertThat(c.involving(UA.id(), ReportedDate.parse("2025-05-16/2025-05-31")))
        .containsExactly(month, early, late);
    assertThat(c.involving(RU.id(), ReportedDate.parse("2025"))).containsExactly(early, other);
    assertThat(c.involving(PartyId.of("by"), ReportedDate.parse("2025"))).isEmpty();
  }

  @Test
  void mergeReplacesLaterRevisionsByIdAndSaysWhich() {
    ChronicleRecord first = note("a", "2025-05-16", Set.of(UA.id()), Set.of(), Set.of());
    ChronicleRecord revised = note("a", "2025-05-17", Set.of(UA.id()), Set.of(), Set.of());
    ChronicleRecord same = note("b", "2025-05-18", Set.of(UA.id()), Set.of(), Set.of());
    Chronicle earlier =
        Chronicle.builder().addParties(UA).addPlaces(ODESA).addRecords(first, same).build();
    Chronicle later =
        Chronicle.builder()
            .addParties(UA.withName("Ukraina"))
            .addPlaces(ODESA)
            .addRecords(revised, same)
            .build();
    Chronicle.Merge m = earlier.merge(later);
    assertThat(m.replaced()).containsExactly(RecordId.of("a"));
    assertThat(m.chronicle().record(RecordId.of("a"))).contains(revised);
    assertThat(m.chronicle().party(UA.id()).get().name()).isEqualTo("Ukraina");
    assertThat(m.chronicle().records()).hasSize(2);
  }
}
