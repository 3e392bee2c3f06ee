package dev.parley.interop;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How an import runs: whether the first bad row stops it, which release of the dataset is read
 * (kept in provenance), and how many findings the report keeps in full.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.defaults().withRelease("25.1").withFailFast(true);
 * }</pre>
 *
 * <p>By default bad rows never stop a run: each is a finding and reading goes on. Instances are
 * immutable and thread-safe.
 */
public final class ImportOptions {
  private static final ImportOptions DEFAULTS = new ImportOptions(false, "", 10_000);

  private final boolean failFast;
  private final String release;
  private final int maxFindings;

  private ImportOptions(boolean failFast, String release, int maxFindings) {
    this.failFast = failFast;
    this.release = release;
    this.maxFindings = maxFindings;
  }

  /**
   * Returns the defaults: collect findings and go on, no release named, 10,000 findings kept.
   *
   * @return the defaults, not null
   */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns whether the first error stops the run with an {@link ImportException}.
   *
   * @return false by default
   */
  public boolean failFast() {
    return failFast;
  }

  /**
   * Returns the release of the dataset, as its publisher names it.
   *
   * @return such as {@code 25.1}, or empty when not given
   */
  public Optional<String> release() {
    return release.isEmpty() ? Optional.empty() : Optional.of(release);
  }

  /**
   * Returns how many findings a report keeps in full; all are counted.
   *
   * @return one or more
   */
  public int maxFindings() {
    return maxFindings;
  }

  /**
   * Returns a copy that stops at the first error, or not.
   *
   * @param value true to stop at the first error
   * @return the changed options, not null
   */
  public ImportOptions withFailFast(boolean value) {
    return new ImportOptions(value, release, maxFindings);
  }

  /**
   * Returns a copy naming the release of the dataset, which provenance then carries.
   *
   * @param value such as {@code 25.1}; empty for none
   * @return the changed options, not null
   * @throws IllegalArgumentException if the text is blank but not empty
   */
  public ImportOptions withRelease(String value) {
    requireNonNull(value, "value");
    if (!value.isEmpty() && value.isBlank()) {
      throw new IllegalArgumentException("release must not be blank, was \"" + value + "\"");
    }
    return new ImportOptions(failFast, value.strip(), maxFindings);
  }

  /**
   * Returns a copy keeping at most this many findings in full.
   *
   * @param value one or more
   * @return the changed options, not null
   * @throws IllegalArgumentException if the value is below one
   */
  public ImportOptions withMaxFindings(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("maxFindings must be one or more, was " + value);
    }
    return new ImportOptions(failFast, release, value);
  }
}
