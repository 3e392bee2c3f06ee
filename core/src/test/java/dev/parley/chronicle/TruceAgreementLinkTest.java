package dev.parley.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.record.ChronicleRecord;
import dev.parley.testing.GazaPauseStory;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exchange agreement may name a mediated truce ({@code Truce}) as the truce it belongs to, as it
 * may name a ceasefire proposal: the link is accepted, and a tranche dated before the truce entered
 * into force (its first day in the truce's own zone) is a finding.
 */
class TruceAgreementLinkTest {
  private static List<Finding> findings(ChronicleRecord... replacements) {
    Chronicle base = GazaPauseStory.chronicle();
    List<ChronicleRecord> records = new ArrayList<>(base.records());
    for (ChronicleRecord r : replacements) {
      records.removeIf(old -> old.id().equals(r.id()));
      records.add(r);
    }
    return Chronicle.builder()
        .addAllParties(base.parties())
        .addAllRecords(records)
        .build()
        .validate()
        .findings();
  }

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  @Test
  void anAgreementOfTheGazaPauseNamesTheTruceWithoutAFinding() {
    // Qatar's statement of 22 November 2023: the exchange deal is part of the humanitarian pause
    Agreement deal = GazaPauseStory.deal().withTruce(GazaPauseStory.PAUSE_ID);
    Agreement extension = GazaPauseStory.extensionDeal().withTruce(GazaPauseStory.PAUSE_ID);
    assertThat(rules(findings(deal, extension)))
        .doesNotContain("EXCHANGE_TRUCE_NOT_CEASEFIRE", "EXCHANGE_TRANCHE_BEFORE_TRUCE");
    assertThat(rules(findings(deal, extension))).isEqualTo(rules(findings()));
  }

  @Test
  void aTrancheBeforeTheTruceEnteredIntoForceIsAFinding() {
    Agreement extension = GazaPauseStory.extensionDeal().withTruce(GazaPauseStory.PAUSE_ID);
    // a tranche put on 23 November, the day before the pause entered into force at 07:00
    Exchange early = GazaPauseStory.nov28().withDate(ReportedDate.parse("2023-11-23"));
    assertThat(rules(findings(extension, early))).contains("EXCHANGE_TRANCHE_BEFORE_TRUCE");
    assertThat(rules(findings(extension))).doesNotContain("EXCHANGE_TRANCHE_BEFORE_TRUCE");
  }
}
