package dev.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import dev.parley.interop.Dataset;
import dev.parley.interop.ImportException;
import dev.parley.interop.ImportFinding;
import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportReport;
import dev.parley.interop.ImportRun;
import dev.parley.interop.Importer;
import dev.parley.interop.RecordSink;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.plover.PloverImporter;
import dev.parley.interop.ucdp.UcdpGedImporter;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import dev.parley.spark.SplitReader.Split;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.util.SerializableConfiguration;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads ACLED, UCDP GED and PLOVER files into the {@link Envelope} with the interop module's
 * importers: one partition per file, one import run per file, the rows streamed from the run to
 * Spark through a small queue so that a task holds a bounded number of rows whatever the file's
 * size.
 */
final class ImportReader {
  private ImportReader() {}

  /** The kind of a rejected row for a row the importer did not import. */
  static final String IMPORT_ERROR = "IMPORT_ERROR";

  /** The kind of a rejected row for a file the importer could not read at all. */
  static final String UNREADABLE = "UNREADABLE";

  /** What a task needs to make the importer: the dataset and the options, which are not shared. */
  record Source(Dataset dataset, boolean failFast, String release, int maxFindings)
      implements Serializable {
    static Source of(Dataset dataset, ImportOptions options) {
      return new Source(
          dataset, options.failFast(), options.release().orElse(""), options.maxFindings());
    }

    Importer importer() {
      ImportOptions o =
          ImportOptions.defaults().withFailFast(failFast).withMaxFindings(maxFindings);
      if (!release.isEmpty()) {
        o = o.withRelease(release);
      }
      return switch (dataset) {
        case ACLED -> AcledImporter.of(o);
        case UCDP_GED -> UcdpGedImporter.csv(o);
        case PLOVER -> PloverImporter.jsonLines(o);
      };
    }
  }

  static ParleyData read(SparkSession spark, Source source, List<FileStatus> files) {
    List<Split> splits = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      FileStatus f = files.get(i);
      splits.add(new Split(f.getPath().toString(), i, 0, f.getLen(), 0));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> conf =
        jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    JavaRDD<Row> rows =
        jsc.parallelize(splits, Math.max(1, splits.size()))
            .mapPartitions(
                it -> {
                  List<Iterator<Row>> each = new ArrayList<>();
                  while (it.hasNext()) {
                    each.add(new ImportedRows(it.next(), source, conf.value().value()));
                  }
                  return com.google.common.collect.Iterators.concat(each.iterator());
                });
    org.apache.spark.sql.Dataset<Row> lines = spark.createDataFrame(rows, Envelope.SCHEMA);
    if (files.size() < 2) {
      return new ParleyData(lines);
    }
    // Each file is a run of its own, which sends each party and place once: across files, the
    // first file's (in path order) is kept, as one run over every file would.
    org.apache.spark.sql.Dataset<Row> shared = lines.where(col("type").isin("party", "place"));
    org.apache.spark.sql.Dataset<Row> first =
        shared
            .withColumn(
                "n",
                row_number()
                    .over(
                        Window.partitionBy(col("type"), col("id"))
                            .orderBy(col("fileIndex"), col("sourceLine"))))
            .where(col("n").equalTo(1))
            .drop("n");
    return new ParleyData(
        lines.where(col("type").isin("party", "place").unary_$bang()).union(first));
  }

  /** A stream that remembers whether the file system failed, as against the content. */
  private static final class Tracked extends FilterInputStream {
    boolean failed;

    Tracked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }
  }

  /**
   * The rows of one file: an import run on a thread of its own sends each value, as a row, through
   * a bounded queue, then the errors of its report as rejected rows.
   */
  private static final class ImportedRows implements Iterator<Row>, RecordSink {
    private static final Object END = new Object();

    private final Split file;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
    private final Thread producer;
    private long ordinal;
    private @Nullable Object next;
    private boolean done;

    ImportedRows(Split file, Source source, Configuration conf) {
      this.file = file;
      this.producer =
          new Thread(
              () -> produce(source, conf), "parley-import-" + new Path(file.file()).getName());
      producer.setDaemon(true);
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener(
            (org.apache.spark.util.TaskCompletionListener) ctx -> producer.interrupt());
      }
      producer.start();
    }

    private void produce(Source source, Configuration conf) {
      Path path = new Path(file.file());
      String name = path.getName();
      try {
        try (Tracked in = new Tracked(path.getFileSystem(conf).open(path))) {
          ImportRun run = source.importer().open(this);
          try {
            run.read(in, name);
          } catch (ImportException e) {
            if (e.finding().isPresent() || in.failed) {
              throw e; // fail-fast, or the file system failed: the task fails
            }
            put(rejected(0, UNREADABLE, "", List.of(), e.getMessage()));
          }
          ImportReport report = run.report();
          for (ImportFinding f : report.findings()) {
            if (f.severity() == ImportFinding.Severity.ERROR) {
              put(rejected(f.row(), IMPORT_ERROR, f.column(), List.of(f.rule()), f.message()));
            }
          }
        }
        put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the task ended: stop
      } catch (IOException e) {
        offer(new UncheckedIOException("cannot read " + file.file(), e));
      } catch (RuntimeException | Error e) {
        offer(e);
      }
    }

    private void put(Object o) throws InterruptedException {
      queue.put(o);
    }

    private void offer(Throwable t) {
      try {
        queue.put(t);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void send(Object value) {
      try {
        put(SplitReader.row(file, ++ordinal, value));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ImportException("import of " + file.file() + " stopped", e);
      }
    }

    @Override
    public void party(Party party) {
      send(party);
    }

    @Override
    public void place(Place place) {
      send(place);
    }

    @Override
    public void record(ChronicleRecord record) {
      send(record);
    }

    private Row rejected(
        long row, String kind, String column, List<String> rules, @Nullable String message) {
      Object[] values = new Object[Envelope.SCHEMA.size()];
      values[0] = Envelope.REJECTED;
      values[1] = file.file();
      values[2] = row;
      values[3] = file.fileIndex();
      values[Envelope.column(Envelope.REJECTED)] =
          RowFactory.create(
              file.file(),
              row,
              kind,
              column,
              0,
              CollectionConverters.asScala(new ArrayList<>(rules)),
              message == null ? "" : message);
      return RowFactory.create(values);
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (done) {
        return false;
      }
      Object o;
      try {
        o = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while importing " + file.file(), e);
      }
      if (o == END) {
        done = true;
        return false;
      }
      if (o instanceof RuntimeException e) {
        done = true;
        throw e;
      }
      if (o instanceof Error e) {
        done = true;
        throw e;
      }
      next = o;
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = (Row) next;
      next = null;
      return r;
    }
  }
}
