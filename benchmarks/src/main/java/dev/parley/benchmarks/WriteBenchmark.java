package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.NdjsonWriter;
import dev.parley.json.ParleyJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
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

/**
 * Benchmark 2: writing the corpus's values as NDJSON per operation. {@code parley} writes the
 * validated values with Parley's NDJSON writer; {@code databindPlainRecords} (the baseline) writes
 * the plain records with a default {@code ObjectMapper}, one line each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class WriteBenchmark {
  private List<Object> values;
  private List<PlainLine> plain;
  private ParleyJson parley;
  private ObjectWriter writer;
  private ByteArrayOutputStream out;

  /** Generates and reads the file. */
  @Setup
  public void setUp() {
    Corpus corpus = new Corpus();
    values = corpus.values;
    plain = corpus.plain;
    parley = ParleyJson.defaults();
    writer = new ObjectMapper().writerFor(PlainLine.class).withRootValueSeparator("\n");
    out = new ByteArrayOutputStream(corpus.ndjson.length * 2);
  }

  /**
   * Parley: validated values to NDJSON.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int parley() {
    out.reset();
    NdjsonWriter w = parley.ndjsonWriter(out);
    for (int i = 0; i < values.size(); i++) {
      w.write(values.get(i));
    }
    w.flush();
    return out.size();
  }

  /**
   * Baseline: plain records to NDJSON with databind.
   *
   * @return the number of bytes written
   * @throws IOException never
   */
  @Benchmark
  public int databindPlainRecords() throws IOException {
    out.reset();
    try (SequenceWriter w = writer.writeValues(out)) {
      for (int i = 0; i < plain.size(); i++) {
        w.write(plain.get(i));
      }
    }
    return out.size();
  }
}
