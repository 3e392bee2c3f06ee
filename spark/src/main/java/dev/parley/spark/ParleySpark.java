package dev.parley.spark;

import static java.util.Objects.requireNonNull;

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
 * Reads Parley NDJSON files into Spark.
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
