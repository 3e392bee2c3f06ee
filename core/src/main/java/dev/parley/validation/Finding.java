package dev.parley.validation;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One problem found when checking records against each other: severity, stable rule code, the path
 * of the offending attribute (starting with the record id) and a plain message.
 *
 * <pre>{@code
 * Finding f = Finding.warning("EXCHANGE_QUOTA_OVERFULFILLED", "agreement:ru-ua-1000.quota[ua]",
 *     "released 1010 of a quota of 1000");
 * }</pre>
 *
 * <p>Findings are data, not exceptions: a pipeline can load imperfect real data and still see every
 * problem. Instances are immutable and thread-safe.
 */
public final class Finding {
  private final Severity severity;
  private final Violation violation;

  private Finding(Severity severity, Violation violation) {
    this.severity = severity;
    this.violation = violation;
  }

  /**
   * Creates a finding.
   *
   * @param severity error or warning
   * @param rule the stable rule code
   * @param path the path, starting with the id of the record concerned
   * @param message a plain message that names the offending value
   * @return the finding, not null
   * @throws IllegalArgumentException if the rule code is not of the documented form
   */
  public static Finding of(Severity severity, String rule, String path, String message) {
    return new Finding(requireNonNull(severity, "severity"), Violation.of(rule, path, message));
  }

  /**
   * Creates an error finding.
   *
   * @param rule the stable rule code
   * @param path the path, starting with the id of the record concerned
   * @param message a plain message that names the offending value
   * @return the finding, not null
   */
  public static Finding error(String rule, String path, String message) {
    return of(Severity.ERROR, rule, path, message);
  }

  /**
   * Creates a warning finding.
   *
   * @param rule the stable rule code
   * @param path the path, starting with the id of the record concerned
   * @param message a plain message that names the offending value
   * @return the finding, not null
   */
  public static Finding warning(String rule, String path, String message) {
    return of(Severity.WARNING, rule, path, message);
  }

  /**
   * Turns a construction violation into an error finding under a parent path.
   *
   * @param parent the path of the value that broke the rule, such as a record id
   * @param violation the violation
   * @return the error finding, not null
   */
  public static Finding from(String parent, Violation violation) {
    return new Finding(Severity.ERROR, violation.under(parent));
  }

  /**
   * Returns the severity.
   *
   * @return error or warning, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the stable rule code.
   *
   * @return the rule code, not null
   */
  public String rule() {
    return violation.rule();
  }

  /**
   * Returns the path of the offending attribute, starting with the record id.
   *
   * @return the path, not null
   */
  public String path() {
    return violation.path();
  }

  /**
   * Returns the plain message.
   *
   * @return the message, not null
   */
  public String message() {
    return violation.message();
  }

  /**
   * Returns whether this finding is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Finding f && severity == f.severity && violation.equals(f.violation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, violation);
  }

  /** Returns {@code SEVERITY RULE at path: message}. */
  @Override
  public String toString() {
    return severity + " " + violation;
  }
}
