package dev.parley.place;

import java.util.OptionalInt;

/**
 * How exactly a report locates a place, with the mapping to ACLED's {@code geo_precision} and UCDP
 * GED's {@code where_prec}.
 *
 * <table>
 *   <caption>Mapping to ACLED and UCDP codes</caption>
 *   <tr><th>precision</th><th>ACLED geo_precision</th><th>UCDP where_prec</th></tr>
 *   <tr><td>{@link #SETTLEMENT}</td><td>1</td><td>1</td></tr>
 *   <tr><td>{@link #NEAR_SETTLEMENT}</td><td>2</td><td>2</td></tr>
 *   <tr><td>{@link #REGION}</td><td>3</td><td>4</td></tr>
 *   <tr><td>{@link #COUNTRY}</td><td>none</td><td>6</td></tr>
 * </table>
 */
public enum LocationPrecision {
  /** The settlement itself is named: "in Rakivka". */
  SETTLEMENT(1, 1),
  /** Near or part of a settlement: "near Rakivka", "the port of Odesa". */
  NEAR_SETTLEMENT(2, 2),
  /** Only a first-level region is known: "in the Kharkiv region". */
  REGION(3, 4),
  /** Only the country is known. */
  COUNTRY(0, 6);

  private final int acled;
  private final int ucdp;

  LocationPrecision(int acled, int ucdp) {
    this.acled = acled;
    this.ucdp = ucdp;
  }

  /**
   * Returns ACLED's {@code geo_precision} code.
   *
   * @return 1 to 3, or empty for {@link #COUNTRY}, which ACLED has no code for
   */
  public OptionalInt acledGeoPrecision() {
    return acled == 0 ? OptionalInt.empty() : OptionalInt.of(acled);
  }

  /**
   * Returns UCDP GED's {@code where_prec} code.
   *
   * @return 1, 2, 4 or 6
   */
  public int ucdpWherePrecision() {
    return ucdp;
  }

  /**
   * Returns the precision for an ACLED {@code geo_precision} code.
   *
   * @param code 1, 2 or 3
   * @return the precision, not null
   * @throws IllegalArgumentException if the code is not 1, 2 or 3
   */
  public static LocationPrecision fromAcled(int code) {
    for (LocationPrecision p : values()) {
      if (p.acled == code && code != 0) {
        return p;
      }
    }
    throw new IllegalArgumentException("ACLED geo_precision must be 1, 2 or 3, was " + code);
  }
}
