package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Where a fresh JVM's first read of a file goes, on the reading thread's CPU clock, which the load
 * of other processes does not inflate as it does wall time: creating the reader ({@code
 * ParleyJson.defaults()}, or an {@code ObjectMapper} and its reader for the plain records), the
 * first record (loading and initialising the codecs and value types), and the remaining records
 * (work per token, first interpreted, then compiled). Run one fresh process per reading, for
 * example on the file {@link ColdStartBenchmark} writes:
 *
 * <pre>
 * java -Xms256m -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.ColdStartPhases parley FILE
 * java -Xms256m -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.ColdStartPhases databind FILE
 * </pre>
 */
public final class ColdStartPhases {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ColdStartPhases() {}

  /**
   * Reads the file once and prints the three phases in milliseconds of thread CPU time.
   *
   * @param args {@code parley} or {@code databind}, and the NDJSON file with its header line
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    byte[] bytes = Files.readAllBytes(Paths.get(args[1]));
    long start = THREADS.getCurrentThreadCpuTime();
    long created;
    long first;
    int n = 1;
    if (args[0].equals("parley")) {
      ParleyJson json = ParleyJson.defaults();
      created = THREADS.getCurrentThreadCpuTime();
      try (NdjsonReader r = json.ndjsonReader(bytes, ErrorMode.FAIL_FAST)) {
        r.next();
        first = THREADS.getCurrentThreadCpuTime();
        while (r.hasNext()) {
          n += r.next().isValid() ? 1 : 0;
        }
      }
    } else {
      int offset = 0;
      while (bytes[offset] != '\n') {
        offset++;
      }
      offset++;
      ObjectReader reader = Corpus.plainReader(new ObjectMapper());
      created = THREADS.getCurrentThreadCpuTime();
      try (MappingIterator<PlainLine> it =
          reader.readValues(bytes, offset, bytes.length - offset)) {
        it.next();
        first = THREADS.getCurrentThreadCpuTime();
        while (it.hasNext()) {
          n += it.next() == null ? 0 : 1;
        }
      }
    }
    long end = THREADS.getCurrentThreadCpuTime();
    System.out.printf(
        "%s: %d records; create %.0f ms, first record %.0f ms, the rest %.0f ms, total %.0f ms"
            + " of thread CPU%n",
        args[0],
        n,
        (created - start) / 1e6,
        (first - created) / 1e6,
        (end - first) / 1e6,
        (end - start) / 1e6);
  }
}
