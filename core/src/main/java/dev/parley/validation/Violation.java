package dev.parley.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One broken rule of one value: a stable rule code, the path of the offending attribute and a plain
 * message that carries the offending value.
 *
 * <pre>{@code
 * Violation v = Violation.of("PLACE_LATITUDE_RANGE", "coordinates.latitude",
 *     "latitude must be within [-90, 90], was 91.0");
 * }</pre>
 *
 * <p>Rule codes are upper-case words joined by underscores and are documented, one table for the
 * whole library, in {@code docs/validation-rules.md}. Instances are immutable, thread-safe and
 * serializable.
 */
public final class Violation implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** The stable rule code. */
  private final String rule;

  /** The attribute path, empty for the value as a whole. */
  private final String path;

  /** The plain message. */
  private final String message;

  private Violation(String rule, String path, String message) {
    this.rule = rule;
    this.path = path;
    this.message = message;
  }

  /**
   * Creates a violation.
   *
   * @param rule the stable rule code, upper case with underscores, such as {@code
   *     PLACE_LATITUDE_RANGE}
   * @param path the attribute path, such as {@code coordinates.latitude}; empty for the value as a
   *     whole
   * @param message a plain message that names the offending value
   * @return the violation, not null
   * @throws IllegalArgumentException if the rule code is not of the documented form
   */
  public static Violation of(String rule, String path, String message) {
    requireNonNull(rule, "rule");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    checkArgument(CODE.matcher(rule).matches(), "rule code must match %s, was %s", CODE, rule);
    return new Violation(rule, path, message);
  }

  /**
   * Returns the same violation with its path placed under a parent path, as when a value nested in
   * another value is checked.
   *
   * @param parent the parent path, such as {@code directions[0]}; empty leaves the path as is
   * @return the violation under the parent path, not null
   */
  public Violation under(String parent) {
    requireNonNull(parent, "parent");
    if (parent.isEmpty()) {
      return this;
    }
    return new Violation(rule, path.isEmpty() ? parent : parent + "." + path, message);
  }

  /**
   * Returns the stable rule code.
   *
   * @return the rule code, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the path of the offending attribute.
   *
   * @return the path, empty for the value as a whole, not null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the plain message, which names the offending value.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation v
        && rule.equals(v.rule)
        && path.equals(v.path)
        && message.equals(v.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, path, message);
  }

  /** Returns {@code RULE at path: message}. */
  @Override
  public String toString() {
    return rule + " at " + (path.isEmpty() ? "<value>" : path) + ": " + message;
  }
}
