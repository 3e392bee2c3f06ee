package dev.parley.benchmarks;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.chronicle.Chronicle;
import dev.parley.exchange.Agreement;
import dev.parley.place.PlaceId;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.territory.TerritorialClaim;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5: a chronicle of one to ten million records ({@code -p records=...}). {@code
 * buildAndValidate} builds it, validates it and builds the query indexes (single shot, seconds);
 * its baseline {@code plainHashMap} only puts the same records in a {@code HashMap} by id. The
 * three queries (nanoseconds per query, on random ids and days) are measured against the baseline
 * {@code recordById}, a plain lookup by id.
 */
@Fork(
    value = 1,
    jvmArgs = {"-Xms12g", "-Xmx12g"})
public class ChronicleBenchmark {
  /** The generated records, made once per fork. */
  @State(Scope.Benchmark)
  public static class Records {
    /** Records in the chronicle. */
    @Param({"1000000", "2100000", "5000000", "10000000"})
    public int records;

    DataGenerator generator;
    List<ChronicleRecord> list;

    /** The records of the last size generated, kept for the next benchmark when not forked. */
    private static Records last;

    /** Generates the records, or takes those of the previous benchmark of the same size. */
    @Setup
    public void setUp() {
      if (last != null && last.records == records) {
        generator = last.generator;
        list = last.list;
        return;
      }
      last = null;
      Built.last = null;
      generator = new DataGenerator(DataGenerator.SEED, 20_000);
      list = new ArrayList<>(records);
      for (int i = 0; i < records; i++) {
        list.add(generator.next());
      }
      last = this;
    }

    Chronicle build() {
      return Chronicle.builder()
          .addAllParties(generator.parties())
          .addAllPlaces(generator.places())
          .addAllRecords(list)
          .build();
    }
  }

  /**
   * Builds and validates the chronicle (the target of benchmark 5).
   *
   * @param r the records
   * @return the chronicle
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Chronicle buildAndValidate(Records r) {
    Chronicle c = r.build();
    if (!c.validate().errors().isEmpty()) {
      throw new AssertionError("generated data has errors");
    }
    return c;
  }

  /**
   * Builds and validates the chronicle and builds its query indexes (done once, on the first query,
   * in real use).
   *
   * @param r the records
   * @return the chronicle
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Chronicle buildValidateAndIndex(Records r) {
    Chronicle c = buildAndValidate(r);
    warm(c);
    return c;
  }

  /**
   * Baseline: the same records in a hash map by id.
   *
   * @param r the records
   * @return the map
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Map<RecordId, ChronicleRecord> plainHashMap(Records r) {
    Map<RecordId, ChronicleRecord> m = new HashMap<>();
    for (ChronicleRecord c : r.list) {
      m.put(c.id(), c);
    }
    return m;
  }

  /** Builds every index of a chronicle by asking each view a question. */
  static void warm(Chronicle c) {
    c.exchanges().tranches(RecordId.of("warm"));
    c.ceasefires().statusesAt(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    c.territory();
    c.incidents().casualties(dev.parley.time.ReportedDate.parse("2000"));
  }

  /** A built chronicle and random query keys. */
  @State(Scope.Benchmark)
  public static class Built {
    static final int KEYS = 4096;
    Chronicle chronicle;
    RecordId[] agreements = new RecordId[KEYS];
    RecordId[] proposals = new RecordId[KEYS];
    PlaceId[] places = new PlaceId[KEYS];
    RecordId[] anyRecords = new RecordId[KEYS];
    LocalDate[] days = new LocalDate[KEYS];
    ZonedDateTime[] instants = new ZonedDateTime[KEYS];
    int next;

    /**
     * Builds the chronicle and warms its indexes.
     *
     * @param r the records
     */
    /** The chronicle of the last size built, kept for the next benchmark when not forked. */
    private static Chronicle last;

    @Setup
    public void setUp(Records r) {
      if (last != null && last.records().size() == r.records) {
        chronicle = last;
      } else {
        last = null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        chronicle = r.build();
        long t1 = threads.getCurrentThreadCpuTime();
        chronicle.validate();
        long t2 = threads.getCurrentThreadCpuTime();
        warm(chronicle);
        long t3 = threads.getCurrentThreadCpuTime();
        System.out.printf(
            "%n%,d records: build %.2f us, validate %.2f us, every index %.2f us of thread CPU per record%n",
            r.records,
            (t1 - t0) / 1e3 / r.records,
            (t2 - t1) / 1e3 / r.records,
            (t3 - t2) / 1e3 / r.records);
        last = chronicle;
      }
      List<RecordId> a = new ArrayList<>();
      List<RecordId> p = new ArrayList<>();
      List<PlaceId> pl = new ArrayList<>();
      for (ChronicleRecord c : r.list) {
        if (c instanceof Agreement) {
          a.add(c.id());
        } else if (c instanceof CeasefireProposal) {
          p.add(c.id());
        } else if (c instanceof TerritorialClaim t && t.subject().place().isPresent()) {
          pl.add(t.subject().place().get());
        }
      }
      SplittableRandom random = new SplittableRandom(DataGenerator.SEED);
      for (int i = 0; i < KEYS; i++) {
        agreements[i] = a.get(random.nextInt(a.size()));
        proposals[i] = p.get(random.nextInt(p.size()));
        places[i] = pl.get(random.nextInt(pl.size()));
        anyRecords[i] = r.list.get(random.nextInt(r.list.size())).id();
        days[i] = LocalDate.of(2022, 2, 24).plusDays(random.nextInt(1300));
        instants[i] = days[i].atTime(12, 0).atZone(ZoneOffset.UTC);
      }
    }

    int next() {
      next = (next + 1) & (KEYS - 1);
      return next;
    }
  }

  /**
   * How much of an agreement was fulfilled as of a day.
   *
   * @param b the chronicle
   * @return the answer
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Object fulfilmentAsOf(Built b) {
    int i = b.next();
    return b.chronicle.exchanges().fulfilment(b.agreements[i], b.days[i]);
  }

  /**
   * A ceasefire proposal's status at an instant.
   *
   * @param b the chronicle
   * @return the answer
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Object proposalStatusAt(Built b) {
    int i = b.next();
    return b.chronicle.ceasefires().status(b.proposals[i], b.instants[i]);
  }

  /**
   * Who controlled a place as of a day, by the latest assessment.
   *
   * @param b the chronicle
   * @return the answer
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Object controlAsOf(Built b) {
    int i = b.next();
    return b.chronicle.territory().latestController(b.places[i], b.days[i]);
  }

  /**
   * Baseline: a record looked up by id.
   *
   * @param b the chronicle
   * @return the record
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Object recordById(Built b) {
    int i = b.next();
    return b.chronicle.record(b.anyRecords[i]);
  }
}
