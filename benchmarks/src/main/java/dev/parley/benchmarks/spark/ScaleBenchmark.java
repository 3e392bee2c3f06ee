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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Read + validate + one aggregation (casualties per region and month) over N records of the
 * benchmarks' {@link DataGenerator}, on Spark in local mode and on the single-JVM NDJSON reader and
 * chronicle, alternating; reports records per CPU-second of the process (all threads), which holds
 * on a shared machine where wall time does not. Not part of the build:
 *
 * <pre>
 * mvn -B -q -DskipTests -pl benchmarks -am package dependency:build-classpath -Dmdep.outputFile=$PWD/cp.txt
 * java [the --add-opens options of spark/pom.xml] -cp benchmarks/target/classes:$(cat cp.txt) \
 *     dev.parley.benchmarks.spark.ScaleBenchmark 100000 [dir] [master]
 * </pre>
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path dir = Path.of(args.length > 1 ? args[1] : "target/scale-" + n);
    String master = args.length > 2 ? args[2] : "local[2]";
    Path file = dir.resolve("records.ndjson");
    ParleyJson json = ParleyJson.defaults();
    if (!Files.exists(file)) {
      Files.createDirectories(dir);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        new DataGenerator(DataGenerator.SEED, 20_000).writeNdjson(out, n);
      }
    }
    System.out.printf(
        "records: %,d, file: %,d bytes, master %s, cores %d%n",
        n, Files.size(file), master, Runtime.getRuntime().availableProcessors());
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    for (int round = 0; round < 2; round++) {
      long cpu = OS.getProcessCpuTime();
      long wall = System.nanoTime();
      ParleyData data = ParleySpark.read(spark, file.toString()).cache();
      long findings = data.validate().count();
      long cells = data.casualtiesByRegionAndMonth().count();
      data.unpersist();
      report("spark", n, cpu, wall, findings + " findings, " + cells + " region-months");

      cpu = OS.getProcessCpuTime();
      wall = System.nanoTime();
      Chronicle.Builder b = Chronicle.builder();
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
          }
        }
      }
      Chronicle c = b.build();
      long jvmFindings = c.validate().findings().size();
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
      long jvmCells = 0;
      for (RegionCode region : regions) {
        for (YearMonth m : months) {
          if (!c.incidents().casualties(ReportedDate.ofMonth(m), region).incidents().isEmpty()) {
            jvmCells++;
          }
        }
      }
      report("single JVM", n, cpu, wall, jvmFindings + " findings, " + jvmCells + " region-months");
    }
    spark.stop();
  }

  private static void report(String what, int n, long cpu0, long wall0, String result) {
    double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    System.out.printf(
        "%-10s %,d records: wall %.1f s, cpu %.1f s, %,.0f records per CPU-second (%s)%n",
        what, n, wall, cpu, n / cpu, result);
  }
}
