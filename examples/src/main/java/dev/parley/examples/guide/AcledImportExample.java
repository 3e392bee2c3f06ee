package dev.parley.examples.guide;

import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportReport;
import dev.parley.interop.RecordSink;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.NdjsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Import an ACLED export into an NDJSON file of Parley records, printing every finding. */
public final class AcledImportExample {
  private AcledImportExample() {}

  /**
   * Runs the example.
   *
   * @param source the ACLED export, CSV or JSON
   * @param target the NDJSON file to write
   * @throws IOException if a file cannot be read or written
   */
  public static void run(Path source, Path target) throws IOException {
    try (NdjsonWriter out = ParleyJson.defaults().ndjsonWriter(Files.newOutputStream(target));
        InputStream in = Files.newInputStream(source)) {
      ImportReport report =
          AcledImporter.of(ImportOptions.defaults())
              .read(in, source.toString(), RecordSink.of(out::write));
      report.findings().forEach(System.out::println);
    }
  }
}
