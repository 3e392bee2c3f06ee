package dev.parley.benchmarks.spark;

import com.sun.management.OperatingSystemMXBean;
import dev.parley.benchmarks.DataGenerator;
import dev.parley.chronicle.Chronicle;
import dev.parley.incident.Incident;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.place.RegionCode;
import dev.parley.record.ChronicleRecord;
import dev.parley.spark.ParleyData;
import dev.parley.spark.ParleySpark;
import dev.parley.time.ReportedDate;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.exchange.ShuffleExchangeExec;
import org.apache.spark.sql.execution.metric.SQLMetric;

/**
 * Read + validate + one aggregation (casualties per region and month) over N records of the
 * benchmarks' {@link DataGenerator}, on Spark in local mode or on the single-JVM NDJSON reader and
 * chronicle, each in a process of its own. Spark's figure is the executor CPU time its task metrics
 * report ({@code executorCpuTime}, summed over tasks), the single JVM's the CPU time of its one
 * working thread; both also report the process's CPU time (all threads, garbage collection and the
 * driver included) and wall time, which the load of a shared machine inflates. Spark also reports
 * the bytes each shuffle of {@code validate()} and of the aggregation wrote, with the shuffle's
 * partitioning keys. Not part of the build:
 *
 * <pre>
 * mvn -B -q -DskipTests -pl benchmarks -am package dependency:build-classpath -Dmdep.outputFile=$PWD/cp.txt
 * CP=benchmarks/target/classes:$(cat cp.txt)
 * java -cp $CP dev.parley.benchmarks.spark.ScaleBenchmark generate 1000000 /tmp/scale/1m.ndjson
 * java -Xmx8g [the --add-opens options of spark/pom.xml] -cp $CP \
 *     dev.parley.benchmarks.spark.ScaleBenchmark spark 1000000 /tmp/scale/1m.ndjson [rounds] [master]
 * java -Xmx12g -cp $CP dev.parley.benchmarks.spark.ScaleBenchmark jvm 1000000 /tmp/scale/1m.ndjson [rounds]
 * </pre>
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * Runs the benchmark.
   *
   * @param args {@code generate N file}, {@code spark N file [rounds] [master]} or {@code jvm N
   *     file [rounds]}
   * @throws Exception if the file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    long n = Long.parseLong(args[1]);
    Path file = Path.of(args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    switch (mode) {
      case "generate" -> generate(n, file);
      case "spark" -> spark(n, file, rounds, args.length > 4 ? args[4] : "local[2]");
      case "jvm" -> jvm(n, file, rounds);
      default -> throw new IllegalArgumentException("mode: generate, spark or jvm");
    }
  }

  private static void generate(long n, Path file) throws Exception {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      new DataGenerator(DataGenerator.SEED, 20_000).writeNdjson(out, n);
    }
    System.out.printf("%,d records: %,d bytes%n", n, Files.size(file));
  }

  /** Task metrics summed over every task that ended since the last reset. */
  private static final class Tasks extends SparkListener {
    final AtomicLong cpuNanos = new AtomicLong();
    final AtomicLong shuffleWritten = new AtomicLong();
    final AtomicLong spilledToDisk = new AtomicLong();
    final AtomicLong tasks = new AtomicLong();
    final AtomicLong peakExecutionMemory = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() == null) {
        return;
      }
      cpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
      shuffleWritten.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
      spilledToDisk.addAndGet(end.taskMetrics().diskBytesSpilled());
      tasks.incrementAndGet();
      peakExecutionMemory.accumulateAndGet(end.taskMetrics().peakExecutionMemory(), Math::max);
    }

    void reset() {
      cpuNanos.set(0);
      shuffleWritten.set(0);
      spilledToDisk.set(0);
      tasks.set(0);
      peakExecutionMemory.set(0);
    }
  }

  private static void spark(long n, Path file, int rounds, String master) {
    long bytes = file.toFile().length();
    int shufflePartitions = (int) Math.max(8, bytes / (64L << 20));
    System.out.printf(
        "spark: %,d records, %,d bytes (%.0f per record), master %s, %d shuffle partitions, heap"
            + " %,d MB%n",
        n,
        bytes,
        bytes / (double) n,
        master,
        shufflePartitions,
        Runtime.getRuntime().maxMemory() >> 20);
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    Tasks tasks = new Tasks();
    spark.sparkContext().addSparkListener(tasks);
    for (int round = 0; round < rounds; round++) {
      long cpu0 = OS.getProcessCpuTime();
      long wall0 = System.nanoTime();
      double executorCpu = 0;
      tasks.reset();
      ParleyData data = ParleySpark.read(spark, file.toString()).cache();
      long rejected = data.rejected().count();
      executorCpu += phase("  read and cache", tasks, wall0, n);
      for (org.apache.spark.storage.RDDInfo info : spark.sparkContext().getRDDStorageInfo()) {
        System.out.printf(
            "    cached: %,d bytes in memory (%.1f per record), %,d on disk, %d of %d partitions%n",
            info.memSize(),
            info.memSize() / (double) n,
            info.diskSize(),
            info.numCachedPartitions(),
            info.numPartitions());
      }

      long t = System.nanoTime();
      Dataset<Row> findings = data.validate();
      long findingCount = findings.queryExecution().toRdd().count();
      executorCpu += phase("  validate", tasks, t, n);
      shuffles(findings, n);

      t = System.nanoTime();
      Dataset<Row> cells = data.casualtiesByRegionAndMonth();
      long cellCount = cells.queryExecution().toRdd().count();
      executorCpu += phase("  casualties per region and month", tasks, t, n);
      shuffles(cells, n);
      data.unpersist();
      double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
      double wall = (System.nanoTime() - wall0) / 1e9;
      System.out.printf(
          "spark round %d, %,d records: executor CPU %.1f s (%,.0f records per CPU-second, %.1f us"
              + " per record), process CPU %.1f s, wall %.1f s (%,.0f records per second, %,.0f"
              + " per second per core); %d rejected, %d findings, %d region-months%n",
          round + 1,
          n,
          executorCpu,
          n / executorCpu,
          executorCpu * 1e6 / n,
          cpu,
          wall,
          n / wall,
          n / wall / 2,
          rejected,
          findingCount,
          cellCount);
    }
    spark.stop();
  }

  private static double phase(String what, Tasks tasks, long wall0, long n) {
    double cpu = tasks.cpuNanos.get() / 1e9;
    System.out.printf(
        "%s: executor CPU %.1f s (%.2f us per record), wall %.1f s, %d tasks, shuffle written %,d"
            + " bytes (%.1f per record), spilled to disk %,d bytes, largest peak execution memory"
            + " of a task %,d bytes%n",
        what,
        cpu,
        cpu * 1e6 / n,
        (System.nanoTime() - wall0) / 1e9,
        tasks.tasks.get(),
        tasks.shuffleWritten.get(),
        tasks.shuffleWritten.get() / (double) n,
        tasks.spilledToDisk.get(),
        tasks.peakExecutionMemory.get());
    tasks.reset();
    return cpu;
  }

  /** Prints each shuffle of the executed plan: its partitioning, rows and bytes written. */
  private static void shuffles(Dataset<Row> ds, long n) {
    List<ShuffleExchangeExec> found = new ArrayList<>();
    collect(ds.queryExecution().executedPlan(), found);
    for (ShuffleExchangeExec e : found) {
      SQLMetric bytes = e.metrics().get("shuffleBytesWritten").get();
      SQLMetric rows = e.metrics().get("shuffleRecordsWritten").get();
      String child = e.child().simpleString(200);
      System.out.printf(
          "    shuffle %s: %,d rows, %,d bytes (%.1f per record read) <- %s%n",
          e.outputPartitioning(),
          rows.value(),
          bytes.value(),
          bytes.value() / (double) n,
          child.length() > 160 ? child.substring(0, 160) : child);
    }
  }

  private static void collect(SparkPlan plan, List<ShuffleExchangeExec> found) {
    if (plan instanceof AdaptiveSparkPlanExec a) {
      collect(a.executedPlan(), found);
      return;
    }
    if (plan instanceof QueryStageExec q) {
      collect(q.plan(), found);
      return;
    }
    if (plan instanceof ShuffleExchangeExec e) {
      found.add(e);
    }
    for (SparkPlan child : scala.jdk.javaapi.CollectionConverters.asJava(plan.children())) {
      collect(child, found);
    }
  }

  private static void jvm(long n, Path file, int rounds) throws Exception {
    ParleyJson json = ParleyJson.defaults();
    System.out.printf(
        "single JVM: %,d records, %,d bytes, heap %,d MB%n",
        n, file.toFile().length(), Runtime.getRuntime().maxMemory() >> 20);
    for (int round = 0; round < rounds; round++) {
      long cpu0 = OS.getProcessCpuTime();
      long thread0 = THREADS.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      Chronicle.Builder b = Chronicle.builder();
      long rejected = 0;
      try (InputStream in = Files.newInputStream(file);
          NdjsonReader r = json.ndjsonReader(in, ErrorMode.COLLECT)) {
        while (r.hasNext()) {
          NdjsonRecord rec = r.next();
          if (rec.isValid()) {
            Object v = rec.value();
            if (v instanceof Party p) {
              b.addParties(p);
            } else if (v instanceof Place p) {
              b.addPlaces(p);
            } else {
              b.addRecords((ChronicleRecord) v);
            }
          } else {
            rejected++;
          }
        }
      }
      Chronicle c = b.build();
      long read = THREADS.getCurrentThreadCpuTime();
      System.out.printf(
          "  read and build: thread CPU %.1f s (%.2f us per record)%n",
          (read - thread0) / 1e9, (read - thread0) / 1e3 / n);
      long findings = c.validate().findings().size();
      long validated = THREADS.getCurrentThreadCpuTime();
      System.out.printf(
          "  validate: thread CPU %.1f s (%.2f us per record)%n",
          (validated - read) / 1e9, (validated - read) / 1e3 / n);
      Set<RegionCode> regions = new HashSet<>();
      c.places().forEach(p -> p.region().ifPresent(regions::add));
      Set<YearMonth> months = new HashSet<>();
      for (Incident i : c.records(Incident.class)) {
        for (YearMonth m = YearMonth.from(i.date().start());
            !m.isAfter(YearMonth.from(i.date().end()));
            m = m.plusMonths(1)) {
          months.add(m);
        }
      }
      long cells = 0;
      for (RegionCode region : regions) {
        for (YearMonth m : months) {
          if (!c.incidents().casualties(ReportedDate.ofMonth(m), region).incidents().isEmpty()) {
            cells++;
          }
        }
      }
      long aggregated = THREADS.getCurrentThreadCpuTime();
      System.out.printf(
          "  casualties per region and month: thread CPU %.1f s (%.2f us per record)%n",
          (aggregated - validated) / 1e9, (aggregated - validated) / 1e3 / n);
      double thread = (aggregated - thread0) / 1e9;
      double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
      double wall = (System.nanoTime() - wall0) / 1e9;
      long heap = usedHeap();
      System.out.printf(
          "single JVM round %d, %,d records: thread CPU %.1f s (%,.0f records per CPU-second, %.1f"
              + " us per record), process CPU %.1f s, wall %.1f s; heap in use with the chronicle"
              + " %,d bytes (%,d per record); %d rejected, %d findings, %d region-months%n",
          round + 1,
          n,
          thread,
          n / thread,
          thread * 1e6 / n,
          cpu,
          wall,
          heap,
          heap / n,
          rejected,
          findings,
          cells);
      if (c.records().isEmpty()) {
        System.out.println();
      }
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
