package dev.parley.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.party.PartyId;
import dev.parley.testing.CeasefireGen;
import dev.parley.testing.Laws;
import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Laws of the derived status. */
class CeasefireLawsTest {

  /** The proposal with only the responses and events that have occurred by {@code at}. */
  static CeasefireProposal upTo(CeasefireProposal p, ZonedDateTime at) {
    List<LifecycleEvent> events = new ArrayList<>();
    for (LifecycleEvent e : p.events()) {
      if (!e.time().hasOccurredBy(at)) {
        break;
      }
      events.add(e);
    }
    List<Response> responses = new ArrayList<>();
    for (Response r : p.responses()) {
      if (TimePoint.of(r.date()).hasOccurredBy(at)) {
        responses.add(r);
      }
    }
    return p.withEvents(events).withResponses(responses);
  }

  @Test
  void statusIsAFunctionOfWhatHasOccurredByTheInstant() {
    Laws.qt()
        .forAll(CeasefireGen.probes())
        .checkAssert(
            probe ->
                assertThat(upTo(probe.proposal, probe.at).statusAt(probe.at))
                    .isEqualTo(probe.proposal.statusAt(probe.at)));
  }

  @Test
  void addingAnEventAfterTheInstantNeverChangesTheStatusThen() {
    Laws.qt()
        .forAll(CeasefireGen.probes(), integers().between(1, 24 * 90))
        .checkAssert(
            (probe, hours) -> {
              CeasefireProposal p = probe.proposal;
              Optional<CeasefireStatus> before = p.statusAt(probe.at);
              ZonedDateTime later = probe.at.plusHours(hours);
              TimePoint last =
                  p.events().isEmpty()
                      ? TimePoint.of(p.date())
                      : p.events().get(p.events().size() - 1).time();
              for (LifecycleEventType type : LifecycleEventType.values()) {
                for (TimePoint when :
                    List.of(
                        TimePoint.of(later), TimePoint.ofDay(later.toLocalDate().plusDays(1)))) {
                  if (when.hasOccurredBy(probe.at) || when.isBefore(last)) {
                    continue;
                  }
                  LifecycleEvent.Builder e = LifecycleEvent.builder().type(type).time(when);
                  if (type == LifecycleEventType.BREACH_ALLEGED) {
                    e.party(PartyId.of("p0"));
                  }
                  if (type == LifecycleEventType.EXTENDED) {
                    e.extendedBy(Duration.ofDays(7));
                  }
                  List<LifecycleEvent> events = new ArrayList<>(p.events());
                  events.add(e.build());
                  CeasefireProposal extended;
                  try {
                    extended = p.withEvents(events);
                  } catch (InvalidValueException illegal) {
                    assertThat(illegal.ruleCodes())
                        .isSubsetOf("CEASEFIRE_TRANSITION_ILLEGAL", "CEASEFIRE_DURATION_MISMATCH");
                    continue;
                  }
                  assertThat(extended.statusAt(probe.at))
                      .as("%s at %s", type, when)
                      .isEqualTo(before);
                }
              }
            });
  }

  @Test
  void finalStatusesStayFinal() {
    Laws.qt()
        .forAll(CeasefireGen.probes(), integers().between(0, 24 * 400))
        .checkAssert(
            (probe, hours) -> {
              Optional<CeasefireStatus> now = probe.proposal.statusAt(probe.at);
              if (now.map(CeasefireStatus::isFinal).orElse(false)) {
                assertThat(probe.proposal.statusAt(probe.at.plusHours(hours))).isEqualTo(now);
              }
            });
  }

  @Test
  void statusIsPresentExactlyFromTheProposalDate() {
    Laws.qt()
        .forAll(CeasefireGen.probes())
        .checkAssert(
            probe ->
                assertThat(probe.proposal.statusAt(probe.at).isPresent())
                    .isEqualTo(!probe.at.toLocalDate().isBefore(probe.proposal.date().end())));
  }

  @Test
  void declarationsHaveNoUnansweredAddressees() {
    Laws.qt()
        .forAll(CeasefireGen.probes())
        .checkAssert(
            probe -> {
              if (probe.proposal.kind() == ProposalKind.UNILATERAL_DECLARATION) {
                assertThat(probe.proposal.unansweredAddressees(probe.at)).isEmpty();
                assertThat(probe.proposal.statusAt(probe.at))
                    .isNotIn(
                        Optional.of(CeasefireStatus.PROPOSED),
                        Optional.of(CeasefireStatus.REJECTED),
                        Optional.of(CeasefireStatus.COUNTERED));
              } else {
                assertThat(probe.proposal.addressees())
                    .containsAll(probe.proposal.unansweredAddressees(probe.at));
              }
            });
  }

  @Test
  void generatorCoversEveryStatus() {
    List<CeasefireStatus> seen = new ArrayList<>();
    for (long seed = 0; seed < 3000 && seen.size() < CeasefireStatus.values().length; seed++) {
      CeasefireProposal p = CeasefireGen.proposal(seed);
      for (int day = 0; day < 90; day += 3) {
        p.statusAt(
                p.date()
                    .start()
                    .plusDays(day)
                    .atStartOfDay(java.time.ZoneId.of("UTC"))
                    .plusHours(12))
            .filter(s -> !seen.contains(s))
            .ifPresent(seen::add);
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(CeasefireStatus.values());
  }
}
