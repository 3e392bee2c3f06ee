package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.management.OperatingSystemMXBean;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.benchmarks.plain.PlainToParley;
import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

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
 * java -Xms256m -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.ColdStartPhases validate FILE
 * java -Xms256m -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.ColdStartPhases databind-validate FILE
 * </pre>
 *
 * <p>{@code validate} follows the {@code validate} command's steps: it reads the file into a
 * chronicle's builder, builds the chronicle and checks it, and prints each step's wall time (which
 * includes collector pauses and waiting for a core the JIT's threads hold) beside its thread CPU;
 * {@code databind-validate} does the same with databind's reading ({@link DatabindValidate}), with
 * the conversion of the plain records into Parley's values as a step of its own. Each mode also
 * gives the CPU time of the whole process over the same interval: what the JIT's compiler threads
 * and the collector spent beside the reading thread.
 */
public final class ColdStartPhases {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean PROCESS =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

  private ColdStartPhases() {}

  /**
   * Reads the file once and prints the three phases in milliseconds of thread CPU time (for {@code
   * validate}, its steps, on the wall clock as well).
   *
   * @param args {@code parley}, {@code databind}, {@code validate} or {@code databind-validate},
   *     and the NDJSON file with its header line
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args[0].equals("validate")) {
      validate(args[1]);
      return;
    }
    if (args[0].equals("databind-validate")) {
      databindValidate(args[1]);
      return;
    }
    byte[] bytes = Files.readAllBytes(Paths.get(args[1]));
    long processStart = PROCESS.getProcessCpuTime();
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
    long processEnd = PROCESS.getProcessCpuTime();
    System.out.printf(
        "%s: %d records; create %.0f ms, first record %.0f ms, the rest %.0f ms, total %.0f ms"
            + " of thread CPU; the process %.0f ms of CPU meanwhile%n",
        args[0],
        n,
        (created - start) / 1e6,
        (first - created) / 1e6,
        (end - first) / 1e6,
        (end - start) / 1e6,
        (processEnd - processStart) / 1e6);
  }

  /** The {@code validate} command's steps, each timed on the wall clock and the thread's CPU. */
  private static void validate(String file) throws IOException {
    Steps steps = new Steps();
    ParleyJson json = ParleyJson.defaults();
    Chronicle.Builder b = Chronicle.builder();
    int n = 0;
    try (NdjsonReader in =
        json.ndjsonReader(Files.newInputStream(Paths.get(file)), ErrorMode.COLLECT)) {
      while (in.hasNext()) {
        NdjsonRecord r = in.next();
        n++;
        if (r.isValid()) {
          add(b, r.value());
        }
      }
    }
    steps.end("read");
    Chronicle chronicle = b.build();
    steps.end("build");
    int findings = chronicle.validate().findings().size();
    steps.end("check");
    System.out.printf("validate: %d records, %d findings; %s%n", n, findings, steps);
  }

  /**
   * The steps of {@link DatabindValidate}, the {@code validate} command with databind reading: the
   * read into plain records, their conversion into Parley's values, the build and the check.
   */
  private static void databindValidate(String file) throws IOException {
    Steps steps = new Steps();
    List<PlainLine> plain;
    try (InputStream in = DatabindValidate.body(Paths.get(file));
        MappingIterator<PlainLine> it = Corpus.plainReader(new ObjectMapper()).readValues(in)) {
      plain = it.readAll();
    }
    steps.end("read");
    Chronicle.Builder b = Chronicle.builder();
    for (PlainLine line : plain) {
      add(b, PlainToParley.convert(line));
    }
    steps.end("convert");
    Chronicle chronicle = b.build();
    steps.end("build");
    int findings = chronicle.validate().findings().size();
    steps.end("check");
    System.out.printf(
        "databind-validate: %d records, %d findings; %s%n", plain.size(), findings, steps);
  }

  private static void add(Chronicle.Builder b, Object value) {
    if (value instanceof Party p) {
      b.addParties(p);
    } else if (value instanceof Place p) {
      b.addPlaces(p);
    } else if (value instanceof ChronicleRecord c) {
      b.addRecords(c);
    }
  }

  /** Steps timed on the wall clock, the thread's CPU and the whole process's CPU. */
  private static final class Steps {
    private final StringJoiner out = new StringJoiner(", ");
    private long wall = System.nanoTime();
    private long cpu = THREADS.getCurrentThreadCpuTime();
    private long process = PROCESS.getProcessCpuTime();

    void end(String step) {
      long w = System.nanoTime();
      long c = THREADS.getCurrentThreadCpuTime();
      long p = PROCESS.getProcessCpuTime();
      out.add(
          String.format(
              Locale.ROOT,
              "%s %.0f ms (CPU %.0f, process %.0f)",
              step,
              (w - wall) / 1e6,
              (c - cpu) / 1e6,
              (p - process) / 1e6));
      wall = w;
      cpu = c;
      process = p;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
