package dev.parley.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmarks 1 and 3: reading one NDJSON file (10,520 lines) per operation. {@code parley} reads it
 * into validated values; {@code databindPlainRecords} (the baseline) reads the same bytes after the
 * header into unvalidated plain records with a default {@code ObjectMapper}; {@code rawTokens} (the
 * upper bound) only walks the tokens with a {@code JsonParser}. The benchmarks run one after the
 * other, so a shared machine's drift between them enters their ratio; {@link
 * ReadInterleavedBenchmark} reads with both in turn within each invocation, and {@link
 * ReadSideBySideBenchmark} runs them at the same time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(
    value = 2,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ReadBenchmark {
  private Corpus corpus;
  private ParleyJson parley;
  private ObjectReader plain;
  private JsonFactory factory;

  /** Generates the file. */
  @Setup
  public void setUp() {
    corpus = new Corpus();
    parley = ParleyJson.defaults();
    plain = Corpus.plainReader(new ObjectMapper());
    factory = new JsonFactory();
  }

  /**
   * Parley: every line into a validated value, from the same byte array databind reads.
   *
   * @param bh the sink
   */
  @Benchmark
  public void parley(Blackhole bh) {
    try (NdjsonReader r = parley.ndjsonReader(corpus.ndjson, ErrorMode.FAIL_FAST)) {
      while (r.hasNext()) {
        bh.consume(r.next().value());
      }
    }
  }

  /**
   * Parley from an input stream over the same bytes, as a file or socket is read.
   *
   * @param bh the sink
   */
  @Benchmark
  public void parleyFromStream(Blackhole bh) {
    try (NdjsonReader r =
        parley.ndjsonReader(new ByteArrayInputStream(corpus.ndjson), ErrorMode.FAIL_FAST)) {
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
  public void databindPlainRecords(Blackhole bh) throws IOException {
    byte[] b = corpus.ndjson;
    try (MappingIterator<PlainLine> it =
        plain.readValues(b, corpus.bodyOffset, b.length - corpus.bodyOffset)) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }

  /**
   * Upper bound: walk every token of the same bytes, building nothing.
   *
   * @param bh the sink
   * @throws IOException never
   */
  @Benchmark
  public void rawTokens(Blackhole bh) throws IOException {
    try (JsonParser p = factory.createParser(corpus.ndjson)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        bh.consume(t);
      }
    }
  }
}
