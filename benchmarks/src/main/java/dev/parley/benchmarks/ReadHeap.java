package dev.parley.benchmarks;

import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A quick, non-JMH look at what records read from NDJSON cost in memory: the heap they keep per
 * record (used heap after {@code System.gc()}, with and without them), and the thread CPU time and
 * bytes allocated per record to read them, after three warm-up passes over the same file.
 */
public final class ReadHeap {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ReadHeap() {}

  /**
   * Runs the check.
   *
   * @param args the number of records to generate and read (default 300,000)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    byte[] ndjson = new DataGenerator(DataGenerator.SEED, 20_000).ndjson(n);
    ParleyJson json = ParleyJson.defaults();
    for (int i = 0; i < 3; i++) {
      read(json, ndjson);
    }
    long before = usedHeap();
    long a0 = THREADS.getCurrentThreadAllocatedBytes();
    long t0 = THREADS.getCurrentThreadCpuTime();
    List<NdjsonRecord> kept = read(json, ndjson);
    long t1 = THREADS.getCurrentThreadCpuTime();
    long a1 = THREADS.getCurrentThreadAllocatedBytes();
    long after = usedHeap();
    int lines = kept.size();
    System.out.printf(
        "%,d records: heap kept %d bytes per record; read %.2f us of thread CPU and %d bytes"
            + " allocated per record%n",
        lines, (after - before) / lines, (t1 - t0) / 1000.0 / lines, (a1 - a0) / lines);
  }

  private static List<NdjsonRecord> read(ParleyJson json, byte[] ndjson) {
    List<NdjsonRecord> records = new ArrayList<>();
    try (NdjsonReader in = json.ndjsonReader(ndjson, ErrorMode.COLLECT)) {
      while (in.hasNext()) {
        records.add(in.next());
      }
    }
    return records;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
