package dev.parley.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of checking a set of records against each other, in a stable order (by path, then
 * rule code, then message), so that two checks of the same data give equal reports whatever order
 * the records were added in.
 *
 * <pre>{@code
 * ValidationReport report = chronicle.validate();
 * if (report.hasErrors()) {
 *   report.errors().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>A report never stops at the first finding. Instances are immutable and thread-safe.
 */
public final class ValidationReport {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::message);

  private static final ValidationReport EMPTY = new ValidationReport(ImmutableList.of());

  private final ImmutableList<Finding> findings;

  private ValidationReport(ImmutableList<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Returns the report with no findings.
   *
   * @return the empty report, not null
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Creates a report from findings in any order.
   *
   * @param findings the findings; copied and sorted
   * @return the report, not null
   */
  public static ValidationReport of(Collection<Finding> findings) {
    requireNonNull(findings, "findings");
    return findings.isEmpty()
        ? EMPTY
        : new ValidationReport(ImmutableList.sortedCopyOf(ORDER, findings));
  }

  /**
   * Returns every finding, in stable order.
   *
   * @return the findings, immutable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the error findings, in stable order.
   *
   * @return the errors, immutable
   */
  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the warning findings, in stable order.
   *
   * @return the warnings, immutable
   */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.isError()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether any finding is an error.
   *
   * @return true if at least one error was found
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /**
   * Returns whether there are no findings at all, errors or warnings.
   *
   * @return true if the report is empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns a report with the findings of both reports.
   *
   * @param other the other report
   * @return the combined report, not null
   */
  public ValidationReport plus(ValidationReport other) {
    requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return of(ImmutableList.<Finding>builder().addAll(findings).addAll(other.findings).build());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport r && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "ValidationReport" + findings;
  }
}
