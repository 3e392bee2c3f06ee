package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.sun.management.ThreadMXBean;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of Parley writing in one JVM, in one loop: each benchmarks jar is loaded in a class
 * loader of its own (with its own Jackson), and every round writes the corpus with build A's
 * Parley, build B's Parley and each build's databind baseline, in rotating order, on the thread's
 * CPU clock. The machine's drift then lands on both builds alike. Prints the medians of the
 * per-round ratios: A's Parley time over B's (above 1 when B is faster), and for each build
 * databind's time over Parley's, the figure {@link WriteBenchmark} reports as {@code speedup}.
 *
 * <pre>
 * java -Xms3g -Xmx3g -cp benchmarks.jar dev.parley.benchmarks.WriteBuildsInterleaved A.jar B.jar 60
 * </pre>
 */
public final class WriteBuildsInterleaved {
  private WriteBuildsInterleaved() {}

  /**
   * Runs the two builds for the given number of seconds.
   *
   * @param args the two benchmarks jars and the seconds to run
   * @throws Exception if a jar cannot be loaded or a write fails
   */
  public static void main(String[] args) throws Exception {
    Object[] sides = {side(args[0]), side(args[1])};
    Method[] parley = new Method[2];
    Method[] databind = new Method[2];
    for (int i = 0; i < 2; i++) {
      parley[i] = sides[i].getClass().getMethod("parley");
      databind[i] = sides[i].getClass().getMethod("databind");
    }
    byte[][] out = new byte[2][];
    for (int i = 0; i < 2; i++) {
      parley[i].invoke(sides[i]);
      out[i] = (byte[]) sides[i].getClass().getMethod("output").invoke(sides[i]);
    }
    System.out.println("identical output: " + Arrays.equals(out[0], out[1]));
    long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
    List<Double> aOverB = new ArrayList<>();
    List<Double> speedupA = new ArrayList<>();
    List<Double> speedupB = new ArrayList<>();
    for (int round = 0; System.nanoTime() < end; round++) {
      long[] t = new long[4];
      for (int k = 0; k < 8; k++) {
        for (int j = 0; j < 4; j++) {
          int w = (j + k) % 4;
          Method m = w < 2 ? parley[w] : databind[w - 2];
          t[w] += (Long) m.invoke(sides[w % 2]);
        }
      }
      if (round >= 8) { // the first rounds warm up
        aOverB.add((double) t[0] / t[1]);
        speedupA.add((double) t[2] / t[0]);
        speedupB.add((double) t[3] / t[1]);
      }
    }
    System.out.printf(
        "rounds %d: Parley A over Parley B %.3f; speedup A %.3f; speedup B %.3f (medians)%n",
        aOverB.size(), median(aOverB), median(speedupA), median(speedupB));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
  }

  /** A {@link Side} of a jar's own classes, this class's jar behind it for older jars. */
  private static Object side(String jar) throws Exception {
    URL self = WriteBuildsInterleaved.class.getProtectionDomain().getCodeSource().getLocation();
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {Path.of(jar).toUri().toURL(), self}, ClassLoader.getPlatformClassLoader());
    return loader.loadClass(Side.class.getName()).getConstructor().newInstance();
  }

  /** One build's writers and corpus; public for the class loader of its build. */
  public static final class Side {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Corpus corpus = new Corpus();
    private final ParleyJson json = ParleyJson.defaults();
    private final ObjectWriter writer =
        new ObjectMapper().writerFor(PlainLine.class).withRootValueSeparator("\n");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(corpus.ndjson.length * 2);

    /** Generates and reads the corpus. */
    public Side() {}

    /**
     * Writes the corpus with Parley.
     *
     * @return the thread's CPU time, in nanoseconds
     */
    public long parley() {
      long start = THREADS.getCurrentThreadCpuTime();
      out.reset();
      NdjsonWriter w = json.ndjsonWriter(out);
      for (int i = 0; i < corpus.values.size(); i++) {
        w.write(corpus.values.get(i));
      }
      w.flush();
      return THREADS.getCurrentThreadCpuTime() - start;
    }

    /**
     * Writes the plain records with databind.
     *
     * @return the thread's CPU time, in nanoseconds
     * @throws IOException never
     */
    public long databind() throws IOException {
      long start = THREADS.getCurrentThreadCpuTime();
      out.reset();
      try (SequenceWriter w = writer.writeValues(out)) {
        for (int i = 0; i < corpus.plain.size(); i++) {
          w.write(corpus.plain.get(i));
        }
      }
      return THREADS.getCurrentThreadCpuTime() - start;
    }

    /**
     * Returns what the last write wrote.
     *
     * @return the bytes
     */
    public byte[] output() {
      return out.toByteArray();
    }
  }
}
