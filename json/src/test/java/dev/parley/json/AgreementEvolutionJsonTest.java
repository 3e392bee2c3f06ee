package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.AgreementRevision;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaRatio;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.RevisionKind;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.testing.AgreementStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreement sources and notes, extensions, truce links, ratio and joint quotas on the wire: the
 * golden files are the Gaza deal of 22 November 2023 with its extension of 27 November and the
 * pause it is part of, and the Yemen detainee deal of 20 March 2023 ({@link AgreementStory}).
 */
class AgreementEvolutionJsonTest {
  private final ParleyJson json = ParleyJson.defaults();

  @Test
  void writesTheGoldenFiles() throws Exception {
    String deal = GoldenFilesTest.written(json, AgreementStory.DEAL, "agreement-gaza.json");
    String extension =
        GoldenFilesTest.written(json, AgreementStory.EXTENSION, "agreement-gaza-extension.json");
    String yemen = GoldenFilesTest.written(json, AgreementStory.YEMEN, "agreement-yemen.json");
    String pause =
        GoldenFilesTest.written(json, AgreementStory.PAUSE, "ceasefireProposal-gaza-pause.json");
    assertThat(deal).isEqualTo(GoldenFilesTest.goldenText("agreement-gaza.json"));
    assertThat(extension).isEqualTo(GoldenFilesTest.goldenText("agreement-gaza-extension.json"));
    assertThat(yemen).isEqualTo(GoldenFilesTest.goldenText("agreement-yemen.json"));
    assertThat(pause).isEqualTo(GoldenFilesTest.goldenText("ceasefireProposal-gaza-pause.json"));
  }

  @Test
  void readsTheGoldenFilesBack() {
    Agreement deal = (Agreement) json.readRecord(GoldenFilesTest.goldenText("agreement-gaza.json"));
    assertThat(deal).isEqualTo(AgreementStory.DEAL);
    assertThat(deal.quotas().get(2).ratio()).contains(QuotaRatio.of(3, 1, AgreementStory.HAMAS));
    assertThat(deal.truce()).contains(AgreementStory.PAUSE_ID);
    Agreement extension =
        json.read(GoldenFilesTest.goldenText("agreement-gaza-extension.json"), Agreement.class);
    assertThat(extension.revises())
        .contains(AgreementRevision.of(AgreementStory.DEAL_ID, RevisionKind.EXTENSION));
    Agreement yemen =
        json.read(GoldenFilesTest.goldenText("agreement-yemen.json"), Agreement.class);
    assertThat(yemen.quotas().get(0).jointWith()).containsExactly(AgreementStory.COALITION);
    CeasefireProposal pause =
        json.read(
            GoldenFilesTest.goldenText("ceasefireProposal-gaza-pause.json"),
            CeasefireProposal.class);
    assertThat(pause.exchangeAgreements()).containsExactly(AgreementStory.DEAL_ID);
    for (String name :
        List.of("agreement-gaza.json", "agreement-gaza-extension.json", "agreement-yemen.json")) {
      assertThat(Schemas.errors("agreement.schema.json", GoldenFilesTest.goldenText(name)))
          .as(name)
          .isEmpty();
    }
    assertThat(
            Schemas.errors(
                "ceasefireProposal.schema.json",
                GoldenFilesTest.goldenText("ceasefireProposal-gaza-pause.json")))
        .isEmpty();
  }

  @Test
  void roundTripThroughNdjson() {
    NdjsonRoundTrip.check(
        json,
        List.of(
            AgreementStory.DEAL,
            AgreementStory.EXTENSION,
            AgreementStory.PAUSE,
            AgreementStory.YEMEN,
            AgreementStory.GAZA_TRANCHES.get(0)),
        List.of(
            "agreement.schema.json",
            "agreement.schema.json",
            "ceasefireProposal.schema.json",
            "agreement.schema.json",
            "exchange.schema.json"));
    Quota minors =
        Quota.builder()
            .releasing(AgreementStory.IL)
            .ratio(
                QuotaRatio.builder()
                    .released(2)
                    .per(1)
                    .counterpart(AgreementStory.HAMAS)
                    .counterpartCategory(ReleaseCategory.MINOR)
                    .build())
            .build();
    assertThat(json.read(json.write(minors), Quota.class)).isEqualTo(minors);
    assertThat(json.write(minors)).contains("\"counterpartCategory\": \"minor\"");
  }

  @Test
  void badValuesNameTheirRules() {
    assertThatThrownBy(
            () -> json.read("{\"released\":0,\"per\":1,\"counterpart\":\"x\"}", QuotaRatio.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_QUOTA_RATIO_RANGE"));
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"releasing\":\"il\",\"count\":150,\"jointWith\":[\"il\"],"
                        + "\"ratio\":{\"released\":3,\"per\":1,\"counterpart\":\"hamas\"}}",
                    Quota.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e ->
                assertThat(e.ruleCodes())
                    .containsExactlyInAnyOrder(
                        "EXCHANGE_QUOTA_JOINT_REPEATED", "EXCHANGE_QUOTA_RATIO_AND_COUNT"));
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"agreement\":\"a\",\"kind\":\"prolongation\"}", AgreementRevision.class))
        .isInstanceOf(ParleyJsonException.class);
    assertThatThrownBy(() -> json.read("{\"agreement\":\"a\"}", AgreementRevision.class))
        .isInstanceOf(ParleyJsonException.class);
    assertThat(
            Schemas.errors(
                "agreement.schema.json#/$defs/quota",
                "{\"releasing\":\"il\",\"count\":150,"
                    + "\"ratio\":{\"released\":3,\"per\":1,\"counterpart\":\"hamas\"}}"))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                "agreement.schema.json#/$defs/revision", "{\"agreement\":\"a\",\"kind\":\"x\"}"))
        .isNotEmpty();
  }
}
