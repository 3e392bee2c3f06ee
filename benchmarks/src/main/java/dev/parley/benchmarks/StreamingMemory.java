package dev.parley.benchmarks;

import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark 6, a plain program: generates an NDJSON file of about 1 GB in a temporary directory,
 * then reads and validates every line of it, printing MB/s. Run it with {@code -Xmx64m} to show
 * that reading streams in constant memory.
 *
 * <p>{@code java -Xmx64m -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.StreamingMemory
 * [megabytes]}
 */
public final class StreamingMemory {
  private StreamingMemory() {}

  /**
   * Runs the program.
   *
   * @param args the file size in megabytes (default 1024)
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 1024;
    long target = megabytes << 20;
    Path dir = Files.createTempDirectory("parley-ndjson");
    Path file = dir.resolve("records.ndjson");
    try {
      long t0 = System.nanoTime();
      DataGenerator g = new DataGenerator(DataGenerator.SEED, 20_000);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        g.writeNdjson(out, 0);
        while (Files.size(file) < target) {
          g.writeNdjson(out, 100_000, false);
          out.flush();
        }
      }
      long bytes = Files.size(file);
      long t1 = System.nanoTime();
      System.out.printf("wrote %,d bytes in %.1f s%n", bytes, (t1 - t0) / 1e9);
      long valid = 0;
      long invalid = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
          NdjsonReader r = ParleyJson.defaults().ndjsonReader(in, ErrorMode.COLLECT)) {
        while (r.hasNext()) {
          NdjsonRecord rec = r.next();
          if (rec.isValid()) {
            valid++;
          } else {
            invalid++;
          }
        }
      }
      long t2 = System.nanoTime();
      double seconds = (t2 - t1) / 1e9;
      System.out.printf(
          "read and validated %,d lines (%,d invalid) in %.1f s: %.1f MB/s, max heap %d MB, no OutOfMemoryError%n",
          valid + invalid,
          invalid,
          seconds,
          bytes / 1e6 / seconds,
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
