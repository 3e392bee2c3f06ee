package dev.parley.place;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import org.immutables.value.Value;

/**
 * A WGS84 position in decimal degrees.
 *
 * <pre>{@code
 * Coordinates odesaPort = Coordinates.of(46.4936, 30.7395);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class Coordinates {
  Coordinates() {}

  /**
   * Returns the latitude.
   *
   * @return degrees north, within [-90, 90]
   */
  @Value.Parameter
  public abstract double latitude();

  /**
   * Returns the longitude.
   *
   * @return degrees east, within [-180, 180]
   */
  @Value.Parameter
  public abstract double longitude();

  /**
   * Creates coordinates.
   *
   * @param latitude degrees north, within [-90, 90]
   * @param longitude degrees east, within [-180, 180]
   * @return the coordinates, not null
   * @throws dev.parley.validation.InvalidValueException if either is out of range
   */
  public static Coordinates of(double latitude, double longitude) {
    return ImmutableCoordinates.of(latitude, longitude);
  }

  @Value.Check
  void check() {
    Checker.of("Coordinates")
        .check(
            latitude() >= -90.0 && latitude() <= 90.0,
            "PLACE_LATITUDE_RANGE",
            "latitude",
            "latitude must be within [-90, 90], was %s",
            latitude())
        .check(
            longitude() >= -180.0 && longitude() <= 180.0,
            "PLACE_LONGITUDE_RANGE",
            "longitude",
            "longitude must be within [-180, 180], was %s",
            longitude())
        .throwIfInvalid();
  }

  /** Returns {@code (latitude, longitude)}. */
  @Override
  public String toString() {
    return "(" + latitude() + ", " + longitude() + ")";
  }
}
