package dev.parley.interop;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * What an import run did: rows read, values made per type, rows outside Parley's domain, values
 * that could not be kept, duplicate source ids, and every finding with its file, row, column and
 * reason.
 *
 * <pre>{@code
 * ImportReport report = importer.read(in, "events.csv", sink);
 * report.rows();                     // 1200
 * report.values().get("incident");   // 1130
 * report.notMapped().get("actor2");  // rows whose actor2 was not kept
 * report.errors();                   // rows not imported
 * }</pre>
 *
 * <p>Counts of values are keyed by {@code party}, {@code place} and the record type tokens of the
 * wire format ({@code incident}, {@code territorialClaim}, ...). All findings are counted; the
 * first {@link ImportOptions#maxFindings()} are kept. Instances are immutable and thread-safe.
 */
public final class ImportReport {
  private final long files;
  private final long rows;
  private final ImmutableMap<String, Long> values;
  private final long outsideDomain;
  private final ImmutableMap<String, Long> notMapped;
  private final long duplicates;
  private final long errors;
  private final long warnings;
  private final ImmutableList<ImportFinding> findings;

  private ImportReport(
      long files,
      long rows,
      Map<String, Long> values,
      long outsideDomain,
      Map<String, Long> notMapped,
      long duplicates,
      long errors,
      long warnings,
      List<ImportFinding> findings) {
    this.files = files;
    this.rows = rows;
    this.values = ImmutableMap.copyOf(values);
    this.outsideDomain = outsideDomain;
    this.notMapped = ImmutableMap.copyOf(notMapped);
    this.duplicates = duplicates;
    this.errors = errors;
    this.warnings = warnings;
    this.findings = ImmutableList.copyOf(findings);
  }

  /**
   * Creates a report; importers build them, users read them.
   *
   * @param files files read, zero or more
   * @param rows rows read, zero or more
   * @param values values sent per type
   * @param outsideDomain rows whose events lie outside Parley's domain
   * @param notMapped per column, rows whose value in it was not kept
   * @param duplicates rows skipped because their source id came earlier
   * @param errors rows not imported, counting duplicates
   * @param warnings values dropped or made less precise in imported rows
   * @param findings the findings kept, in the order met
   * @return the report, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static ImportReport of(
      long files,
      long rows,
      Map<String, Long> values,
      long outsideDomain,
      Map<String, Long> notMapped,
      long duplicates,
      long errors,
      long warnings,
      List<ImportFinding> findings) {
    if (files < 0
        || rows < 0
        || outsideDomain < 0
        || duplicates < 0
        || errors < 0
        || warnings < 0) {
      throw new IllegalArgumentException("counts must be zero or more");
    }
    return new ImportReport(
        files,
        rows,
        requireNonNull(values, "values"),
        outsideDomain,
        requireNonNull(notMapped, "notMapped"),
        duplicates,
        errors,
        warnings,
        requireNonNull(findings, "findings"));
  }

  /**
   * Returns the number of files read.
   *
   * @return zero or more
   */
  public long files() {
    return files;
  }

  /**
   * Returns the number of rows read, good or bad.
   *
   * @return zero or more
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the values sent to the sink, per type.
   *
   * @return counts keyed by {@code party}, {@code place} or a record type token, immutable
   */
  public Map<String, Long> values() {
    return values;
  }

  /**
   * Returns the number of values of one type sent to the sink.
   *
   * @param type {@code party}, {@code place} or a record type token such as {@code incident}
   * @return zero or more
   */
  public long count(String type) {
    return values.getOrDefault(type, 0L);
  }

  /**
   * Returns the number of rows whose events lie outside Parley's domain (protests, most strategic
   * developments, PLOVER events such as CONSULT); they are not errors.
   *
   * @return zero or more
   */
  public long outsideDomain() {
    return outsideDomain;
  }

  /**
   * Returns, per column, how many imported rows had a value there that Parley's model cannot hold
   * and so was not kept (see {@code docs/interop.md}).
   *
   * @return counts by column name, immutable
   */
  public Map<String, Long> notMapped() {
    return notMapped;
  }

  /**
   * Returns the number of rows skipped because an earlier row had the same source id.
   *
   * @return zero or more
   */
  public long duplicates() {
    return duplicates;
  }

  /**
   * Returns the number of rows not imported, duplicates included.
   *
   * @return zero or more
   */
  public long errors() {
    return errors;
  }

  /**
   * Returns the number of warnings: values dropped or made less precise in imported rows.
   *
   * @return zero or more
   */
  public long warnings() {
    return warnings;
  }

  /**
   * Returns the findings kept, in the order met.
   *
   * @return at most {@link ImportOptions#maxFindings()} findings, immutable
   */
  public List<ImportFinding> findings() {
    return findings;
  }

  /**
   * Returns whether any row could not be imported.
   *
   * @return true if {@link #errors()} is above zero
   */
  public boolean hasErrors() {
    return errors > 0;
  }

  /**
   * Returns a one-line summary: files, rows, values per type, outside the domain, errors, warnings.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(files).append(" file(s), ").append(rows).append(" row(s)");
    values.forEach((k, v) -> b.append(", ").append(v).append(' ').append(k));
    b.append(", ")
        .append(outsideDomain)
        .append(" outside the domain, ")
        .append(duplicates)
        .append(" duplicate(s), ")
        .append(errors)
        .append(" error(s), ")
        .append(warnings)
        .append(" warning(s)");
    return b.toString();
  }
}
