package dev.parley.place;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named place: its country, optionally its first-level region and coordinates, and how precisely
 * reports locate it.
 *
 * <pre>{@code
 * Place rakivka = Place.builder()
 *     .id(PlaceId.of("ua:rakivka")).name("Rakivka")
 *     .country(CountryCode.of("UA")).region(RegionCode.parse("UA-63"))
 *     .precision(LocationPrecision.SETTLEMENT)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Place implements WithPlace {
  Place() {}

  /**
   * Returns the stable id.
   *
   * @return the id, not null
   */
  public abstract PlaceId id();

  /**
   * Returns the name, such as {@code Rakivka} or {@code Odesa port}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the ISO 3166-1 country.
   *
   * @return the country, not null
   */
  public abstract CountryCode country();

  /**
   * Returns the ISO 3166-2 first-level region.
   *
   * @return the region, or empty when unknown
   */
  public abstract Optional<RegionCode> region();

  /**
   * Returns a copy with {@link #region()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Place withRegion(RegionCode value);

  /**
   * Returns the WGS84 coordinates.
   *
   * @return the coordinates, or empty when unknown
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Returns a copy with {@link #coordinates()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Place withCoordinates(Coordinates value);

  /**
   * Returns how precisely reports locate the place.
   *
   * @return the precision, not null
   */
  public abstract LocationPrecision precision();

  /**
   * Returns the other country of a place on a border: a crossing such as Rafah (Egypt and the Gaza
   * Strip), or a point on the Belarus-Ukraine border. {@link #country()} is the country the place
   * is recorded in, the side of the border reports name first.
   *
   * @return the country across the border, different from {@link #country()}, or empty for a place
   *     within one country
   */
  public abstract Optional<CountryCode> borderWith();

  /**
   * Returns a copy with {@link #borderWith()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Place withBorderWith(CountryCode value);

  /**
   * Returns whether the place lies on a border between two countries.
   *
   * @return true if {@link #borderWith()} is present
   */
  public boolean isOnBorder() {
    return borderWith().isPresent();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Place}; not thread-safe. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String regionCode = region().isPresent() ? region().get().value() : "";
    Checker.of("Place")
        .check(
            !name().isBlank(),
            "PLACE_NAME_BLANK",
            "name",
            "name must not be blank, was \"%s\"",
            name())
        .check(
            regionCode.isEmpty() || regionCode.startsWith(country().value()),
            "PLACE_REGION_COUNTRY_MISMATCH",
            "region",
            "region %s is not in country %s",
            regionCode,
            country())
        .check(
            precision() != LocationPrecision.REGION || region().isPresent(),
            "PLACE_REGION_MISSING",
            "region",
            "a place located to region precision must name its region: %s has none",
            id())
        .check(
            borderWith().isEmpty() || !borderWith().get().equals(country()),
            "PLACE_BORDER_SAME_COUNTRY",
            "borderWith",
            "a border lies between two countries, %s is on a border of %s with itself",
            id(),
            country())
        .throwIfInvalid();
  }
}
