package dev.parley.benchmarks;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.chronicle.Chronicle;
import dev.parley.exchange.Agreement;
import dev.parley.place.PlaceId;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.territory.TerritorialClaim;
import dev.parley.validation.ValidationReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A quick, non-JMH look at building, validating and indexing a large chronicle: thread CPU time per
 * record for each step, and the heap the chronicle keeps per record.
 */
public final class ScaleCheck {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ScaleCheck() {}

  /**
   * Runs the check.
   *
   * @param args the numbers of records (default one million); each is built in turn
   */
  public static void main(String[] args) {
    for (String arg : args.length > 0 ? args : new String[] {"1000000"}) {
      run(Integer.parseInt(arg));
    }
  }

  private static void run(int n) {
    DataGenerator g = new DataGenerator(DataGenerator.SEED, 20_000);
    List<ChronicleRecord> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      records.add(g.next());
    }
    long before = usedHeap();
    long a0 = allocated();
    long t0 = THREADS.getCurrentThreadCpuTime();
    Chronicle c =
        Chronicle.builder()
            .addAllParties(g.parties())
            .addAllPlaces(g.places())
            .addAllRecords(records)
            .build();
    long t1 = THREADS.getCurrentThreadCpuTime();
    long a1 = allocated();
    ValidationReport r = c.validate();
    long t2 = THREADS.getCurrentThreadCpuTime();
    long a2 = allocated();
    c.exchanges().tranches(records.get(0).id());
    c.ceasefires().statusesAt(java.time.ZonedDateTime.parse("2020-01-01T00:00Z"));
    c.territory();
    c.incidents().casualties(dev.parley.time.ReportedDate.parse("2020"));
    c.involving(g.parties().get(0).id(), dev.parley.time.ReportedDate.parse("2020"));
    long t3 = THREADS.getCurrentThreadCpuTime();
    long after = usedHeap();
    System.out.printf(
        "%,d records: build %.2f us, validate %.2f us, every index %.2f us of thread CPU per record "
            + "(%d findings, %d errors); heap kept by the chronicle and its indexes %d bytes per record%n",
        n,
        (t1 - t0) / 1e3 / n,
        (t2 - t1) / 1e3 / n,
        (t3 - t2) / 1e3 / n,
        r.findings().size(),
        r.errors().size(),
        (after - before) / n);
    System.out.printf(
        "  allocated per record: build %d bytes, validate %d bytes%n",
        (a1 - a0) / n, (a2 - a1) / n);
    queries(c, records);
  }

  /**
   * The bytes this thread has allocated so far: unlike CPU time, the same for the same code and
   * data however loaded the machine is. -1 where the JVM does not count them.
   */
  private static long allocated() {
    return THREADS instanceof com.sun.management.ThreadMXBean t
        ? t.getCurrentThreadAllocatedBytes()
        : -1;
  }

  /**
   * Times the queries of {@code ChronicleBenchmark} in thread CPU time, which the load of other
   * processes does not inflate: each round runs every query once for each of 4,096 random keys, one
   * kind after another, with the baseline lookup by id among them; the result is the median over
   * the rounds after the first ones, per query.
   */
  private static void queries(Chronicle c, List<ChronicleRecord> records) {
    int keys = 4096;
    List<RecordId> agreements = new ArrayList<>();
    List<RecordId> proposals = new ArrayList<>();
    List<PlaceId> places = new ArrayList<>();
    for (ChronicleRecord r : records) {
      if (r instanceof Agreement) {
        agreements.add(r.id());
      } else if (r instanceof CeasefireProposal) {
        proposals.add(r.id());
      } else if (r instanceof TerritorialClaim t && t.subject().place().isPresent()) {
        places.add(t.subject().place().get());
      }
    }
    SplittableRandom random = new SplittableRandom(DataGenerator.SEED);
    RecordId[] a = new RecordId[keys];
    RecordId[] p = new RecordId[keys];
    PlaceId[] pl = new PlaceId[keys];
    RecordId[] any = new RecordId[keys];
    LocalDate[] days = new LocalDate[keys];
    ZonedDateTime[] instants = new ZonedDateTime[keys];
    for (int i = 0; i < keys; i++) {
      a[i] = agreements.get(random.nextInt(agreements.size()));
      p[i] = proposals.get(random.nextInt(proposals.size()));
      pl[i] = places.get(random.nextInt(places.size()));
      any[i] = records.get(random.nextInt(records.size())).id();
      days[i] = LocalDate.of(2022, 2, 24).plusDays(random.nextInt(1300));
      instants[i] = days[i].atTime(12, 0).atZone(ZoneOffset.UTC);
    }
    int rounds = 60;
    int warm = 20;
    double[][] ns = new double[4][rounds];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      for (int kind = 0; kind < 4; kind++) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < keys; i++) {
          Optional<?> answer =
              switch (kind) {
                case 0 -> c.record(any[i]);
                case 1 -> c.exchanges().fulfilment(a[i], days[i]);
                case 2 -> c.ceasefires().status(p[i], instants[i]);
                default -> c.territory().latestController(pl[i], days[i]);
              };
          sink += answer.isPresent() ? 1 : 0;
        }
        ns[kind][round] = (THREADS.getCurrentThreadCpuTime() - t0) / (double) keys;
      }
    }
    String[] names = {
      "record by id",
      "fulfilment as of a day",
      "proposal status at an instant",
      "control of a place as of a day"
    };
    for (int kind = 0; kind < 4; kind++) {
      double[] measured = Arrays.copyOfRange(ns[kind], warm, rounds);
      Arrays.sort(measured);
      System.out.printf(
          "  %s: %.2f us of thread CPU per query (median of %d rounds of %d)%n",
          names[kind], measured[measured.length / 2] / 1e3, measured.length, keys);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
