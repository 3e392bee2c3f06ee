package dev.parley.territory;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a territorial claim is about: a place, a first-level region, or a share of a country's
 * territory given as a percentage, possibly approximate ("around 20%").
 *
 * <pre>{@code
 * ClaimSubject rakivka = ClaimSubject.place(PlaceId.of("ua:rakivka"));
 * ClaimSubject kharkiv = ClaimSubject.region(RegionCode.parse("UA-63"));
 * ClaimSubject fifth = ClaimSubject.aboutShare(CountryCode.of("UA"), new BigDecimal("20"));
 * fifth.kind();   // SHARE
 * }</pre>
 *
 * <p>Exactly one of place, region or percentage is given; a share names its country; a region may
 * name its country too, which must then be the region's own. Percentages are normalised so that
 * {@code 20}, {@code 20.0} and {@code 20.00} are equal. Instances are immutable and thread-safe.
 * The validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class ClaimSubject implements WithClaimSubject {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  ClaimSubject() {}

  /**
   * Returns the place claimed.
   *
   * @return the place, present exactly for a place subject
   */
  public abstract Optional<PlaceId> place();

  /**
   * Returns a copy with {@link #place()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract ClaimSubject withPlace(PlaceId value);

  /**
   * Returns the region claimed.
   *
   * @return the region, present exactly for a region subject
   */
  public abstract Optional<RegionCode> region();

  /**
   * Returns a copy with {@link #region()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract ClaimSubject withRegion(RegionCode value);

  /**
   * Returns the country: the country a share is of, or optionally a region's country.
   *
   * @return the country, present for a share, optional for a region, absent for a place
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns a copy with {@link #country()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract ClaimSubject withCountry(CountryCode value);

  /**
   * Returns the share of the country's territory, in percent.
   *
   * @return the percentage, within (0, 100], present exactly for a share subject
   */
  public abstract Optional<BigDecimal> percent();

  /**
   * Returns a copy with {@link #percent()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract ClaimSubject withPercent(BigDecimal value);

  /**
   * Returns whether the percentage is approximate ("around 20%").
   *
   * @return true only for an approximate share; false by default
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClaimSubject}; not thread-safe. */
  public static final class Builder extends ImmutableClaimSubject.Builder {
    Builder() {}
  }

  /**
   * A claim about a place.
   *
   * @param place the place
   * @return the subject, not null
   */
  public static ClaimSubject place(PlaceId place) {
    return builder().place(place).build();
  }

  /**
   * A claim about a first-level region.
   *
   * @param region the region
   * @return the subject, not null
   */
  public static ClaimSubject region(RegionCode region) {
    return builder().region(region).build();
  }

  /**
   * A claim about an exact share of a country's territory.
   *
   * @param country the country
   * @param percent the share in percent, within (0, 100]
   * @return the subject, not null
   * @throws dev.parley.validation.InvalidValueException if the share is out of range
   */
  public static ClaimSubject share(CountryCode country, BigDecimal percent) {
    return builder().country(country).percent(percent).build();
  }

  /**
   * A claim about an approximate share of a country's territory ("around 20%").
   *
   * @param country the country
   * @param percent the share in percent, within (0, 100]
   * @return the subject, not null
   * @throws dev.parley.validation.InvalidValueException if the share is out of range
   */
  public static ClaimSubject aboutShare(CountryCode country, BigDecimal percent) {
    return builder().country(country).percent(percent).approximate(true).build();
  }

  /**
   * Returns what the subject refers to.
   *
   * @return the kind, not null
   */
  public SubjectKind kind() {
    if (place().isPresent()) {
      return SubjectKind.PLACE;
    }
    return percent().isPresent() ? SubjectKind.SHARE : SubjectKind.REGION;
  }

  /**
   * Returns the territory the subject is about, the key under which claims about the same territory
   * are compared: the place id, the region code, or the country of a share.
   */
  Object territory() {
    switch (kind()) {
      case PLACE:
        return place().get();
      case SHARE:
        return country().get();
      default:
        return region().get();
    }
  }

  @Value.Check
  ClaimSubject normalize() {
    int given =
        (place().isPresent() ? 1 : 0)
            + (region().isPresent() ? 1 : 0)
            + (percent().isPresent() ? 1 : 0);
    Checker c =
        Checker.of("ClaimSubject")
            .check(
                given == 1,
                "TERRITORY_SUBJECT_SHAPE",
                "",
                "a subject is exactly one of a place, a region or a share, was %s",
                this)
            .check(
                !place().isPresent() || !country().isPresent(),
                "TERRITORY_SUBJECT_SHAPE",
                "country",
                "a place subject names no country (the place has its own), was %s",
                country())
            .check(
                !percent().isPresent() || country().isPresent(),
                "TERRITORY_SUBJECT_SHAPE",
                "country",
                "a share names the country it is a share of")
            .check(
                !approximate() || percent().isPresent(),
                "TERRITORY_SUBJECT_SHAPE",
                "approximate",
                "only a share can be approximate")
            .check(
                region().isEmpty()
                    || country().isEmpty()
                    || region().get().country().equals(country().get()),
                "TERRITORY_SUBJECT_REGION_COUNTRY_MISMATCH",
                "region",
                "region %s is not in country %s",
                region(),
                country());
    if (percent().isPresent()
        && (percent().get().signum() <= 0 || percent().get().compareTo(HUNDRED) > 0)) {
      c.fail(
          "TERRITORY_SHARE_RANGE",
          "percent",
          "a share must be within (0, 100], was %s",
          percent().get().toPlainString());
    }
    c.throwIfInvalid();
    if (percent().isPresent()) {
      BigDecimal p = percent().get();
      BigDecimal n = p.stripTrailingZeros();
      if (n.scale() < 0) {
        n = n.setScale(0);
      }
      if (n.scale() != p.scale()) {
        return ImmutableClaimSubject.copyOf(this).withPercent(n);
      }
    }
    return this;
  }

  /** Returns {@code place:ID}, {@code region:UA-63} or {@code ~20% of UA}. */
  @Override
  public String toString() {
    switch (kind()) {
      case PLACE:
        return "place:" + place().get();
      case SHARE:
        return (approximate() ? "~" : "")
            + percent().get().toPlainString()
            + "% of "
            + country().map(Object::toString).orElse("?");
      default:
        return "region:" + region().map(Object::toString).orElse("?");
    }
  }
}
