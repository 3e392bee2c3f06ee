package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.exchange.Custody;
import dev.parley.exchange.CustodyTerms;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.NotableRelease;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.testing.CustodyStory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Custody by a third party and named released people on the wire: the golden file is the exchange
 * of 21 September 2022 ({@link CustodyStory}).
 */
class CustodyJsonTest {
  private final ParleyJson json = ParleyJson.defaults();

  private static String golden() {
    return new String(GoldenFilesTest.golden("exchange-custody.json"), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheCustodyExchangeAsGoldenFile() {
    assertThat(json.write(CustodyStory.SEPTEMBER_2022)).isEqualTo(golden());
  }

  @Test
  void readsTheGoldenFileBack() {
    Exchange e = json.read(golden(), Exchange.class);
    assertThat(e).isEqualTo(CustodyStory.SEPTEMBER_2022);
    assertThat(json.readRecord(golden())).isEqualTo(CustodyStory.SEPTEMBER_2022);
    assertThat(e.directions().get(0).custody()).contains(CustodyStory.COMMANDERS_IN_TURKIYE);
    assertThat(e.directions().get(1).primaryFigure().orElseThrow().notables())
        .extracting(NotableRelease::name)
        .containsExactly("Viktor Medvedchuk");
    assertThat(Schemas.errors("exchange.schema.json", golden())).isEmpty();
  }

  @Test
  void everyShapeOfCustodyRoundTripsThroughNdjson() {
    Custody ended =
        CustodyStory.COMMANDERS_IN_TURKIYE.withEnded(
            dev.parley.time.ReportedDate.parse("2023-07-08"));
    for (Custody k :
        List.of(
            ended,
            Custody.open(CustodyStory.TR),
            Custody.until(CustodyStory.SA, dev.parley.time.ReportedDate.parse("2022-10")))) {
      Exchange e =
          CustodyStory.SEPTEMBER_2022.withDirections(
              CustodyStory.TO_UKRAINE.withCustody(k), CustodyStory.TO_RUSSIA);
      NdjsonRoundTrip.check(json, List.of(e), List.of("exchange.schema.json"));
      assertThat(json.read(json.write(k), Custody.class)).isEqualTo(k);
    }
  }

  @Test
  void readingCustodyThatBreaksItsTermsNamesTheRule() {
    String noDate = "{\"custodian\":\"tr\",\"terms\":\"until_date\",\"condition\":\"later\"}";
    assertThatThrownBy(() -> json.read(noDate, Custody.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_CUSTODY_TERMS"));
    assertThat(Schemas.errors("exchange.schema.json#/$defs/custody", "{\"custodian\":\"tr\"}"))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                "exchange.schema.json#/$defs/custody",
                "{\"custodian\":\"tr\",\"terms\":\"open\",\"count\":-1}"))
        .isNotEmpty();
    assertThat(json.read("{\"custodian\":\"tr\",\"terms\":\"open\"}", Custody.class).terms())
        .isEqualTo(CustodyTerms.OPEN);
  }

  @Test
  void readingAFigureThatNamesMorePeopleThanItCountsNamesTheRule() {
    String figure =
        "{\"total\":{\"kind\":\"exact\",\"value\":1},\"notables\":[{\"name\":\"A\"},{\"name\":\"B\"}]}";
    assertThatThrownBy(() -> json.read(figure, dev.parley.exchange.ReleaseFigure.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_NOTABLES_EXCEED_TOTAL"));
    assertThat(
            Schemas.errors(
                "exchange.schema.json#/$defs/notableRelease", "{\"name\":\"\",\"party\":\"ua\"}"))
        .isNotEmpty();
  }
}
