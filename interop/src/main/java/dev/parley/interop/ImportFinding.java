package dev.parley.interop;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem an import met in one row: where (file, row, column), what (a stable rule code), how
 * bad, and a plain message with the offending value.
 *
 * <pre>{@code
 * for (ImportFinding f : report.findings()) {
 *   System.out.println(f);   // acled.csv:12: fatalities: ACLED_NUMBER_INVALID error: ...
 * }
 * }</pre>
 *
 * <p>Row 1 is the first data row after the header (for JSON rows, the first row; for JSON Lines,
 * the first line); a row whose quoted fields hold line breaks counts once. An {@link
 * Severity#ERROR} means the row was not imported; a {@link Severity#WARNING} means it was, but a
 * value could not be kept as given. Rule codes are listed in {@code docs/interop.md}. Instances are
 * immutable and thread-safe.
 */
public final class ImportFinding {
  /** How bad a finding is. */
  public enum Severity {
    /** The row was not imported. */
    ERROR,
    /** The row was imported, but a value was dropped or made less precise. */
    WARNING
  }

  private final String file;
  private final long row;
  private final String column;
  private final String rule;
  private final Severity severity;
  private final String message;

  private ImportFinding(
      String file, long row, String column, String rule, Severity severity, String message) {
    this.file = requireNonNull(file, "file");
    this.row = row;
    this.column = requireNonNull(column, "column");
    this.rule = requireNonNull(rule, "rule");
    this.severity = requireNonNull(severity, "severity");
    this.message = requireNonNull(message, "message");
  }

  /**
   * Creates a finding.
   *
   * @param file the file as named by the caller
   * @param row the 1-based row, or 0 for the file as a whole
   * @param column the column name, or empty for the row as a whole
   * @param rule the stable rule code
   * @param severity error or warning
   * @param message a plain message with the offending value
   * @return the finding, not null
   * @throws IllegalArgumentException if {@code row} is negative
   */
  public static ImportFinding of(
      String file, long row, String column, String rule, Severity severity, String message) {
    if (row < 0) {
      throw new IllegalArgumentException("row must be zero or more, was " + row);
    }
    return new ImportFinding(file, row, column, rule, severity, message);
  }

  /**
   * Returns the file as named by the caller.
   *
   * @return the file name, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the row.
   *
   * @return 1 or more, or 0 for the file as a whole
   */
  public long row() {
    return row;
  }

  /**
   * Returns the column.
   *
   * @return the column name as in the header, or empty for the row as a whole
   */
  public String column() {
    return column;
  }

  /**
   * Returns the rule code.
   *
   * @return such as {@code ACLED_NUMBER_INVALID} or a core rule such as {@code
   *     PLACE_LATITUDE_RANGE}
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns how bad the finding is.
   *
   * @return error (row not imported) or warning, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the message.
   *
   * @return a plain message, not null
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImportFinding f
        && f.row == row
        && f.file.equals(file)
        && f.column.equals(column)
        && f.rule.equals(rule)
        && f.severity == severity
        && f.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, row, column, rule, severity, message);
  }

  /** Returns {@code file:row: column: RULE severity: message}. */
  @Override
  public String toString() {
    return file
        + (row > 0 ? ":" + row : "")
        + ": "
        + (column.isEmpty() ? "-" : column)
        + ": "
        + rule
        + " "
        + severity.name().toLowerCase(Locale.ROOT)
        + ": "
        + message;
  }
}
