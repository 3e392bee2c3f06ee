package dev.parley.interop;

import java.io.InputStream;

/**
 * One import run over one or more files of a dataset, into one sink.
 *
 * <pre>{@code
 * ImportRun run = UcdpGedImporter.csv(options).open(sink);
 * for (Path p : files) {
 *   try (InputStream in = Files.newInputStream(p)) {
 *     run.read(in, p.toString());
 *   }
 * }
 * ImportReport report = run.report();
 * }</pre>
 *
 * <p>A run is not thread-safe.
 */
public interface ImportRun {
  /**
   * Reads one file to its end, sending each row's values to the sink.
   *
   * @param in the file's bytes; read to the end, not closed
   * @param file the file's name, used in findings
   * @throws ImportException if the input cannot be read at all, or in fail-fast mode at the first
   *     error
   */
  void read(InputStream in, String file);

  /**
   * Returns the report of everything read so far.
   *
   * @return the report, not null
   */
  ImportReport report();
}
