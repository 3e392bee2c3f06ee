package dev.parley.json.format;

/**
 * What an {@link NdjsonReader} does with a bad line.
 *
 * <pre>{@code
 * try (NdjsonReader in = ParleyJson.defaults().ndjsonReader(stream, ErrorMode.COLLECT)) {
 *   in.forEachRemaining(r -> { if (!r.isValid()) log(r.line(), r.error()); });
 * }
 * }</pre>
 */
public enum ErrorMode {
  /** The first bad line ends reading: {@link NdjsonReader#next()} throws its exception. */
  FAIL_FAST,
  /**
   * Every bad line is returned as an invalid {@link NdjsonRecord} carrying its line number and its
   * exception, and reading goes on with the next line.
   */
  COLLECT
}
