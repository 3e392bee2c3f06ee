package dev.parley.chronicle;

import static dev.parley.testing.AgreementStory.DEAL;
import static dev.parley.testing.AgreementStory.EXTENSION;
import static dev.parley.testing.AgreementStory.HAMAS;
import static dev.parley.testing.AgreementStory.IL;
import static dev.parley.testing.AgreementStory.PAUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.AgreementRevision;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.RevisionKind;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.testing.AgreementStory;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import dev.parley.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extension chains and truce links across a chronicle: the queries and the findings. */
class AgreementLinksTest {
  /** The findings of both stories with some records replaced (same id) or added. */
  private static List<Finding> findingsWith(ChronicleRecord... replacements) {
    List<ChronicleRecord> records = new ArrayList<>(AgreementStory.chronicle().records());
    for (ChronicleRecord r : replacements) {
      records.removeIf(old -> old.id().equals(r.id()));
      records.add(r);
    }
    return Chronicle.builder()
        .addAllParties(AgreementStory.PARTIES)
        .addAllRecords(records)
        .build()
        .validate()
        .findings();
  }

  @Test
  void realCasesHaveNoFindings() {
    // the Gaza pause with its extension (Qatari statements of 22 and 27 November 2023) and the
    // Yemen detainee deal (ICRC statement, 16 April 2023)
    assertThat(AgreementStory.chronicle().validate().findings()).isEmpty();
  }

  @Test
  void chainQueriesSeeTheWholeChain() {
    ExchangeView view = AgreementStory.chronicle().exchanges();
    assertThat(view.chain(EXTENSION.id()).get().agreements()).containsExactly(DEAL, EXTENSION);
    assertThat(view.effectiveTarget(DEAL.id()))
        .contains(ReportedDate.parse("2023-11-24/2023-11-29"));
    Fulfilment f = view.chainFulfilment(EXTENSION.id(), LocalDate.of(2023, 11, 28)).get();
    assertThat(f.agreement()).isEqualTo(DEAL.id());
    assertThat(f.released(HAMAS)).isEqualTo(Estimate.exact(60));
    assertThat(f.released(IL)).isEqualTo(Estimate.exact(180));
    assertThat(f.quotas().get(0).remaining()).hasValue(10);
    assertThat(view.chainFulfilment(DEAL.id(), LocalDate.MAX).get().quotas())
        .allMatch(q -> q.isMet());
    assertThat(view.fulfilment(DEAL.id(), LocalDate.MAX).get().released(HAMAS))
        .isEqualTo(Estimate.exact(50));
    assertThat(view.chain(RecordId.of("agreement:none"))).isEmpty();
    assertThat(view.chainFulfilment(RecordId.of("agreement:none"), LocalDate.MAX)).isEmpty();
  }

  @Test
  void agreementsOfATruceAreFoundFromEitherSide() {
    ExchangeView view = AgreementStory.chronicle().exchanges();
    assertThat(view.ofTruce(PAUSE.id())).containsExactly(DEAL);
    CeasefireProposal namesNothing =
        CeasefireProposal.builder().from(PAUSE).exchangeAgreements(List.of()).build();
    Chronicle other =
        Chronicle.builder()
            .addAllParties(AgreementStory.PARTIES)
            .addRecords(DEAL, namesNothing)
            .build();
    assertThat(other.exchanges().ofTruce(PAUSE.id())).containsExactly(DEAL);
    assertThat(other.exchanges().ofTruce(RecordId.of("ceasefire:none"))).isEmpty();
  }

  @Test
  void danglingRevisionIsADanglingRecord() {
    Agreement dangling =
        EXTENSION.withRevises(
            AgreementRevision.of(RecordId.of("agreement:missing"), RevisionKind.EXTENSION));
    assertThat(findingsWith(dangling))
        .extracting(Finding::rule, Finding::path)
        .containsExactly(tuple("CHRONICLE_DANGLING_RECORD", EXTENSION.id().value()));
  }

  @Test
  void revisionOfANonAgreementIsAnError() {
    Agreement ofPause =
        EXTENSION.withRevises(AgreementRevision.of(PAUSE.id(), RevisionKind.AMENDMENT));
    assertThat(findingsWith(ofPause))
        .extracting(Finding::rule, Finding::severity, Finding::path)
        .containsExactly(
            tuple(
                "EXCHANGE_REVISION_NOT_AGREEMENT",
                Severity.ERROR,
                "agreement:2023-11-27-gaza-extension.revises.agreement"));
  }

  @Test
  void revisionsInACircleAreErrors() {
    Agreement circular =
        DEAL.withRevises(AgreementRevision.of(EXTENSION.id(), RevisionKind.AMENDMENT));
    List<Finding> findings = findingsWith(circular);
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("EXCHANGE_REVISION_CYCLE"))
        .extracting(Finding::path)
        .containsExactlyInAnyOrder(
            "agreement:2023-11-22-gaza-hostages.revises.agreement",
            "agreement:2023-11-27-gaza-extension.revises.agreement");
    // the deal is agreed before the extension it would revise
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder(
            "EXCHANGE_REVISION_CYCLE",
            "EXCHANGE_REVISION_CYCLE",
            "EXCHANGE_REVISION_BEFORE_REVISED");
    // the queries still answer, cutting the circle where it closes
    Chronicle c =
        Chronicle.builder()
            .addAllParties(AgreementStory.PARTIES)
            .addRecords(circular, EXTENSION)
            .build();
    assertThat(c.exchanges().chain(DEAL.id()).get().agreements()).hasSize(2);
  }

  @Test
  void extensionDatedBeforeWhatItExtendsIsAnError() {
    Agreement early = EXTENSION.withAgreed(ReportedDate.parse("2023-11-21"));
    assertThat(findingsWith(early))
        .extracting(Finding::rule, Finding::severity, Finding::path)
        .contains(
            tuple(
                "EXCHANGE_REVISION_BEFORE_REVISED",
                Severity.ERROR,
                "agreement:2023-11-27-gaza-extension.agreed"));
  }

  @Test
  void truceLinksMustPointAtCeasefiresAndAgreements() {
    Agreement truceIsAnAgreement = DEAL.withTruce(EXTENSION.id());
    CeasefireProposal namesAnExchange =
        CeasefireProposal.builder()
            .from(PAUSE)
            .exchangeAgreements(List.of(AgreementStory.GAZA_TRANCHES.get(0).id()))
            .build();
    assertThat(findingsWith(truceIsAnAgreement, namesAnExchange))
        .extracting(Finding::rule, Finding::severity, Finding::path)
        .containsExactlyInAnyOrder(
            tuple(
                "EXCHANGE_TRUCE_NOT_CEASEFIRE",
                Severity.ERROR,
                "agreement:2023-11-22-gaza-hostages.truce"),
            tuple(
                "CEASEFIRE_EXCHANGE_AGREEMENT_NOT_AGREEMENT",
                Severity.ERROR,
                "ceasefire:2023-11-24-gaza-pause.exchangeAgreements[0]"));
    Agreement dangling = DEAL.withTruce(RecordId.of("ceasefire:missing"));
    assertThat(findingsWith(dangling))
        .extracting(Finding::rule)
        .containsExactly("CHRONICLE_DANGLING_RECORD");
  }

  @Test
  void trancheBeforeTheTruceItBelongsToIsAWarning() {
    // the pause began at 07:00 on 24 November 2023; a release on the 23rd would precede it
    var early =
        AgreementStory.day(DEAL.id(), "2023-11-23", 1, 0)
            .withTrancheNumber(java.util.OptionalInt.empty());
    assertThat(findingsWith(early))
        .extracting(Finding::rule, Finding::severity, Finding::path)
        .containsExactlyInAnyOrder(
            tuple(
                "EXCHANGE_TRANCHE_BEFORE_TARGET",
                Severity.WARNING,
                "exchange:2023-11-23-gaza.date"),
            tuple(
                "EXCHANGE_TRANCHE_BEFORE_TRUCE",
                Severity.WARNING,
                "exchange:2023-11-23-gaza.date"));
    // an extension belongs to the truce of what it extends; the ceasefire's own link also counts
    var earlyExtension = AgreementStory.day(EXTENSION.id(), "2023-11-23", 3, 1);
    Agreement unlinked = DEAL.withTruce(java.util.Optional.empty());
    assertThat(findingsWith(earlyExtension, unlinked))
        .extracting(Finding::rule)
        .contains("EXCHANGE_TRANCHE_BEFORE_TRUCE");
  }

  @Test
  void generatedChroniclesExerciseTheLinkRules() {
    // the generator other modules compare their validation with (Spark) makes links of every kind
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      dev.parley.testing.ChronicleGen.chronicle(seed, 160)
          .validate()
          .findings()
          .forEach(f -> seen.add(f.rule()));
    }
    assertThat(seen)
        .contains(
            "EXCHANGE_REVISION_BEFORE_REVISED",
            "EXCHANGE_TRUCE_NOT_CEASEFIRE",
            "EXCHANGE_TRANCHE_BEFORE_TRUCE",
            "CEASEFIRE_EXCHANGE_AGREEMENT_NOT_AGREEMENT");
  }
}
