package dev.parley.examples.spark;

import dev.parley.spark.ParleyData;
import dev.parley.spark.ParleySpark;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark job that validates and aggregates a directory of Parley NDJSON files: it reports the
 * rejected lines and the chronicle's cross-record findings, and computes the fulfilment of every
 * agreement as of a day and the casualties per region and month. With an output directory it writes
 * each result as Parquet there.
 *
 * <pre>
 * spark-submit --class dev.parley.examples.spark.ParleySparkJob [--master ...] parley-examples.jar \
 *     INPUT [--as-of YYYY-MM-DD] [--out DIR]
 * </pre>
 *
 * <p>Without a master (not under {@code spark-submit}), it runs in local mode on every core ({@code
 * local[*]}). Exit status: 0 when nothing was rejected and no finding is an error, 1 otherwise, 2
 * for a usage error. Spark is not bundled: {@code spark-submit} brings it, and the examples module
 * depends on it with scope {@code provided}.
 */
public final class ParleySparkJob {
  private ParleySparkJob() {}

  /**
   * Runs the job.
   *
   * @param args the input directory or files, then options
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String input = null;
    String output = null;
    LocalDate asOf = LocalDate.now(java.time.ZoneOffset.UTC);
    for (int i = 0; i < args.length; i++) {
      try {
        switch (args[i]) {
          case "--as-of" -> asOf = LocalDate.parse(args[++i]);
          case "--out" -> output = args[++i];
          default -> {
            if (input != null || args[i].startsWith("--")) {
              err.println("unexpected argument: " + args[i]);
              return usage(err);
            }
            input = args[i];
          }
        }
      } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
        err.println("bad or missing value for " + args[i - 1 < 0 ? 0 : i - 1]);
        return usage(err);
      }
    }
    if (input == null) {
      return usage(err);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("parley-validate-aggregate");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      ParleyData data = ParleySpark.read(spark, input).cache();
      Dataset<Row> rejected = data.rejected().cache();
      Dataset<Row> findings = data.validate().cache();
      Dataset<Row> fulfilment = data.fulfilment(asOf);
      Dataset<Row> casualties = data.casualtiesByRegionAndMonth().orderBy("region", "month");
      long bad = rejected.count();
      long errors = findings.where("severity = 'ERROR'").count();
      out.println("rejected lines: " + bad);
      rejected.select("file", "line", "kind", "pointer", "message").show(20, false);
      out.println("findings: " + findings.count() + " (" + errors + " errors)");
      findings
          .select("code", "severity", "path", "message")
          .orderBy("path", "code")
          .show(50, false);
      out.println("fulfilment as of " + asOf + ":");
      fulfilment.selectExpr("agreement", "size(tranches) as tranches", "sides").show(20, false);
      out.println("casualties per region and month:");
      casualties
          .selectExpr(
              "region",
              "month",
              "incidents",
              "killed.kind as kind",
              "killed.low as killed_low",
              "killed.best as killed_best",
              "killed.high as killed_high",
              "injured.low as injured_low",
              "injured.high as injured_high")
          .show(50, false);
      if (output != null) {
        findings.write().parquet(output + "/findings");
        rejected.write().parquet(output + "/rejected");
        fulfilment.write().parquet(output + "/fulfilment");
        casualties.write().parquet(output + "/casualties");
        out.println("written to " + output);
      }
      return bad == 0 && errors == 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  private static int usage(PrintStream err) {
    err.println("usage: ParleySparkJob INPUT [--as-of YYYY-MM-DD] [--out DIR]");
    return 2;
  }
}
