package dev.parley.benchmarks;

import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportReport;
import dev.parley.interop.RecordSink;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.NdjsonWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plain program: generates an ACLED-layout CSV file of 1,000,000 rows (byte order mark, CRLF,
 * quoted notes with line breaks) in a temporary directory, then imports it into Parley NDJSON
 * (written to a second temporary file), printing rows per second and the heap limit. Run it with
 * {@code -Xmx256m} to show that importing streams in constant memory.
 *
 * <p>{@code java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.AcledScale
 * [rows]}
 */
public final class AcledScale {
  private AcledScale() {}

  /**
   * Runs the program.
   *
   * @param args the number of rows (default 1,000,000)
   * @throws IOException if a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    Path dir = Files.createTempDirectory("parley-acled");
    Path csv = dir.resolve("acled.csv");
    Path ndjson = dir.resolve("acled.ndjson");
    try {
      long t0 = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
        InteropData.writeAcled(out, rows, 42);
      }
      long t1 = System.nanoTime();
      System.out.printf(
          "wrote %,d rows, %,d bytes in %.1f s%n", rows, Files.size(csv), (t1 - t0) / 1e9);
      ImportReport report;
      try (InputStream in = Files.newInputStream(csv);
          NdjsonWriter out =
              ParleyJson.defaults()
                  .ndjsonWriter(new BufferedOutputStream(Files.newOutputStream(ndjson), 1 << 16))) {
        report =
            AcledImporter.of(ImportOptions.defaults())
                .read(in, csv.getFileName().toString(), RecordSink.of(out::write));
      }
      long t2 = System.nanoTime();
      double seconds = (t2 - t1) / 1e9;
      System.out.println(report);
      System.out.printf(
          "imported %,d rows in %.1f s: %,.0f rows/s, %,d bytes of NDJSON, max heap %d MB, "
              + "no OutOfMemoryError%n",
          report.rows(),
          seconds,
          report.rows() / seconds,
          Files.size(ndjson),
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(ndjson);
      Files.deleteIfExists(dir);
    }
  }
}
