package dev.parley.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's tour runs and prints what it says. */
class GuideExamplesTest {
  interface Example {
    void run(PrintStream out) throws Exception;
  }

  private static String output(Example example) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exchangeExampleComputesFulfilmentAndRejectsAnOversizedBreakdown() throws Exception {
    assertThat(output(ExchangeExample::run))
        .isEqualTo(
            "released by Russia: 390, remaining 610\nrejected: [EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL]\n");
  }

  @Test
  void custodyExchangeExampleCountsTheExtraOutsideTheQuotaAndKeepsCustodyApart() throws Exception {
    assertThat(output(CustodyExchangeExample::run))
        .isEqualTo(
            "released by Russia: 277, toward its quota: 246\n"
                + "findings: []\n"
                + "in custody on 2025-04-20: released to ru, held by by until treated, then sent on to Russia\n"
                + "sides: [ru, ua], exchange no. 63\n");
  }

  @Test
  void agreementChainExampleCountsTheExtensionAndTheRatio() throws Exception {
    assertThat(output(AgreementChainExample::run))
        .isEqualTo(
            "target after extensions: 2023-11-24/2023-11-29\n"
                + "hamas: 70: released 60 of 70\n"
                + "il: 3 per 1 released by hamas: released 180 of 180\n"
                + "findings: []\n");
  }

  @Test
  void mediatedTruceExampleFollowsTheTruceAndTheRatioQuota() throws Exception {
    assertThat(output(MediatedTruceExample::run))
        .isEqualTo(
            "2023-11-29T12:00+02:00[Asia/Gaza]: IN_FORCE, end after extensions"
                + " 2023-11-30T07:00+02:00[Asia/Gaza], extension conditions [MET]\n"
                + "2023-11-30T01:00-05:00[America/New_York]: ENDED, end after extensions"
                + " 2023-11-30T07:00+02:00[Asia/Gaza], extension conditions [MET]\n"
                + "hamas: 70: released 70 of 70\n"
                + "il: 3 per 1 released by hamas: released 210 of 210\n"
                + "findings: []\n");
  }

  @Test
  void ceasefireExampleDerivesTheStatus() throws Exception {
    assertThat(output(CeasefireExample::run))
        .isEqualTo(
            "2025-05-12: PROPOSED, unanswered by [ru]\n2025-05-20: COUNTERED, unanswered by []\n");
  }

  @Test
  void jointProposalExampleRecordsProposalsAsNegotiated() throws Exception {
    assertThat(output(JointProposalExample::run))
        .isEqualTo(
            "proposed by [ua, us] in sa:jeddah, on 14 March: ACCEPTED_WITH_CONDITIONS\n"
                + "ceasefire:2025-06-ru-memorandum answers ceasefire:2025-03-jeddah and asks for"
                + " one of: [WITHDRAWAL] or [DISARMAMENT, OTHER]\n"
                + "Easter truce on 2025-04-20: IN_EFFECT\n"
                + "Easter truce on 2025-04-21: EXPIRED\n"
                + "alleged on 2025-04-21 about 2025-04-20: 2935 violations\n"
                + "ceasefire:2025-04-ua-mirror mirrors ceasefire:2025-04-ru-easter: 30 days against"
                + " 30 hours\n");
  }

  @Test
  void territoryExampleSeparatesClaimsFromControl() throws Exception {
    assertThat(output(TerritoryExample::run))
        .isEqualTo(
            "claims as of 2025-05-25: [ru, ua]\ncontested then: true\n"
                + "claims on UA-63 and the places within it: [claim:ru-rakivka: ru CAPTURED"
                + " place:ua:rakivka as of 2025-05-23, claim:ua-kharkiv: ua HOLDS region:UA-63 as of"
                + " 2025-05-24]\n"
                + "controller as of 2025-05-28: ru\n"
                + "status of Russia's claim: CONFIRMED\n");
  }

  @Test
  void ndjsonExampleReportsBadLinesAndFindings() throws Exception {
    String ndjson =
        "{\"format\":\"parley\",\"version\":1}\n"
            + "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}\n"
            + "{\"type\":\"party\",\"id\":\"ua:zelensky\",\"name\":\"Volodymyr Zelensky\",\"kind\":\"person\",\"actingFor\":\"ua-gov\"}\n"
            + "{\"type\":\"party\",\"id\":\"ru\",\"name\":\"\",\"kind\":\"state\"}\n";
    String out =
        output(
            o ->
                NdjsonExample.run(
                    new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), o));
    assertThat(out)
        .startsWith("line 4: ")
        .contains("PARTY_NAME_BLANK")
        .endsWith(
            "ERROR CHRONICLE_DANGLING_PARTY at ua:zelensky.actingFor: party ua:zelensky acts for ua-gov, which is not in the chronicle\n");
  }

  @Test
  void jacksonModuleExampleRoundTripsAParty() throws Exception {
    assertThat(output(JacksonModuleExample::run)).contains("\"id\":\"ua\"").endsWith("true\n");
  }
}
