package dev.parley.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.estimate.Estimate;
import dev.parley.party.PartyId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The dead of an incident divided among the sides, civilians and the unknown, as UCDP's GED gives
 * them.
 */
class KilledShareTest {
  static final PartyId UA = PartyId.of("ua");
  static final PartyId RU = PartyId.of("ru");
  static final Statement UCDP =
      Statement.of(Source.builder().outlet("UCDP GED 25.1").build(), Stance.CLAIMS);

  static CasualtyRevision.Builder clash() {
    // A clash near Kupiansk: best 7 dead (low 6, high 9): 3 Ukrainian and 2 Russian soldiers,
    // one civilian, and one whose affiliation the sources do not give.
    return CasualtyRevision.builder()
        .date(ReportedDate.parse("2025-05-20"))
        .killed(Estimate.range(6, 7, 9))
        .injured(Estimate.unknown())
        .addSource(UCDP);
  }

  private static void rejects(ThrowingCallable build, String code, String path) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .anySatisfy(
                        v -> {
                          assertThat(v.rule()).isEqualTo(code);
                          assertThat(v.path()).isEqualTo(path);
                        }));
  }

  @Test
  void aRealDivisionOfTheDeadIsKept() {
    CasualtyRevision r =
        clash()
            .addKilledAmong(
                KilledShare.ofSide(UA, Estimate.exact(3)),
                    KilledShare.ofSide(RU, Estimate.exact(2)),
                KilledShare.civilians(Estimate.exact(1)),
                    KilledShare.unknownAffiliation(Estimate.exact(1)))
            .build();
    assertThat(r.killedAmong())
        .extracting(KilledShare::group)
        .containsExactly(
            KilledGroup.SIDE, KilledGroup.SIDE, KilledGroup.CIVILIANS, KilledGroup.UNKNOWN);
    assertThat(r.killedAmong().get(1).party()).contains(RU);
    assertThat(r.toString()).contains("[ua: 3, ru: 2, civilians: 1, unknown: 1]");
    // A partial division is fine, and so is none at all.
    assertThat(
            clash()
                .addKilledAmong(KilledShare.civilians(Estimate.atLeast(1)))
                .build()
                .killedAmong())
        .hasSize(1);
    assertThat(clash().build().killedAmong()).isEmpty();
  }

  @Test
  void onlyAShareOfASideNamesAParty() {
    rejects(
        () -> KilledShare.builder().group(KilledGroup.SIDE).killed(Estimate.exact(1)).build(),
        "INCIDENT_SHARE_PARTY",
        "party");
    rejects(
        () ->
            KilledShare.builder()
                .group(KilledGroup.CIVILIANS)
                .party(UA)
                .killed(Estimate.exact(1))
                .build(),
        "INCIDENT_SHARE_PARTY",
        "party");
  }

  @Test
  void eachGroupIsCountedOnce() {
    rejects(
        () ->
            clash()
                .addKilledAmong(
                    KilledShare.ofSide(UA, Estimate.exact(1)),
                    KilledShare.ofSide(UA, Estimate.exact(2)))
                .build(),
        "INCIDENT_SHARE_DUPLICATE",
        "killedAmong[1]");
    rejects(
        () ->
            clash()
                .addKilledAmong(
                    KilledShare.civilians(Estimate.exact(1)),
                    KilledShare.civilians(Estimate.exact(1)))
                .build(),
        "INCIDENT_SHARE_DUPLICATE",
        "killedAmong[1]");
    // Two different sides are two groups.
    assertThat(
            clash()
                .addAllKilledAmong(
                    List.of(
                        KilledShare.ofSide(UA, Estimate.exact(1)),
                        KilledShare.ofSide(RU, Estimate.exact(1))))
                .build()
                .killedAmong())
        .hasSize(2);
  }

  @Test
  void theSharesNeverAddUpToMoreThanTheHighestTotal() {
    rejects(
        () ->
            clash()
                .addKilledAmong(
                    KilledShare.ofSide(UA, Estimate.exact(5)),
                    KilledShare.ofSide(RU, Estimate.atLeast(5)))
                .build(),
        "INCIDENT_SHARES_EXCEED_TOTAL",
        "killedAmong");
    // Up to the high of the total, the shares fit; an unknown total bounds nothing.
    assertThat(
            clash()
                .addKilledAmong(
                    KilledShare.ofSide(UA, Estimate.exact(5)),
                    KilledShare.ofSide(RU, Estimate.range(4, 8)))
                .build()
                .killedAmong())
        .hasSize(2);
    assertThat(
            clash()
                .killed(Estimate.unknown())
                .addKilledAmong(KilledShare.ofSide(UA, Estimate.exact(50)))
                .build()
                .killedAmong())
        .hasSize(1);
  }
}
