package dev.parley.internal;

import java.util.regex.Pattern;

/** The shared format rule of Parley's identifiers. */
public final class Ids {
  /** The rule code of a malformed identifier. */
  public static final String RULE = "ID_FORMAT";

  private Ids() {}

  /**
   * Returns the format as a regular expression: letters, digits and {@code . _ : / -}, starting
   * with a letter or digit, 1 to 128 long. {@link #isValid} checks the same without it; it is
   * compiled only when asked for, so that reading a first record compiles no pattern.
   *
   * @return the pattern, not null
   */
  public static Pattern format() {
    return Format.PATTERN;
  }

  /** Holds the pattern, compiled on first use. */
  private static final class Format {
    static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
  }

  /**
   * Returns whether a text is a well-formed id; the same as matching {@link #format()}, without a
   * regular expression, since ids are checked on every record read.
   *
   * @param value the text
   * @return true if it is 1 to 128 allowed characters starting with a letter or digit
   */
  public static boolean isValid(String value) {
    int n = value.length();
    if (n == 0 || n > 128 || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Checks the format of an identifier.
   *
   * @param checker where a violation is recorded
   * @param value the identifier
   * @return the checker
   */
  public static Checker check(Checker checker, String value) {
    return checker.check(
        isValid(value),
        RULE,
        "value",
        "an id is 1 to 128 letters, digits or . _ : / - starting with a letter or digit, was \"%s\"",
        value);
  }
}
