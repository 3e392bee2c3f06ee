package dev.parley.benchmarks;

import dev.parley.chronicle.Chronicle;
import dev.parley.record.ChronicleRecord;
import dev.parley.validation.ValidationReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * A quick, non-JMH look at building, validating and indexing a large chronicle: thread CPU time
 * per record for each step, and the heap the chronicle keeps per record.
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
    long t0 = THREADS.getCurrentThreadCpuTime();
    Chronicle c = Chronicle.builder().addAllParties(g.parties()).addAllPlaces(g.places()).addAllRecords(records).build();
    long t1 = THREADS.getCurrentThreadCpuTime();
    ValidationReport r = c.validate();
    long t2 = THREADS.getCurrentThreadCpuTime();
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
        n, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, r.findings().size(), r.errors().size(),
        (after - before) / n);
    if (c.records().size() != n) {
      throw new AssertionError();
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
