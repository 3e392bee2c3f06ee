package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.estimate.Estimate;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Route;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.place.Place;
import dev.parley.testing.ReceiverStory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who receives, routes, tranche times, border places and approximate figures on the wire: the
 * golden files are the first day of the November 2023 pause, the Yemen exchange of April 2023 and
 * the Rafah crossing ({@link ReceiverStory}).
 */
class ReceiverJsonTest {
  private final ParleyJson json = ParleyJson.defaults();

  private static String golden(String name) {
    return new String(GoldenFilesTest.golden(name), StandardCharsets.UTF_8);
  }

  @Test
  void writesAndReadsThePauseDayAsGoldenFile() {
    String golden = golden("exchange-receivers.json");
    assertThat(json.write(ReceiverStory.PAUSE_DAY_ONE)).isEqualTo(golden);
    Exchange e = json.read(golden, Exchange.class);
    assertThat(e).isEqualTo(ReceiverStory.PAUSE_DAY_ONE);
    assertThat(json.readRecord(golden)).isEqualTo(ReceiverStory.PAUSE_DAY_ONE);
    assertThat(e.directions().get(3).receiving()).isEmpty();
    assertThat(golden)
        .contains("\"receiverRole\": \"home_state\"")
        .contains("\"releasedInto\": \"ps:west-bank-and-east-jerusalem\"")
        .contains("\"timeOfDay\": \"16:00\"")
        .contains("\"zone\": \"Asia/Jerusalem\"");
    assertThat(Schemas.errors("exchange.schema.json", golden)).isEmpty();
  }

  @Test
  void writesAndReadsTheYemenExchangeAsGoldenFile() {
    String golden = golden("exchange-approximate.json");
    assertThat(json.write(ReceiverStory.YEMEN_APRIL_2023)).isEqualTo(golden);
    assertThat(json.readRecord(golden)).isEqualTo(ReceiverStory.YEMEN_APRIL_2023);
    assertThat(golden).contains("\"kind\": \"approximate\"");
    assertThat(Schemas.errors("exchange.schema.json", golden)).isEmpty();
  }

  @Test
  void writesAndReadsABorderPlaceAsGoldenFile() {
    String golden = golden("place-border.json");
    assertThat(json.write(ReceiverStory.RAFAH_CROSSING)).isEqualTo(golden);
    assertThat(json.read(golden, Place.class)).isEqualTo(ReceiverStory.RAFAH_CROSSING);
    assertThat(Schemas.errors("place.schema.json", golden)).isEmpty();
  }

  @Test
  void everyNewValueRoundTripsThroughNdjson() {
    NdjsonRoundTrip.check(
        json,
        List.of(
            ReceiverStory.RAFAH_CROSSING,
            ReceiverStory.BELARUS_UKRAINE_BORDER,
            ReceiverStory.PAUSE_DAY_ONE,
            ReceiverStory.YEMEN_APRIL_2023),
        List.of(
            "place.schema.json",
            "place.schema.json",
            "exchange.schema.json",
            "exchange.schema.json"));
    for (Estimate e : List.of(Estimate.about(887), Estimate.about(892, 5))) {
      String text = json.write(e);
      assertThat(json.read(text, Estimate.class)).isEqualTo(e);
      assertThat(Schemas.errors("common.schema.json#/$defs/estimate", text)).isEmpty();
    }
    assertThat(json.write(Estimate.about(892, 5)))
        .isEqualTo("{\n  \"kind\": \"approximate\",\n  \"value\": 892,\n  \"low\": 5\n}\n");
  }

  @Test
  void readingAnApproximateEstimateWithABoundItCannotHaveFails() {
    assertThatThrownBy(
            () ->
                json.read("{\"kind\":\"approximate\",\"value\":887,\"high\":900}", Estimate.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ParleyJsonException.Kind.UNKNOWN_PROPERTY);
              assertThat(e.pointer()).isEqualTo("/high");
            });
    assertThatThrownBy(() -> json.read("{\"kind\":\"approximate\"}", Estimate.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(ParleyJsonException.Kind.MISSING_PROPERTY));
    assertThatThrownBy(
            () -> json.read("{\"kind\":\"approximate\",\"value\":5,\"low\":9}", Estimate.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("ESTIMATE_RANGE_ORDER"));
    assertThat(
            Schemas.errors(
                "common.schema.json#/$defs/estimate",
                "{\"kind\":\"approximate\",\"value\":887,\"high\":900}"))
        .isNotEmpty();
  }

  @Test
  void readingADirectionThatBreaksWhoReceivesNamesTheRule() {
    assertThatThrownBy(() -> json.read("{\"releasing\":\"il\"}", Direction.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_DIRECTION_NO_RECEIVER"));
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"releasing\":\"il\",\"releasedInto\":\"ps:gaza\",\"receiverRole\":\"home_state\"}",
                    Direction.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_RECEIVER_ROLE"));
    assertThat(Schemas.errors("exchange.schema.json#/$defs/direction", "{\"releasing\":\"il\"}"))
        .isNotEmpty();
    assertThatThrownBy(() -> json.read("{\"from\":\"ye:sanaa\",\"to\":\"ye:sanaa\"}", Route.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_ROUTE_PLACE_REPEATED"));
  }

  @Test
  void readingABadTimeOrZoneFailsClearly() {
    String pause = json.write(ReceiverStory.PAUSE_DAY_ONE);
    for (String bad :
        List.of(
            pause.replace("\"16:00\"", "\"25:00\""),
            pause.replace("\"Asia/Jerusalem\"", "\"Asia/Nowhere\""))) {
      assertThatThrownBy(() -> json.readRecord(bad))
          .isInstanceOfSatisfying(
              ParleyJsonException.class, e -> assertThat(e.pointer()).isIn("/timeOfDay", "/zone"));
    }
    assertThatThrownBy(
            () -> json.readRecord(pause.replace("\"2023-11-24\"", "\"2023-11-24/2023-11-25\"")))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("EXCHANGE_TIME_WITHOUT_DAY"));
  }
}
