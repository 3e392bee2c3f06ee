package dev.parley.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.party.PartyId;
import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.testing.VocabularyGen;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
  private static final PartyId RU = PartyId.of("ru");
  private static final PartyId ZELENSKY = PartyId.of("ua:zelensky");

  @Test
  void theSeedFiguresHaveTwoSources() {
    Source mod =
        Source.builder()
            .speaker(RU)
            .organ("Ministry of Defence")
            .published(ReportedDate.parse("2025-05-23"))
            .build();
    Source president =
        Source.builder()
            .speaker(ZELENSKY)
            .outlet("Telegram")
            .link(URI.create("https://t.me/V_Zelenskiy_official"))
            .build();
    Statement claim = Statement.of(mod, Stance.CLAIMS);
    Statement confirmation = Statement.of(president, Stance.CONFIRMS);
    assertThat(confirmation.confirmsIndependentlyOf(RU)).isTrue();
    assertThat(claim.confirmsIndependentlyOf(RU)).isFalse();
    assertThat(Statement.of(mod, Stance.CONFIRMS).confirmsIndependentlyOf(RU))
        .as("own word")
        .isFalse();
    assertThat(
            Statement.of(Source.builder().outlet("Reuters").build(), Stance.CONFIRMS)
                .confirmsIndependentlyOf(RU))
        .isTrue();
    assertThat(Statement.claimedBy(RU).source().speaker()).contains(RU);
  }

  @Test
  void rejectsAnonymousSource() {
    assertThatThrownBy(() -> Source.builder().link(URI.create("https://example.org")).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("SOURCE_ANONYMOUS"));
  }

  @Test
  void rejectsBlankTexts() {
    assertThatThrownBy(() -> Source.builder().speaker(RU).organ(" ").outlet("").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("SOURCE_TEXT_BLANK");
              assertThat(e.violations())
                  .extracting(v -> v.path())
                  .containsExactly("organ", "outlet");
            });
  }

  @Test
  void generatedSourcesRebuildEqual() {
    Laws.qt()
        .forAll(VocabularyGen.statements())
        .check(s -> Statement.of(Source.builder().from(s.source()).build(), s.stance()).equals(s));
  }

  @Test
  void valueContracts() {
    ValueContract.check(
        Source.class,
        List.of(Source.of(RU), Source.builder().speaker(RU).build()),
        List.of(Source.of(ZELENSKY)),
        List.of(Source.of(RU).withOrgan("Ministry of Defence")));
    ValueContract.check(
        Statement.class,
        List.of(Statement.claimedBy(RU), Statement.of(Source.of(RU), Stance.CLAIMS)),
        List.of(Statement.of(Source.of(RU), Stance.DENIES)));
  }
}
