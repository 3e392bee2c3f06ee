package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.exchange.AgeRange;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.FigurePart;
import dev.parley.exchange.Quota;
import dev.parley.exchange.RunningNumber;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.testing.ExtrasStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Running numbers, notes, figures made of parts, quota subgroups, reported totals and open-ended
 * implementation periods on the wire: the golden files are the exchange of 19 April 2025 and the
 * Istanbul agreement of 2 June 2025 ({@link ExtrasStory}).
 */
class ExtrasJsonTest {
  private final ParleyJson json = ParleyJson.defaults();

  @Test
  void writesTheEasterExchangeAsGoldenFile() throws Exception {
    assertThat(GoldenFilesTest.written(json, ExtrasStory.EASTER, "exchange-extras.json"))
        .isEqualTo(GoldenFilesTest.goldenText("exchange-extras.json"));
  }

  @Test
  void writesTheIstanbulAgreementAsGoldenFile() throws Exception {
    assertThat(GoldenFilesTest.written(json, ExtrasStory.ISTANBUL_JUNE, "agreement-istanbul.json"))
        .isEqualTo(GoldenFilesTest.goldenText("agreement-istanbul.json"));
  }

  @Test
  void readsTheGoldenFilesBack() {
    Exchange e = json.read(GoldenFilesTest.goldenText("exchange-extras.json"), Exchange.class);
    assertThat(e).isEqualTo(ExtrasStory.EASTER);
    assertThat(e.runningNumber().map(RunningNumber::number)).contains(63);
    assertThat(e.directions().get(0).primaryFigure().orElseThrow().parts())
        .extracting(FigurePart::countsAgainstQuota)
        .containsExactly(true, false);
    Agreement a =
        (Agreement) json.readRecord(GoldenFilesTest.goldenText("agreement-istanbul.json"));
    assertThat(a).isEqualTo(ExtrasStory.ISTANBUL_JUNE);
    assertThat(a.quotas().get(3).ages()).contains(AgeRange.of(18, 25));
    assertThat(
            Schemas.errors(
                "exchange.schema.json", GoldenFilesTest.goldenText("exchange-extras.json")))
        .isEmpty();
    assertThat(
            Schemas.errors(
                "agreement.schema.json", GoldenFilesTest.goldenText("agreement-istanbul.json")))
        .isEmpty();
  }

  @Test
  void roundTripThroughNdjson() {
    NdjsonRoundTrip.check(
        json,
        List.of(
            ExtrasStory.ISTANBUL_JUNE,
            ExtrasStory.BODIES_11_JUNE,
            ExtrasStory.EASTER_SWAP,
            ExtrasStory.EASTER),
        List.of(
            "agreement.schema.json",
            "exchange.schema.json",
            "agreement.schema.json",
            "exchange.schema.json"));
    Quota openEnded =
        ExtrasStory.ISTANBUL_JUNE.quotas().get(3).withAges(AgeRange.builder().to(17).build());
    assertThat(json.read(json.write(openEnded), Quota.class)).isEqualTo(openEnded);
    assertThat(json.write(openEnded)).doesNotContain("\"from\"");
  }

  @Test
  void badValuesNameTheirRules() {
    assertThatThrownBy(() -> json.read("{\"from\":30,\"to\":20}", AgeRange.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_AGE_RANGE"));
    assertThatThrownBy(() -> json.read("{\"number\":0,\"sources\":[]}", RunningNumber.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e ->
                assertThat(e.ruleCodes())
                    .containsExactly(
                        "EXCHANGE_RUNNING_NUMBER_RANGE", "EXCHANGE_RUNNING_NUMBER_UNSOURCED"));
    assertThatThrownBy(
            () -> json.read("{\"number\":4294967296,\"sources\":[]}", RunningNumber.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(ParleyJsonException.Kind.WRONG_TYPE));
    String parts =
        "{\"total\":{\"kind\":\"exact\",\"value\":300},\"parts\":[{\"count\":{\"kind\":\"exact\",\"value\":246},"
            + "\"counting\":\"against_quota\"},{\"count\":{\"kind\":\"exact\",\"value\":31},\"counting\":\"in_addition\"}]}";
    assertThatThrownBy(() -> json.read(parts, dev.parley.exchange.ReleaseFigure.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_PARTS_TOTAL"));
    assertThat(
            Schemas.errors(
                "exchange.schema.json#/$defs/figurePart",
                "{\"count\":{\"kind\":\"exact\",\"value\":3},\"counting\":\"extra\"}"))
        .isNotEmpty();
    assertThat(Schemas.errors("agreement.schema.json#/$defs/ageRange", "{}")).isNotEmpty();
    assertThat(
            Schemas.errors(
                "agreement.schema.json#/$defs/reportedTotal",
                "{\"releasing\":\"ru\",\"total\":{\"kind\":\"exact\",\"value\":3},\"asOf\":\"2025-06\",\"sources\":[]}"))
        .isNotEmpty();
  }
}
