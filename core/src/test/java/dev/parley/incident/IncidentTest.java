package dev.parley.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.chronicle.Crosswalk;
import dev.parley.estimate.Estimate;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.testing.IncidentGen;
import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTest {
  private static final Place ODESA_PORT =
      Place.builder()
          .id(PlaceId.of("ua:odesa-port"))
          .name("Odesa port")
          .country(CountryCode.of("UA"))
          .region(RegionCode.parse("UA-51"))
          .precision(LocationPrecision.NEAR_SETTLEMENT)
          .build();

  private static final Statement UKRAINIAN_OFFICIALS =
      Statement.of(
          Source.builder().speaker(PartyId.of("ua")).organ("Ukrainian officials").build(),
          Stance.CLAIMS);

  private static final CasualtyRevision FIRST_REPORT =
      CasualtyRevision.builder()
          .date(ReportedDate.parse("2025-05-23"))
          .killed(Estimate.exact(1))
          .injured(Estimate.exact(8))
          .addSource(UKRAINIAN_OFFICIALS)
          .build();

  /**
   * "Russian missile strikes on Odesa's port infrastructure killed one person and injured eight
   * others on Friday."
   */
  private static final Incident ODESA =
      Incident.builder()
          .id(RecordId.of("incident:odesa-port:2025-05-23"))
          .date(ReportedDate.parse("2025-05-23"))
          .place(ODESA_PORT.id())
          .target(TargetType.PORT_INFRASTRUCTURE)
          .perpetrator(
              Perpetrator.builder()
                  .party(PartyId.of("ru"))
                  .attribution(Attribution.ATTRIBUTED)
                  .addSource(UKRAINIAN_OFFICIALS)
                  .build())
          .weapon(WeaponType.MISSILE)
          .casualties(Casualties.of(FIRST_REPORT))
          .addProvenance(UKRAINIAN_OFFICIALS)
          .build();

  private static CasualtyRevision revision(String date, Estimate killed, Estimate injured) {
    return CasualtyRevision.builder()
        .date(ReportedDate.parse(date))
        .killed(killed)
        .injured(injured)
        .addSource(UKRAINIAN_OFFICIALS)
        .build();
  }

  @Test
  void expressesTheSeedStrikeOnOdesaPort() {
    assertThat(ODESA.killed()).isEqualTo(Estimate.exact(1));
    assertThat(ODESA.injured()).isEqualTo(Estimate.exact(8));
    assertThat(ODESA.casualties().killedOrInjured()).isEqualTo(Estimate.exact(9));
    assertThat(ODESA.target()).isEqualTo(TargetType.PORT_INFRASTRUCTURE);
    assertThat(ODESA.perpetrator().map(Perpetrator::attribution)).contains(Attribution.ATTRIBUTED);
    assertThat(ODESA_PORT.region()).contains(RegionCode.parse("UA-51"));
    assertThat(dev.parley.chronicle.Crosswalk.codes(ODESA))
        .extracting(Object::toString)
        .containsExactly("CAMEO 195 / PLOVER ASSAULT (aerial)");
    assertThat(ODESA)
        .hasToString(
            "incident:odesa-port:2025-05-23: PORT_INFRASTRUCTURE at ua:odesa-port on 2025-05-23, killed 1, injured 8");
  }

  @Test
  void revisedTollKeepsItsHistory() {
    Incident revised =
        ODESA.revisedBy(revision("2025-05-24", Estimate.exact(2), Estimate.range(8, 9, 12)));
    assertThat(revised.killed()).isEqualTo(Estimate.exact(2));
    assertThat(revised.injured()).isEqualTo(Estimate.range(8, 9, 12));
    assertThat(revised.casualties().revisions()).hasSize(2);
    assertThat(revised.casualties().revisions().get(0)).isEqualTo(FIRST_REPORT);
    assertThat(revised.casualties().killedOrInjured()).isEqualTo(Estimate.range(10, 11, 14));
    assertThat(ODESA.killed()).isEqualTo(Estimate.exact(1));
  }

  /**
   * Kharkiv, 2024-05-25 (Epicentr hypermarket strike): the first toll gave 2 killed and 33 injured;
   * the next day's update gave only a higher death toll (12) and said nothing new of the injured,
   * which a later report raised to 43.
   */
  @Test
  void aRevisionGivingOnlyTheDeadKeepsTheStandingInjuredFigure() {
    CasualtyRevision first = revision("2024-05-25", Estimate.exact(2), Estimate.exact(33));
    CasualtyRevision deadOnly = revision("2024-05-26", Estimate.exact(12), Estimate.unknown());
    CasualtyRevision injuredOnly = revision("2024-05-27", Estimate.unknown(), Estimate.exact(43));
    Casualties toll = Casualties.of(first).revisedBy(deadOnly);
    assertThat(toll.killed()).isEqualTo(Estimate.exact(12));
    assertThat(toll.injured()).isEqualTo(Estimate.exact(33));
    assertThat(toll.latestKilled()).contains(deadOnly);
    assertThat(toll.latestInjured()).contains(first);
    assertThat(toll.latest()).contains(deadOnly);
    Casualties later = toll.revisedBy(injuredOnly);
    assertThat(later.killed()).isEqualTo(Estimate.exact(12));
    assertThat(later.injured()).isEqualTo(Estimate.exact(43));
    assertThat(later.killedOrInjured()).isEqualTo(Estimate.exact(55));
    assertThat(later.latestKilled()).contains(deadOnly);
    assertThat(later.revisions()).containsExactly(first, deadOnly, injuredOnly);
    assertThat(Casualties.of(deadOnly).injured()).isEqualTo(Estimate.unknown());
    assertThat(Casualties.of(deadOnly).latestInjured()).isEmpty();
  }

  @Test
  void rejectsARevisionWhoseSourceIsPublishedBeforeTheIncident() {
    Statement dayBefore =
        Statement.of(
            Source.builder()
                .speaker(PartyId.of("ua"))
                .organ("Ukrainian officials")
                .published(ReportedDate.parse("2025-05-22"))
                .build(),
            Stance.CLAIMS);
    CasualtyRevision early =
        CasualtyRevision.builder()
            .date(ReportedDate.parse("2025-05-23"))
            .killed(Estimate.exact(1))
            .injured(Estimate.exact(8))
            .addSources(UKRAINIAN_OFFICIALS, dayBefore)
            .build();
    assertThatThrownBy(() -> ODESA.withCasualties(Casualties.of(early)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("INCIDENT_REVISION_SOURCE_BEFORE_INCIDENT");
              assertThat(e.violations().get(0).path())
                  .isEqualTo("casualties.revisions[0].sources[1].source.published");
            })
        .hasMessageContaining("2025-05-22")
        .hasMessageContaining("2025-05-23");
  }

  @Test
  void acceptsASourcePublishedOnTheDayOfTheIncidentOrInAWeekCoveringIt() {
    Statement sameDay =
        Statement.of(
            Source.builder()
                .speaker(PartyId.of("ua"))
                .published(ReportedDate.parse("2025-05-23"))
                .build(),
            Stance.CLAIMS);
    Statement thatWeek =
        Statement.of(
            Source.builder().outlet("Ukrinform").published(ReportedDate.parse("2025-W21")).build(),
            Stance.CONFIRMS);
    CasualtyRevision r =
        CasualtyRevision.builder()
            .date(ReportedDate.parse("2025-05-23"))
            .killed(Estimate.exact(1))
            .injured(Estimate.exact(8))
            .addSources(sameDay, thatWeek)
            .build();
    assertThat(ODESA.withCasualties(Casualties.of(r)).killed()).isEqualTo(Estimate.exact(1));
  }

  @Test
  void acceptsRevisionsOnTheSameDay() {
    Casualties twice =
        Casualties.of(FIRST_REPORT)
            .revisedBy(revision("2025-05-23", Estimate.exact(1), Estimate.exact(9)));
    assertThat(twice.injured()).isEqualTo(Estimate.exact(9));
  }

  @Test
  void rejectsARevisionDatedBeforeTheOneItFollows() {
    assertThatThrownBy(
            () ->
                Casualties.of(FIRST_REPORT)
                    .revisedBy(revision("2025-05-22", Estimate.exact(0), Estimate.exact(8))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("INCIDENT_REVISION_ORDER");
              assertThat(e.violations().get(0).path()).isEqualTo("revisions[1].date");
            })
        .hasMessageContaining("2025-05-22");
  }

  @Test
  void rejectsAnUnsourcedRevision() {
    assertThatThrownBy(
            () ->
                CasualtyRevision.builder()
                    .date(ReportedDate.parse("2025-05-23"))
                    .killed(Estimate.exact(1))
                    .injured(Estimate.unknown())
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("INCIDENT_REVISION_UNSOURCED"));
  }

  @Test
  void unreportedTollIsUnknownNeverZero() {
    Incident bare = ODESA.withCasualties(Casualties.unreported());
    assertThat(bare.killed()).isEqualTo(Estimate.unknown());
    assertThat(bare.injured().isKnown()).isFalse();
    assertThat(Incident.builder().from(bare).build().casualties().revisions()).isEmpty();
  }

  @Test
  void acceptsATimeOnTheIncidentsDate() {
    ZonedDateTime night = ZonedDateTime.of(2025, 5, 23, 3, 40, 0, 0, ZoneId.of("Europe/Kyiv"));
    assertThat(ODESA.withTime(night).time()).contains(night);
  }

  @Test
  void rejectsATimeOutsideTheIncidentsDate() {
    ZonedDateTime nextDay = ZonedDateTime.of(2025, 5, 24, 0, 30, 0, 0, ZoneId.of("Europe/Kyiv"));
    assertThatThrownBy(() -> ODESA.withTime(nextDay))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("INCIDENT_TIME_OUTSIDE_DATE"));
  }

  @Test
  void cameoCodeFollowsTheWeapon() {
    assertThat(cameo(ODESA.withWeapon(WeaponType.DRONE))).isEqualTo("195");
    assertThat(cameo(ODESA.withWeapon(WeaponType.ARTILLERY))).isEqualTo("194");
    assertThat(cameo(ODESA.withWeapon(java.util.Optional.empty()))).isEqualTo("190");
  }

  private static String cameo(Incident incident) {
    return Crosswalk.codes(incident).get(0).cameo();
  }

  @Test
  void currentFiguresAreTheLatestRevisionsAndRevisingKeepsEveryEarlierOne() {
    Laws.qt()
        .forAll(IncidentGen.casualties(), IncidentGen.revisions())
        .checkAssert(
            (toll, next) -> {
              List<CasualtyRevision> r = toll.revisions();
              Estimate killed = Estimate.unknown();
              Estimate injured = Estimate.unknown();
              for (CasualtyRevision each : r) {
                killed = each.killed().isKnown() ? each.killed() : killed;
                injured = each.injured().isKnown() ? each.injured() : injured;
              }
              assertThat(toll.killed()).isEqualTo(killed);
              assertThat(toll.injured()).isEqualTo(injured);
              if (r.isEmpty() || !next.date().isBefore(r.get(r.size() - 1).date())) {
                Casualties revised = toll.revisedBy(next);
                assertThat(revised.revisions().subList(0, r.size())).isEqualTo(r);
                assertThat(revised.revisions()).hasSize(r.size() + 1).endsWith(next);
                assertThat(revised.killed())
                    .isEqualTo(next.killed().isKnown() ? next.killed() : killed);
                assertThat(revised.injured())
                    .isEqualTo(next.injured().isKnown() ? next.injured() : injured);
              }
            });
  }

  @Test
  void generatedIncidentsRoundTripThroughTheirBuilder() {
    Laws.qt()
        .forAll(IncidentGen.incidents())
        .checkAssert(
            i -> assertThat(Incident.builder().from(i).build()).isEqualTo(i).hasSameHashCodeAs(i));
  }

  @Test
  void honoursTheValueContract() {
    ValueContract.check(
        Incident.class,
        List.of(ODESA, Incident.builder().from(ODESA).build()),
        List.of(ODESA.withTarget(TargetType.ENERGY_INFRASTRUCTURE)));
    ValueContract.check(
        Casualties.class,
        List.of(
            Casualties.of(FIRST_REPORT), Casualties.builder().addRevision(FIRST_REPORT).build()),
        List.of(Casualties.unreported()));
    ValueContract.check(
        CasualtyRevision.class,
        List.of(FIRST_REPORT, CasualtyRevision.builder().from(FIRST_REPORT).build()),
        List.of(FIRST_REPORT.withKilled(Estimate.exact(2))));
    ValueContract.check(
        Perpetrator.class,
        List.of(
            Perpetrator.of(PartyId.of("ru"), Attribution.CLAIMED),
            Perpetrator.of(PartyId.of("ru"), Attribution.CLAIMED)),
        List.of(Perpetrator.of(PartyId.of("ru"), Attribution.ATTRIBUTED)));
  }
}
