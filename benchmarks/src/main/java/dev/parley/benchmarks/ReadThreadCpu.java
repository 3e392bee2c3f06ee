package dev.parley.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Parley's steady reading alone, on the reading thread's CPU clock and allocation counter, which
 * the load of other processes inflates far less than wall time: reads one NDJSON file over and over
 * in one JVM and prints the medians of the second half of the rounds. Compare two builds by running
 * their jars alternately:
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.ReadThreadCpu FILE 300
 * </pre>
 *
 * <p>On a shared virtual machine a whole JVM can run much slower than the next one with the same
 * jar, its profile alike method by method; tell builds apart with {@link TwoBuildsThreadCpu}, which
 * alternates them in one JVM.
 */
public final class ReadThreadCpu {
  private ReadThreadCpu() {}

  /**
   * Reads the file the given number of times.
   *
   * @param args the NDJSON file with its header line, and the number of rounds
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    byte[] bytes = Files.readAllBytes(Paths.get(args[0]));
    int rounds = Integer.parseInt(args[1]);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    ParleyJson json = ParleyJson.defaults();
    long[] cpu = new long[rounds];
    long[] allocated = new long[rounds];
    long lines = 0;
    for (int i = 0; i < rounds; i++) {
      long c = threads.getCurrentThreadCpuTime();
      long a = threads.getThreadAllocatedBytes(id);
      lines = 0;
      try (NdjsonReader r = json.ndjsonReader(bytes, ErrorMode.FAIL_FAST)) {
        while (r.hasNext()) {
          lines += r.next().isValid() ? 1 : 0;
        }
      }
      cpu[i] = threads.getCurrentThreadCpuTime() - c;
      allocated[i] = threads.getThreadAllocatedBytes(id) - a;
    }
    long[] lastCpu = Arrays.copyOfRange(cpu, rounds / 2, rounds);
    long[] lastAllocated = Arrays.copyOfRange(allocated, rounds / 2, rounds);
    Arrays.sort(lastCpu);
    Arrays.sort(lastAllocated);
    System.out.printf(
        "%d lines; median of the last %d rounds: %.2f ms of thread CPU per file, %d bytes"
            + " allocated per line%n",
        lines,
        lastCpu.length,
        lastCpu[lastCpu.length / 2] / 1e6,
        lastAllocated[lastAllocated.length / 2] / Math.max(1, lines));
  }
}
