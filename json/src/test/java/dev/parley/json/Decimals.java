package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonFormat;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.place.Coordinates;
import dev.parley.place.Place;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Decimal texts for coordinates, and the law that a reader gives the JDK's double for each, to the
 * last bit, whichever parser its Jackson uses for numbers.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * A decimal text as feeds write it: up to 89 before the point and up to 25 digits after.
   *
   * @return the generator
   */
  public static Gen<String> plain() {
    return integers()
        .between(-89, 89)
        .zip(
            longs().all(),
            integers().between(1, 25),
            (whole, digits, length) -> {
              String fraction = Long.toUnsignedString(digits) + Long.toUnsignedString(~digits);
              return whole + "." + fraction.substring(0, Math.min(length, fraction.length()));
            });
  }

  /**
   * A decimal text that is hard to round, of magnitude from 0.5 to below 64: the exact midpoint
   * between a double and the next one up (which rounds to the one of the two whose last bit is
   * zero), that midpoint moved by one unit in its last digit, or the double's own exact binary
   * value, each in plain or exponent form. Up to 60 characters long.
   *
   * @return the generator
   */
  public static Gen<String> hard() {
    return longs()
        .all()
        .zip(
            integers().between(0, 5),
            (bits, form) -> {
              double d =
                  Math.scalb(
                      Double.longBitsToDouble(
                          (bits & 0x800F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L),
                      (int) ((bits >>> 52) & 7) % 7 - 1);
              BigDecimal exact = new BigDecimal(d);
              BigDecimal mid =
                  exact.add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
              BigDecimal nudge = BigDecimal.ONE.movePointLeft(mid.scale());
              BigDecimal v =
                  switch (form % 3) {
                    case 0 -> mid;
                    case 1 -> mid.add(bits % 2 == 0 ? nudge : nudge.negate());
                    default -> exact;
                  };
              return form < 3 ? v.toPlainString() : v.unscaledValue() + "E-" + v.scale();
            });
  }

  /**
   * A place with the given coordinates, as a JSON object.
   *
   * @param latitude the latitude's text
   * @param longitude the longitude's text
   * @return the object's text
   */
  public static String place(String latitude, String longitude) {
    return "{\"type\":\"place\",\"id\":\"ua:p\",\"name\":\"P\",\"country\":\"UA\","
        + "\"coordinates\":{\"latitude\":"
        + latitude
        + ",\"longitude\":"
        + longitude
        + "},\"precision\":\"settlement\"}";
  }

  /**
   * Reads a place with the given coordinates, alone and as two NDJSON lines, and checks that each
   * read gives what {@link Double#parseDouble} gives.
   *
   * @param json the reader
   * @param latitude the latitude's text
   * @param longitude the longitude's text
   */
  public static void readAsTheJdk(JsonFormat json, String latitude, String longitude) {
    String place = place(latitude, longitude);
    JsonFormat longNumbers = json.withLimits(JsonLimits.defaults().withMaxNumberLength(100));
    List<Place> read = new ArrayList<>();
    read.add(longNumbers.read(place, Place.class));
    byte[] lines =
        ("{\"format\":\"parley\",\"version\":1}\n" + place + "\n" + place + "\n")
            .getBytes(StandardCharsets.UTF_8);
    try (NdjsonReader r = longNumbers.ndjsonReader(lines, ErrorMode.FAIL_FAST)) {
      while (r.hasNext()) {
        read.add((Place) r.next().value());
      }
    }
    assertThat(read).hasSize(3);
    for (Place p : read) {
      hasTheJdksCoordinates(p, latitude, longitude);
    }
  }

  /**
   * Checks that a place's coordinates are what {@link Double#parseDouble} gives for their texts.
   *
   * @param place the place read
   * @param latitude the latitude's text
   * @param longitude the longitude's text
   */
  public static void hasTheJdksCoordinates(Place place, String latitude, String longitude) {
    Coordinates c = place.coordinates().orElseThrow();
    assertThat(c.latitude()).as(latitude).isEqualTo(Double.parseDouble(latitude));
    assertThat(c.longitude()).as(longitude).isEqualTo(Double.parseDouble(longitude));
  }
}
