package dev.parley.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.validation.Finding;
import dev.parley.validation.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cross-record rules of ceasefire proposals. */
class CeasefireFindingsTest {
  static final RecordId ROUND = RecordId.of("talks:2025-05-16-istanbul");

  @Test
  void reportsCounterProposalAndRoundThatDoNotExist() {
    List<Finding> findings =
        CeasefireFindings.checkReferences(SeedCeasefireTest.ukrainianOffer(), Set.of());
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly("CEASEFIRE_COUNTER_PROPOSAL_UNKNOWN", "CEASEFIRE_ROUND_UNKNOWN");
    assertThat(findings)
        .extracting(Finding::path)
        .containsExactly(
            "ceasefire:ua-30-day-2025-05.responses[0].counterProposal",
            "ceasefire:ua-30-day-2025-05.negotiationRound");
    assertThat(findings).allMatch(Finding::isError);
    assertThat(findings.get(0).message()).contains("ceasefire:ru-preconditions-2025-05");
  }

  @Test
  void warnsWhenCounterProposalComesFromSomeoneElse() {
    CeasefireProposal wrong = SeedCeasefireTest.russianCounter().withProposer(PartyId.of("by"));
    List<Finding> findings =
        CeasefireFindings.checkCounterProposal(
            SeedCeasefireTest.ukrainianOffer(), Map.of(SeedCeasefireTest.COUNTER, wrong));
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly("CEASEFIRE_COUNTER_PROPOSAL_PARTIES");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(CeasefireFindings.checkCounterProposal(SeedCeasefireTest.ukrainianOffer(), Map.of()))
        .isEmpty();
    assertThat(CeasefireFindings.checkReferences(SeedCeasefireTest.russianCounter(), Set.of(ROUND)))
        .isEmpty();
  }
}
