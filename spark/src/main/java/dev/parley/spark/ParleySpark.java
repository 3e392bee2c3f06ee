package dev.parley.spark;

import static java.util.Objects.requireNonNull;

import dev.parley.interop.Dataset;
import dev.parley.interop.ImportOptions;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.plover.PloverImporter;
import dev.parley.interop.ucdp.UcdpGedImporter;
import dev.parley.spark.SplitReader.Split;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads Parley NDJSON files into Spark, and ACLED, UCDP GED and PLOVER files through the interop
 * module's importers ({@link #readAcled}, {@link #readUcdpGed}, {@link #readPlover}).
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * ParleyData data = ParleySpark.read(spark, "data/2025/", "data/extra.ndjson").cache();
 * data.exchanges().where("status = 'completed'").show();
 * data.rejected().show();            // file, line, kind, pointer, message of every bad line
 * data.validate().show();            // the chronicle's cross-record findings
 * }</pre>
 *
 * <p>Each file is split into byte ranges of at most {@code spark.sql.files.maxPartitionBytes} (128
 * MiB by default), cut at line boundaries: a split reads the lines that start in it, each partition
 * one split, with one Parley NDJSON reader, in {@code ErrorMode.COLLECT}, so one bad line is one
 * rejected row and reading goes on. Nothing is collected to the driver but the file listing and one
 * line count per split: when a file has more than one split, a first pass counts each split's line
 * ends so that every rejected line has its line number in the file. A file whose header is missing
 * or wrong is one rejected row ({@code UNSUPPORTED_FORMAT}, line 1) and no records. Files are not
 * decompressed. This class has no instances.
 */
public final class ParleySpark {
  private ParleySpark() {}

  /** Spark's setting for the largest split of a file. */
  static final String SPLIT_BYTES = "spark.sql.files.maxPartitionBytes";

  /**
   * Reads NDJSON files lazily: nothing is read until an action runs on one of the datasets.
   *
   * @param spark the session
   * @param paths files, directories (their files directly inside, in name order, leaving out names
   *     that start with {@code _} or {@code .}) or glob patterns, in the order the records count:
   *     where records share an id, the one read last (latest path, then latest line) is the one the
   *     cross-record rules see, as in a chronicle built in that order
   * @return the records of every type and the rejected lines
   * @throws IllegalArgumentException if no path is given or a path matches no file
   * @throws UncheckedIOException if the files cannot be listed
   */
  public static ParleyData read(SparkSession spark, String... paths) {
    requireNonNull(spark, "spark");
    if (paths.length == 0) {
      throw new IllegalArgumentException("no path given");
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<FileStatus> files = list(conf, paths);
    long splitBytes =
        Math.max(1, spark.sparkContext().getConf().getSizeAsBytes(SPLIT_BYTES, "128m"));
    String fromSession = spark.conf().get(SPLIT_BYTES, null);
    if (fromSession != null) {
      splitBytes =
          Math.max(1, org.apache.spark.network.util.JavaUtils.byteStringAsBytes(fromSession));
    }
    List<Split> splits = new ArrayList<>();
    boolean multi = false;
    for (int i = 0; i < files.size(); i++) {
      FileStatus f = files.get(i);
      long size = f.getLen();
      String name = f.getPath().toString();
      if (size <= splitBytes) {
        splits.add(new Split(name, i, 0, size, 0));
        continue;
      }
      multi = true;
      for (long start = 0; start < size; start += splitBytes) {
        splits.add(new Split(name, i, start, Math.min(size, start + splitBytes), 0));
      }
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> shared =
        jsc.broadcast(new SerializableConfiguration(conf));
    if (multi) {
      splits = withLineEndsBefore(jsc, shared, splits);
    }
    JavaRDD<Row> rows =
        jsc.parallelize(splits, Math.max(1, splits.size()))
            .mapPartitions(it -> new FlatRows(it, shared.value().value()));
    return new ParleyData(spark.createDataFrame(rows, Envelope.SCHEMA));
  }

  /**
   * Reads ACLED files (CSV exports, or the API's JSON) with the interop module's {@link
   * AcledImporter}: see {@link #readImported} for how files are read and what the datasets hold.
   *
   * <pre>{@code
   * ParleyData acled = ParleySpark.readAcled(spark, ImportOptions.defaults(), "acled/").cache();
   * acled.incidents().groupBy("place").count().show();
   * acled.rejected().show();   // rows not imported: file, row, IMPORT_ERROR, column, rule, message
   * acled.validate().show();   // the chronicle's cross-record findings
   * }</pre>
   *
   * @param spark the session
   * @param options the import options, as for a single-JVM import
   * @param paths files, directories or glob patterns, as for {@link #read(SparkSession, String...)}
   * @return the parties, places and records imported, and the rows not imported
   * @throws IllegalArgumentException if no path is given or a path matches no file
   * @throws UncheckedIOException if the files cannot be listed
   */
  public static ParleyData readAcled(SparkSession spark, ImportOptions options, String... paths) {
    return readImported(spark, Dataset.ACLED, options, paths);
  }

  /**
   * Reads UCDP GED CSV files with the interop module's {@link UcdpGedImporter}: see {@link
   * #readImported} for how files are read and what the datasets hold.
   *
   * @param spark the session
   * @param options the import options (the release, if given, is kept in provenance)
   * @param paths files, directories or glob patterns, as for {@link #read(SparkSession, String...)}
   * @return the parties, places and records imported, and the rows not imported
   * @throws IllegalArgumentException if no path is given or a path matches no file
   * @throws UncheckedIOException if the files cannot be listed
   */
  public static ParleyData readUcdpGed(SparkSession spark, ImportOptions options, String... paths) {
    return readImported(spark, Dataset.UCDP_GED, options, paths);
  }

  /**
   * Reads PLOVER JSON Lines files with the interop module's {@link PloverImporter}: see {@link
   * #readImported} for how files are read and what the datasets hold.
   *
   * @param spark the session
   * @param options the import options
   * @param paths files, directories or glob patterns, as for {@link #read(SparkSession, String...)}
   * @return the parties, places and records imported, and the rows not imported
   * @throws IllegalArgumentException if no path is given or a path matches no file
   * @throws UncheckedIOException if the files cannot be listed
   */
  public static ParleyData readPlover(SparkSession spark, ImportOptions options, String... paths) {
    return readImported(spark, Dataset.PLOVER, options, paths);
  }

  /**
   * Reads the files of an event dataset with the interop module's importer for it, lazily, into the
   * same datasets as Parley NDJSON: one per record type, the rejected rows, {@link
   * ParleyData#validate()} and the aggregations.
   *
   * <p><b>One file per task.</b> Each file is one partition, read from start to end by one import
   * run, as the single-JVM importer reads it: CSV fields may hold quoted line breaks, so a CSV file
   * cannot be split safely at line boundaries. To spread an import over more cores, give it more
   * files (ACLED's export tool and UCDP's downloads can be cut by country or year). The run
   * streams: values pass from the importer to Spark through a queue of at most 1,024 rows, so a
   * task's memory does not grow with its file.
   *
   * <p><b>What the datasets hold.</b> The parties, places and records each file's run sends, in the
   * order sent; {@code sourceLine} is a value's position in that order (1 for the first value sent
   * from the file), since a value does not name its row. Each run sends each party and place once;
   * across files, the first file's (in path order) is kept, as one single-JVM run over every file
   * would send it once. Rows the importer does not import are rejected rows: {@code file}, {@code
   * line} (the importer's row number: 1 is the first data row), {@code kind} {@code IMPORT_ERROR},
   * {@code pointer} the column named by the finding (empty for the row as a whole), {@code column}
   * 0, {@code ruleCodes} the finding's rule code and {@code message}. A file the importer cannot
   * read at all (not CSV or JSON of the expected layout, a required column missing) is one rejected
   * row of kind {@code UNREADABLE} and line 0, after the values read before the failure. Like the
   * single-JVM report, at most {@link ImportOptions#maxFindings()} findings are kept per file;
   * raise it to have every error as a row. Warnings (values dropped or made less precise in rows
   * that were imported) are not rows.
   *
   * <p><b>Differences from one single-JVM run over every file.</b> A source id repeated within a
   * file is a rejected row, as in the single JVM; repeated across files, each file's run imports
   * it, and {@link ParleyData#validate()} reports the records' shared id ({@code
   * CHRONICLE_DUPLICATE_ID}). With {@link ImportOptions#failFast()}, the first error fails its task
   * and so the job. A file system failure fails the task, which Spark retries.
   *
   * @param spark the session
   * @param dataset the dataset the files hold
   * @param options the import options
   * @param paths files, directories or glob patterns, as for {@link #read(SparkSession, String...)}
   * @return the parties, places and records imported, and the rows not imported
   * @throws IllegalArgumentException if no path is given or a path matches no file
   * @throws UncheckedIOException if the files cannot be listed
   */
  public static ParleyData readImported(
      SparkSession spark, Dataset dataset, ImportOptions options, String... paths) {
    requireNonNull(spark, "spark");
    requireNonNull(dataset, "dataset");
    requireNonNull(options, "options");
    if (paths.length == 0) {
      throw new IllegalArgumentException("no path given");
    }
    List<FileStatus> files = list(spark.sparkContext().hadoopConfiguration(), paths);
    return ImportReader.read(spark, ImportReader.Source.of(dataset, options), files);
  }

  /**
   * Counts each split's line ends in parallel, then numbers them on the driver: one long per split.
   */
  private static List<Split> withLineEndsBefore(
      JavaSparkContext jsc, Broadcast<SerializableConfiguration> conf, List<Split> splits) {
    List<Long> counts =
        jsc.parallelize(splits, splits.size())
            .map(
                s ->
                    s.start() == 0 && s.end() == 0
                        ? 0L
                        : SplitReader.countLineEnds(s, conf.value().value()))
            .collect();
    List<Split> out = new ArrayList<>(splits.size());
    long before = 0;
    String file = null;
    for (int i = 0; i < splits.size(); i++) {
      Split s = splits.get(i);
      if (!s.file().equals(file)) {
        file = s.file();
        before = 0;
      }
      out.add(s.withLineEndsBefore(before));
      before += counts.get(i);
    }
    return out;
  }

  private static List<FileStatus> list(Configuration conf, String... paths) {
    List<FileStatus> out = new ArrayList<>();
    try {
      for (String p : paths) {
        Path path = new Path(requireNonNull(p, "path"));
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          throw new IllegalArgumentException("no file at " + p);
        }
        Arrays.sort(matched, Comparator.comparing(s -> s.getPath().toString()));
        for (FileStatus m : matched) {
          if (m.isDirectory()) {
            FileStatus[] inside = fs.listStatus(m.getPath());
            Arrays.sort(inside, Comparator.comparing(s -> s.getPath().toString()));
            for (FileStatus f : inside) {
              String name = f.getPath().getName();
              if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                out.add(f);
              }
            }
          } else {
            out.add(m);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The rows of the splits of one partition, one split after the other. */
  private static final class FlatRows implements java.util.Iterator<Row> {
    private final java.util.Iterator<Split> splits;
    private final Configuration conf;
    private java.util.Iterator<Row> current = java.util.Collections.emptyIterator();

    FlatRows(java.util.Iterator<Split> splits, Configuration conf) {
      this.splits = splits;
      this.conf = conf;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && splits.hasNext()) {
        current = SplitReader.read(splits.next(), conf);
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return current.next();
    }
  }
}
