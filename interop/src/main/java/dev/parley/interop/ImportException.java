package dev.parley.interop;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an import cannot go on: the input cannot be read at all (not CSV or JSON of the
 * expected layout, a required column missing from the header, a failing stream), or, in fail-fast
 * mode, at the first row that cannot be imported.
 *
 * <pre>{@code
 * try {
 *   importer.read(in, "events.csv", sink);
 * } catch (ImportException e) {
 *   e.finding().ifPresent(f -> System.err.println(f));   // the row that stopped a fail-fast run
 * }
 * }</pre>
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The finding that stopped a fail-fast run; not serialized. */
  private final transient @Nullable ImportFinding finding;

  /**
   * Creates an exception for input that cannot be read.
   *
   * @param message what cannot be read, with the file
   * @param cause the underlying exception, or null
   */
  public ImportException(String message, @Nullable Throwable cause) {
    super(message, cause);
    this.finding = null;
  }

  /**
   * Creates an exception for the error that stops a fail-fast run.
   *
   * @param finding the first error
   */
  public ImportException(ImportFinding finding) {
    super(finding.toString());
    this.finding = finding;
  }

  /**
   * Returns the error that stopped a fail-fast run.
   *
   * @return the finding, or empty when the input could not be read at all
   */
  public Optional<ImportFinding> finding() {
    return Optional.ofNullable(finding);
  }
}
