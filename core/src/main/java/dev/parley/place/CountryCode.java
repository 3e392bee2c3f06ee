package dev.parley.place;

import com.google.common.collect.ImmutableSet;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code UA} or {@code RU}, checked against the JDK's
 * list of ISO countries.
 *
 * <pre>{@code
 * CountryCode ukraine = CountryCode.of("UA");
 * }</pre>
 *
 * <p>Codes are upper case; {@code of} does not change case, so {@code "ua"} is rejected. Instances
 * are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class CountryCode implements Comparable<CountryCode> {
  private static final Set<String> ISO = ImmutableSet.copyOf(Locale.getISOCountries());

  CountryCode() {}

  /**
   * Returns the two-letter code.
   *
   * @return the code, such as {@code UA}
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates a country code.
   *
   * @param value an ISO 3166-1 alpha-2 code in upper case
   * @return the country code, not null
   * @throws dev.parley.validation.InvalidValueException if the code is not an ISO 3166-1 code
   */
  public static CountryCode of(String value) {
    return ImmutableCountryCode.of(value);
  }

  /**
   * Returns whether a text is an ISO 3166-1 alpha-2 code known to the JDK.
   *
   * @param value the text
   * @return true if {@link #of} accepts it
   */
  public static boolean isKnown(String value) {
    return ISO.contains(java.util.Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the country's English name from the JDK, such as {@code Ukraine}.
   *
   * @return the display name, not null
   */
  public String displayName() {
    return new Locale("", value()).getDisplayCountry(Locale.ENGLISH);
  }

  @Value.Check
  void check() {
    Checker.of("CountryCode")
        .check(
            ISO.contains(value()),
            "COUNTRY_CODE_UNKNOWN",
            "value",
            "country must be an upper-case ISO 3166-1 alpha-2 code, was \"%s\"",
            value())
        .throwIfInvalid();
  }

  @Override
  public int compareTo(CountryCode other) {
    return value().compareTo(other.value());
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return value();
  }
}
