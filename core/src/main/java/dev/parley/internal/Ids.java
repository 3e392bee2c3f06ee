package dev.parley.internal;

import dev.parley.validation.Checker;
import java.util.regex.Pattern;

/** The shared format rule of Parley's identifiers. */
public final class Ids {
  /** The rule code of a malformed identifier. */
  public static final String RULE = "ID_FORMAT";

  /** Letters, digits and {@code . _ : / -}, starting with a letter or digit, 1 to 128 long. */
  public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

  private Ids() {}

  /**
   * Checks the format of an identifier.
   *
   * @param checker where a violation is recorded
   * @param value the identifier
   * @return the checker
   */
  public static Checker check(Checker checker, String value) {
    return checker.check(
        FORMAT.matcher(value).matches(),
        RULE,
        "value",
        "an id is 1 to 128 letters, digits or . _ : / - starting with a letter or digit, was \"%s\"",
        value);
  }
}
