package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1 side by side: Parley and the databind baseline read the same file at the same time,
 * one thread each, in one JVM, so that whatever else the machine does slows both alike and their
 * ratio holds even on a busy machine. {@link ReadBenchmark} runs them one after the other instead.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 15, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ReadSideBySideBenchmark {
  private Corpus corpus;
  private ParleyJson parley;
  private ObjectReader plain;

  /** Generates the file. */
  @Setup
  public void setUp() {
    corpus = new Corpus();
    parley = ParleyJson.defaults();
    plain = Corpus.plainReader(new ObjectMapper());
  }

  /**
   * Parley: every line into a validated value.
   *
   * @param bh the sink
   */
  @Benchmark
  @Group("read")
  @GroupThreads(1)
  public void parley(Blackhole bh) {
    try (NdjsonReader r = parley.ndjsonReader(corpus.ndjson, ErrorMode.FAIL_FAST)) {
      while (r.hasNext()) {
        bh.consume(r.next().value());
      }
    }
  }

  /**
   * Baseline: databind into plain records, no validation.
   *
   * @param bh the sink
   * @throws IOException never
   */
  @Benchmark
  @Group("read")
  @GroupThreads(1)
  public void databindPlainRecords(Blackhole bh) throws IOException {
    byte[] b = corpus.ndjson;
    try (MappingIterator<PlainLine> it =
        plain.readValues(b, corpus.bodyOffset, b.length - corpus.bodyOffset)) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }
}
