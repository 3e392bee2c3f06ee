package dev.parley.examples.guide;

import dev.parley.exchange.Exchange;
import dev.parley.interop.ImportOptions;
import dev.parley.spark.ParleyData;
import dev.parley.spark.ParleyRows;
import dev.parley.spark.ParleySpark;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Parley on Spark: read NDJSON files into datasets, validate across records, aggregate and write
 * back. Needs Spark at run time (the examples depend on it with scope {@code provided}).
 */
public final class SparkExample {
  private SparkExample() {}

  /**
   * Runs the example.
   *
   * @param spark the session
   * @param row a row of an exchange, as user code inside {@code map} gets it
   * @param from the first day of the daily aggregations
   * @param to their last day
   * @return the exchange of the row
   */
  public static Exchange run(SparkSession spark, Row row, LocalDate from, LocalDate to) {
    ParleyData data = ParleySpark.read(spark, "hdfs:///monitor/ndjson/").cache();
    data.exchanges().where("status = 'completed'").show(); // one Dataset<Row> per record type
    data.rejected().show(); // file, line, kind, pointer, ruleCodes, message
    data.validate().show(); // the same findings as Chronicle.validate()
    data.fulfilment(LocalDate.of(2025, 6, 1));
    data.casualtiesByRegionAndMonth(); // killed and injured as low/best/high, summed apart
    data.proposalStatusPerDay(from, to, ZoneId.of("Europe/Kyiv"));
    data.controllerPerPlacePerDay(from, to);
    data.writeNdjson("out/ndjson"); // one valid stream per partition
    data.writeParquet("out/parquet"); // one directory per record type
    Exchange e = ParleyRows.toValue(row, Exchange.class); // core values inside map/mapPartitions
    return e;
  }

  /**
   * Reads ACLED and UCDP GED files into the same datasets as NDJSON, a task per file.
   *
   * @param spark the session
   * @return the ACLED events imported
   */
  public static ParleyData imports(SparkSession spark) {
    ImportOptions options = ImportOptions.defaults().withMaxFindings(Integer.MAX_VALUE);
    ParleyData acled = ParleySpark.readAcled(spark, options, "hdfs:///acled/*.csv");
    ParleyData ged = ParleySpark.readUcdpGed(spark, options.withRelease("25.1"), "hdfs:///ged/");
    acled.incidents().show(); // one Dataset<Row> per record type, as from NDJSON
    acled.rejected().show(); // rows not imported: file, row, IMPORT_ERROR, column, rule, message
    ged.validate().show(); // the chronicle's cross-record findings
    return acled;
  }
}
