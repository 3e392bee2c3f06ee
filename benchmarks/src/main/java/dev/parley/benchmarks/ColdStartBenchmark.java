package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.examples.Validate;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4, cold start: every measured read runs in a fresh JVM. Each invocation starts four
 * processes in rotating order on the same 10,000-record file: one that reads it once with Parley,
 * one that reads it once with the databind baseline (each timing its single read, including
 * creating its {@code ParleyJson} or {@code ObjectMapper}), the {@code validate} command on it, and
 * the same command with its reading done by databind ({@link DatabindValidate}). Interleaving them
 * keeps their ratios honest when the machine's speed drifts.
 *
 * <p>Secondary results, per iteration: {@code readSpeedup} is the baseline's first-read time over
 * Parley's (above 1 when Parley is faster); {@code validateSpeedup} is the wall time of the
 * databind {@code validate} over the wall time of Parley's {@code validate} (above 1 when Parley's
 * is faster); {@code validateRatio} is the wall time of a process that only reads the file with
 * databind over the wall time of the {@code validate} command, which also builds and checks the
 * chronicle; the millisecond counters are the means behind them. JMH adds such counters up over the
 * iterations in its summary table, so the fork ends with a line of its own that gives the median
 * and range of each ratio over the iterations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 12, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms256m", "-Xmx1g"})
public class ColdStartBenchmark {
  private Path file;
  private int round;

  /** Writes the file once, in a process of its own, so this JVM has read nothing. */
  @Setup
  public void setUp() throws IOException, InterruptedException {
    file =
        Paths.get(
            System.getProperty("java.io.tmpdir"), "parley-cold-" + Corpus.RECORDS + ".ndjson");
    if (!Files.exists(file)) {
      Process p = child("generate").start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("could not generate " + file);
      }
    }
  }

  /** The times of one iteration. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Times extends IterationCounters {
    private long parleyRead;
    private long databindRead;
    private long validateWall;
    private long databindWall;
    private long databindValidateWall;
    private long runs;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      parleyRead = 0;
      databindRead = 0;
      validateWall = 0;
      databindWall = 0;
      databindValidateWall = 0;
      runs = 0;
    }

    @Override
    protected void record(IterationValues values) {
      if (runs > 0) {
        values.add("readSpeedup", readSpeedup());
        values.add("validateSpeedup", validateSpeedup());
        values.add("validateRatio", validateRatio());
      }
    }

    /**
     * The baseline's first-read time over Parley's.
     *
     * @return above 1 when Parley is faster
     */
    public double readSpeedup() {
      return parleyRead == 0 ? 0 : (double) databindRead / parleyRead;
    }

    /**
     * The wall time of {@code validate} with databind reading over the {@code validate} command's.
     *
     * @return above 1 when Parley's {@code validate} is faster
     */
    public double validateSpeedup() {
      return validateWall == 0 ? 0 : (double) databindValidateWall / validateWall;
    }

    /**
     * A databind reading process's wall time over the {@code validate} command's.
     *
     * @return above 1 when {@code validate} is faster
     */
    public double validateRatio() {
      return validateWall == 0 ? 0 : (double) databindWall / validateWall;
    }

    /**
     * Parley's mean first read.
     *
     * @return milliseconds
     */
    public double parleyReadMillis() {
      return runs == 0 ? 0 : parleyRead / 1e6 / runs;
    }

    /**
     * The baseline's mean first read.
     *
     * @return milliseconds
     */
    public double databindReadMillis() {
      return runs == 0 ? 0 : databindRead / 1e6 / runs;
    }

    /**
     * The {@code validate} command's mean wall time, JVM start included.
     *
     * @return milliseconds
     */
    public double validateWallMillis() {
      return runs == 0 ? 0 : validateWall / 1e6 / runs;
    }

    /**
     * The mean wall time of {@code validate} with databind reading, JVM start included.
     *
     * @return milliseconds
     */
    public double databindValidateWallMillis() {
      return runs == 0 ? 0 : databindValidateWall / 1e6 / runs;
    }

    /**
     * A databind reading process's mean wall time, JVM start included.
     *
     * @return milliseconds
     */
    public double databindWallMillis() {
      return runs == 0 ? 0 : databindWall / 1e6 / runs;
    }
  }

  /**
   * Runs the four processes once each, in an order that rotates from one invocation to the next.
   *
   * @param times where the times go
   * @throws Exception when a process fails
   */
  @Benchmark
  public void coldProcesses(Times times) throws Exception {
    int first = round++ % 4;
    for (int k = 0; k < 4; k++) {
      switch ((first + k) % 4) {
        case 0:
          times.parleyRead += Long.parseLong(run("parley")[1]);
          break;
        case 1:
          String[] d = run("databind");
          times.databindRead += Long.parseLong(d[1]);
          times.databindWall += Long.parseLong(d[0]);
          break;
        case 2:
          times.validateWall += Long.parseLong(run("validate")[0]);
          break;
        default:
          times.databindValidateWall += Long.parseLong(run("databind-validate")[0]);
          break;
      }
    }
    times.runs++;
  }

  /** Runs one child; returns its wall time and the single line it printed. */
  private String[] run(String what) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = child(what).start();
    byte[] out = p.getInputStream().readAllBytes();
    int exit = p.waitFor();
    long wall = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException(what + " exited with " + exit);
    }
    return new String[] {Long.toString(wall), new String(out, StandardCharsets.UTF_8).trim()};
  }

  private ProcessBuilder child(String what) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xms256m");
    cmd.add("-Xmx1g");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Child.class.getName());
    cmd.add(what);
    cmd.add(file.toString());
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
  }

  /**
   * The child process: generates the file, reads it once, or runs {@code validate} on it with
   * Parley's reading or with databind's.
   */
  public static final class Child {
    private Child() {}

    /**
     * Entry point.
     *
     * @param args what to do and the file
     * @throws IOException when the file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
      Path file = Paths.get(args[1]);
      switch (args[0]) {
        case "generate":
          try (OutputStream out = Files.newOutputStream(file)) {
            new DataGenerator(DataGenerator.SEED, Corpus.PLACES).writeNdjson(out, Corpus.RECORDS);
          }
          return;
        case "parley":
          {
            byte[] bytes = Files.readAllBytes(file);
            long start = System.nanoTime();
            int n = 0;
            try (NdjsonReader r = ParleyJson.defaults().ndjsonReader(bytes, ErrorMode.FAIL_FAST)) {
              while (r.hasNext()) {
                n += r.next().value() == null ? 0 : 1;
              }
            }
            long t = System.nanoTime() - start;
            System.out.println(n > 0 ? t : -1);
            return;
          }
        case "databind":
          {
            byte[] bytes = Files.readAllBytes(file);
            long start = System.nanoTime();
            int offset = 0;
            while (bytes[offset] != '\n') {
              offset++;
            }
            offset++;
            int n = 0;
            try (MappingIterator<PlainLine> it =
                Corpus.plainReader(new ObjectMapper())
                    .readValues(bytes, offset, bytes.length - offset)) {
              while (it.hasNext()) {
                n += it.next() == null ? 0 : 1;
              }
            }
            long t = System.nanoTime() - start;
            System.out.println(n > 0 ? t : -1);
            return;
          }
        case "validate":
          PrintStream sink =
              new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
          // the command's exit code as output: a process that fails exits with 1 and prints nothing
          System.out.println(Validate.run(List.of(file.toString()), sink, sink, false));
          return;
        case "databind-validate":
          System.out.println(
              DatabindValidate.run(
                  file,
                  new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)));
          return;
        default:
          throw new UncheckedIOException(new IOException("unknown: " + args[0]));
      }
    }
  }
}
