package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.estimate.Estimate;
import dev.parley.party.Participant;
import dev.parley.party.Party;
import dev.parley.place.Coordinates;
import dev.parley.place.Place;
import dev.parley.provenance.Source;
import dev.parley.provenance.Statement;
import dev.parley.testing.Laws;
import dev.parley.testing.VocabularyGen;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For every record type and vocabulary value: written and read back it is equal, writing it again
 * gives the same bytes, and the text conforms to its schema.
 */
class RoundTripPropertiesTest {
  private final ParleyJson json = ParleyJson.defaults();

  private <T> void roundTrips(Gen<T> values, Class<T> type, String schema) {
    Laws.qt()
        .forAll(values)
        .checkAssert(
            v -> {
              String text = json.write(v);
              T back = json.read(text, type);
              assertThat(back).isEqualTo(v);
              assertThat(json.write(back)).isEqualTo(text);
              assertThat(Schemas.errors(schema, text)).as(text).isEmpty();
            });
  }

  @Test
  void partiesRoundTrip() {
    roundTrips(VocabularyGen.parties(), Party.class, "party.schema.json");
  }

  @Test
  void placesRoundTrip() {
    roundTrips(VocabularyGen.places(), Place.class, "place.schema.json");
  }

  @Test
  void coordinatesAreReadAsTheJdkParsesThem() {
    // Whatever parser Jackson uses for decimal numbers, reading gives the JDK's double.
    Laws.qt()
        .forAll(Decimals.plain(), Decimals.plain())
        .checkAssert((latitude, longitude) -> Decimals.readAsTheJdk(json, latitude, longitude));
  }

  @Test
  void hardCoordinatesAreReadAsTheJdkParsesThem() {
    // Midpoints need every digit: a parser that stops early rounds some of them the wrong way.
    ObjectMapper mapper = json.newObjectMapper();
    Laws.qt()
        .forAll(Decimals.hard(), Decimals.hard())
        .checkAssert(
            (latitude, longitude) -> {
              Decimals.readAsTheJdk(json, latitude, longitude);
              // the mapper's own parser, with the default limits: the texts are at most 60 long
              Decimals.hasTheJdksCoordinates(
                  read(mapper, Decimals.place(latitude, longitude)), latitude, longitude);
            });
  }

  private static Place read(ObjectMapper mapper, String text) {
    try {
      return mapper.readValue(text, Place.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void recordsRoundTripThroughNdjson() {
    Laws.qt()
        .forAll(VocabularyGen.parties(), VocabularyGen.places())
        .checkAssert(
            (party, place) -> {
              NdjsonRoundTrip.check(
                  json, List.of(party, place), List.of("party.schema.json", "place.schema.json"));
            });
  }

  @Test
  void estimatesRoundTrip() {
    roundTrips(VocabularyGen.estimates(), Estimate.class, "common.schema.json#/$defs/estimate");
  }

  @Test
  void reportedDatesRoundTrip() {
    roundTrips(
        VocabularyGen.reportedDates(),
        ReportedDate.class,
        "common.schema.json#/$defs/reportedDate");
  }

  @Test
  void timeWindowsRoundTrip() {
    roundTrips(
        VocabularyGen.timeWindows(), TimeWindow.class, "common.schema.json#/$defs/timeWindow");
  }

  @Test
  void coordinatesRoundTrip() {
    roundTrips(
        VocabularyGen.coordinates(), Coordinates.class, "common.schema.json#/$defs/coordinates");
  }

  @Test
  void sourcesRoundTrip() {
    roundTrips(VocabularyGen.sources(), Source.class, "common.schema.json#/$defs/source");
  }

  @Test
  void statementsRoundTrip() {
    roundTrips(VocabularyGen.statements(), Statement.class, "common.schema.json#/$defs/statement");
  }

  @Test
  void participantsRoundTrip() {
    roundTrips(
        VocabularyGen.participants(), Participant.class, "common.schema.json#/$defs/participant");
  }
}
