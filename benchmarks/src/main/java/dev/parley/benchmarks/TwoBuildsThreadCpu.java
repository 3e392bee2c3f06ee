package dev.parley.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.parley.json.format.ErrorMode;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Two builds of Parley in one JVM, each in its own class loader, reading the same NDJSON file in
 * alternating order round after round, on the thread's CPU clock: the load of other processes and
 * the machine's drift fall on both alike, which runs of two jars one after the other cannot
 * promise. Prints the median of the per-round ratios (first build's time over the second's) over
 * the second half of the rounds. The first build loaded reads a few percent faster whatever it is,
 * so run both orders and take the geometric mean of the ratio and the inverse of the other:
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.TwoBuildsThreadCpu OLD.jar NEW.jar FILE 300
 * java -Xms1g -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.TwoBuildsThreadCpu NEW.jar OLD.jar FILE 300
 * </pre>
 *
 * <p>Each jar must hold Parley's JSON module and what it needs, as the benchmarks jar does. The
 * builds are driven by reflection, which costs both the same.
 */
public final class TwoBuildsThreadCpu {
  private TwoBuildsThreadCpu() {}

  /** One build's reader, reached by reflection. */
  private static final class Build {
    private final Object json;
    private final Object failFast;
    private final Method open;
    private final Method hasNext;
    private final Method next;
    private final Method close;

    Build(Path jar) throws ReflectiveOperationException, java.io.IOException {
      URLClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> parley = loader.loadClass("dev.parley.json.ParleyJson");
      Class<?> mode = loader.loadClass("dev.parley.json.format.ErrorMode");
      Class<?> reader = loader.loadClass("dev.parley.json.format.NdjsonReader");
      json = parley.getMethod("defaults").invoke(null);
      failFast = mode.getField(ErrorMode.FAIL_FAST.name()).get(null);
      open = parley.getMethod("ndjsonReader", byte[].class, mode);
      hasNext = reader.getMethod("hasNext");
      next = reader.getMethod("next");
      close = reader.getMethod("close");
    }

    /** Reads the file; returns a number that depends on every record, so none is skipped. */
    int read(byte[] file) throws ReflectiveOperationException {
      Object r = open.invoke(json, file, failFast);
      int sum = 0;
      while ((Boolean) hasNext.invoke(r)) {
        sum += next.invoke(r).hashCode();
      }
      close.invoke(r);
      return sum;
    }
  }

  /**
   * Compares the two builds.
   *
   * @param args the first build's jar, the second's, the NDJSON file with its header line, and the
   *     number of rounds
   * @throws Exception if a jar or the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Build[] builds = {new Build(Paths.get(args[0])), new Build(Paths.get(args[1]))};
    byte[] file = Files.readAllBytes(Paths.get(args[2]));
    int rounds = Integer.parseInt(args[3]);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[2][rounds];
    double[] ratios = new double[rounds];
    int sink = 0;
    for (int i = 0; i < rounds; i++) {
      for (int k = 0; k < 2; k++) {
        int which = (i & 1) == 0 ? k : 1 - k;
        long start = threads.getCurrentThreadCpuTime();
        sink += builds[which].read(file);
        cpu[which][i] = threads.getCurrentThreadCpuTime() - start;
      }
      ratios[i] = (double) cpu[0][i] / cpu[1][i];
    }
    double[] last = Arrays.copyOfRange(ratios, rounds / 2, rounds);
    long[] first = Arrays.copyOfRange(cpu[0], rounds / 2, rounds);
    long[] second = Arrays.copyOfRange(cpu[1], rounds / 2, rounds);
    Arrays.sort(last);
    Arrays.sort(first);
    Arrays.sort(second);
    System.out.printf(
        "first build's thread CPU over the second's: median %.3f (quartiles %.3f and %.3f);"
            + " %.2f and %.2f ms per file (%d)%n",
        last[last.length / 2],
        last[last.length / 4],
        last[3 * last.length / 4],
        first[first.length / 2] / 1e6,
        second[second.length / 2] / 1e6,
        sink & 1);
  }
}
