package dev.parley.interop.ucdp;

import dev.parley.interop.internal.Tables;
import dev.parley.place.CountryCode;
import java.util.Optional;
import java.util.Set;

/**
 * The Gleditsch-Ward list of independent states, which UCDP's {@code country_id} numbers, with the
 * ISO 3166-1 code of each state that has one.
 *
 * <pre>{@code
 * GleditschWard.country(369);   // Optional[UA]
 * GleditschWard.name(365);      // Optional[Russia (Soviet Union)]
 * GleditschWard.country(345);   // empty: Yugoslavia has no ISO 3166-1 code
 * }</pre>
 *
 * <p>The table ships as {@code dev/parley/interop/internal/gleditsch-ward.csv} (number, name, ISO
 * alpha-2). States that no longer exist and were not continued under one ISO code (Yugoslavia,
 * Czechoslovakia, the two German states, the Yemen People's Republic, the Republic of Vietnam,
 * Zanzibar, nineteenth-century German and Italian states) and Kosovo, Abkhazia and South Ossetia,
 * which ISO 3166-1 does not list, have no code. This class is stateless and thread-safe.
 */
public final class GleditschWard {
  private GleditschWard() {}

  /**
   * Returns the ISO 3166-1 country of a Gleditsch-Ward state.
   *
   * @param number the state number, such as 369
   * @return the country, or empty when the number is not listed or the state has no ISO code
   */
  public static Optional<CountryCode> country(int number) {
    String[] s = Tables.gleditschWard(number);
    return s == null || s[1].isEmpty() ? Optional.empty() : Optional.of(CountryCode.of(s[1]));
  }

  /**
   * Returns the name of a Gleditsch-Ward state.
   *
   * @param number the state number
   * @return the name, or empty when the number is not listed
   */
  public static Optional<String> name(int number) {
    String[] s = Tables.gleditschWard(number);
    return s == null ? Optional.empty() : Optional.of(s[0]);
  }

  /**
   * Returns every state number in the table.
   *
   * @return the numbers, immutable
   */
  public static Set<Integer> numbers() {
    return Tables.gleditschWardNumbers();
  }
}
