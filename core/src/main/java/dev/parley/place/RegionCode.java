package dev.parley.place;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import org.immutables.value.Value;

/**
 * An ISO 3166-2 subdivision code, such as {@code UA-63} (Kharkiv), {@code UA-51} (Odesa) or {@code
 * RU-KRS} (Kursk).
 *
 * <pre>{@code
 * RegionCode kharkiv = RegionCode.parse("UA-63");
 * kharkiv.country();   // UA
 * }</pre>
 *
 * <p>The format is checked (two-letter country, a hyphen, one to three letters or digits) and the
 * country part must be an ISO 3166-1 code; whether the subdivision exists is not checked, since the
 * JDK ships no ISO 3166-2 list. Instances are immutable and thread-safe. Its validation rules are
 * listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class RegionCode implements Comparable<RegionCode> {
  RegionCode() {}

  /**
   * Returns the code, such as {@code UA-63}.
   *
   * @return the code, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Reads a subdivision code.
   *
   * @param value a code such as {@code UA-63}
   * @return the region code, not null
   * @throws dev.parley.validation.InvalidValueException if the format or country is wrong
   */
  public static RegionCode parse(String value) {
    return ImmutableRegionCode.of(value);
  }

  /**
   * Returns the country part.
   *
   * @return the country, such as {@code UA}
   */
  public CountryCode country() {
    return CountryCode.of(value().substring(0, 2));
  }

  @Value.Check
  void check() {
    boolean formatted = isFormatted(value());
    Checker.of("RegionCode")
        .check(
            formatted,
            "REGION_CODE_FORMAT",
            "value",
            "region must be an ISO 3166-2 code such as UA-63, was \"%s\"",
            value())
        .check(
            !formatted || CountryCode.isKnown(value().substring(0, 2)),
            "REGION_COUNTRY_UNKNOWN",
            "value",
            "region's country part is not an ISO 3166-1 code, was \"%s\"",
            value())
        .throwIfInvalid();
  }

  /** The same as matching {@code [A-Z]{2}-[A-Z0-9]{1,3}}, without a regular expression. */
  private static boolean isFormatted(String s) {
    int n = s.length();
    if (n < 4 || n > 6 || s.charAt(2) != '-' || !isUpper(s.charAt(0)) || !isUpper(s.charAt(1))) {
      return false;
    }
    for (int i = 3; i < n; i++) {
      char c = s.charAt(i);
      if (!isUpper(c) && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  @Override
  public int compareTo(RegionCode other) {
    return value().compareTo(other.value());
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return value();
  }
}
