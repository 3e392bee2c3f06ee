package dev.parley.interop;

import java.io.InputStream;

/**
 * Reads one dataset's files and sends Parley values to a {@link RecordSink}, one row at a time, in
 * constant memory.
 *
 * <pre>{@code
 * Importer acled = AcledImporter.of(ImportOptions.defaults());
 * ImportReport report = acled.read(Files.newInputStream(file), "ukraine.csv", RecordSink.of(records::add));
 * report.rows();          // rows read
 * report.findings();      // file, row, column, rule and reason of each problem
 * }</pre>
 *
 * <p>Memory grows with the number of distinct parties and places and with eight bytes per source id
 * (for the duplicate check), never with the rows themselves. Implementations are immutable and
 * thread-safe; each run they open is used by one thread.
 */
public interface Importer {
  /**
   * Returns the dataset this importer reads.
   *
   * @return the dataset, not null
   */
  Dataset dataset();

  /**
   * Opens a run that reads one or more files into one sink: parties and places are sent once per
   * run, and source ids repeated across its files are reported as duplicates.
   *
   * @param sink where values go
   * @return a new run, not null
   */
  ImportRun open(RecordSink sink);

  /**
   * Reads one file in a run of its own.
   *
   * @param in the file's bytes; read to the end, not closed
   * @param file the file's name, used in findings
   * @param sink where values go
   * @return the report of the run, not null
   * @throws ImportException if the input cannot be read at all, or in fail-fast mode at the first
   *     error
   */
  default ImportReport read(InputStream in, String file, RecordSink sink) {
    ImportRun run = open(sink);
    run.read(in, file);
    return run.report();
  }
}
