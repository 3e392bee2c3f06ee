package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.management.ThreadMXBean;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steady reading record type by record type, against the databind baseline: splits an NDJSON file
 * by the {@code type} of its lines, repeats each type's lines into a file of about 10,000 lines,
 * and reads each such file over and over with Parley and with databind into plain records, in
 * alternating order on one thread, on the thread's CPU clock. Prints, per type, the median over the
 * second half of the rounds of databind's time over Parley's (above 1 when Parley is faster): where
 * a gap in the whole file's reading comes from.
 *
 * <p>Types read later in one JVM find code the JIT compiled for the types before them; for figures
 * of one type alone, name it and run a JVM per type:
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.ReadByTypeThreadCpu FILE 200
 * java -Xms1g -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.ReadByTypeThreadCpu FILE 200 incident
 * </pre>
 */
public final class ReadByTypeThreadCpu {
  private static final Pattern TYPE = Pattern.compile("^\\{\"type\":\"(\\w+)\"");

  /** What the reads produced, kept so that the JIT cannot drop them. */
  private static long sink;

  private ReadByTypeThreadCpu() {}

  /**
   * Reads each type's file the given number of times with both readers.
   *
   * @param args the NDJSON file with its header line, the number of rounds, and optionally the one
   *     type to read
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
    int rounds = Integer.parseInt(args[1]);
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      Matcher m = TYPE.matcher(line);
      if (m.find() && (args.length < 3 || m.group(1).equals(args[2]))) {
        byType.computeIfAbsent(m.group(1), t -> new ArrayList<>()).add(line);
      }
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    ParleyJson json = ParleyJson.defaults();
    ObjectReader plain = Corpus.plainReader(new ObjectMapper());
    for (Map.Entry<String, List<String>> e : byType.entrySet()) {
      byte[] header = (lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
      int times = Math.max(1, Corpus.RECORDS / e.getValue().size());
      byte[] file = repeated(header, e.getValue(), times);
      double[] ratios = new double[rounds];
      long parleyTotal = 0;
      long databindTotal = 0;
      for (int i = 0; i < rounds; i++) {
        long parley;
        long databind;
        if ((i & 1) == 0) {
          parley = parley(threads, json, file);
          databind = databind(threads, plain, file, header.length);
        } else {
          databind = databind(threads, plain, file, header.length);
          parley = parley(threads, json, file);
        }
        ratios[i] = (double) databind / parley;
        if (i >= rounds / 2) {
          parleyTotal += parley;
          databindTotal += databind;
        }
      }
      double[] last = Arrays.copyOfRange(ratios, rounds / 2, rounds);
      Arrays.sort(last);
      int n = rounds - rounds / 2;
      System.out.printf(
          "%-18s %6d lines: databind over Parley, median %.3f (quartiles %.3f and %.3f);"
              + " %.2f and %.2f ms per file%n",
          e.getKey(),
          times * e.getValue().size(),
          last[last.length / 2],
          last[last.length / 4],
          last[last.length * 3 / 4],
          databindTotal / 1e6 / n,
          parleyTotal / 1e6 / n);
    }
    System.out.println("(" + (sink & 1) + ")");
  }

  /** The header, then the lines repeated the given number of times. */
  private static byte[] repeated(byte[] header, List<String> lines, int times) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(header);
    for (int t = 0; t < times; t++) {
      for (String line : lines) {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  private static long parley(ThreadMXBean threads, ParleyJson json, byte[] file) {
    long start = threads.getCurrentThreadCpuTime();
    try (NdjsonReader r = json.ndjsonReader(file, ErrorMode.FAIL_FAST)) {
      while (r.hasNext()) {
        sink += System.identityHashCode(r.next().value()) & 1;
      }
    }
    return threads.getCurrentThreadCpuTime() - start;
  }

  private static long databind(ThreadMXBean threads, ObjectReader plain, byte[] file, int body)
      throws IOException {
    long start = threads.getCurrentThreadCpuTime();
    try (MappingIterator<PlainLine> it = plain.readValues(file, body, file.length - body)) {
      while (it.hasNext()) {
        sink += System.identityHashCode(it.next()) & 1;
      }
    }
    return threads.getCurrentThreadCpuTime() - start;
  }
}
