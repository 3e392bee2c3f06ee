package dev.parley.spark;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.NdjsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for every test class of the module, and file helpers. */
final class SparkTests {
  private SparkTests() {}

  static final ParleyJson JSON = ParleyJson.defaults();

  private static SparkSession session;

  static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("parley-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.adaptive.enabled", "false")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    session.conf().unset(ParleySpark.SPLIT_BYTES);
    return session;
  }

  /** Writes records as one NDJSON stream. */
  static Path ndjson(Path file, Collection<?> records) {
    try (OutputStream out = Files.newOutputStream(file);
        NdjsonWriter w = JSON.ndjsonWriter(out)) {
      for (Object r : records) {
        w.write(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Writes a chronicle as three files (parties and places; then the records in two halves), in its
   * order.
   */
  static List<Path> files(Path dir, Chronicle c) {
    List<Object> first = new ArrayList<>();
    first.addAll(c.parties());
    first.addAll(c.places());
    int half = c.records().size() / 2;
    return List.of(
        ndjson(dir.resolve("a.ndjson"), first),
        ndjson(dir.resolve("b.ndjson"), c.records().subList(0, half)),
        ndjson(dir.resolve("c.ndjson"), c.records().subList(half, c.records().size())));
  }

  /** Every line of a file as the single-JVM reader sees it. */
  static List<NdjsonRecord> readAll(Path file) {
    try (NdjsonReader r = JSON.ndjsonReader(Files.newInputStream(file), ErrorMode.COLLECT)) {
      List<NdjsonRecord> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A row as plain Java values (lists, maps, strings), for comparing rows built in different ways.
   */
  static Object plain(Object value) {
    if (value instanceof Row row) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        out.add(plain(row.get(i)));
      }
      return out;
    }
    if (value instanceof scala.collection.Seq<?>
        || value instanceof List<?>
        || value instanceof Object[]) {
      List<Object> out = new ArrayList<>();
      for (Object e : RowCodec.list(value)) {
        out.add(plain(e));
      }
      return out;
    }
    if (value instanceof scala.collection.Map<?, ?> m) {
      return plain(scala.jdk.javaapi.CollectionConverters.asJava(m));
    }
    if (value instanceof Map<?, ?> m) {
      java.util.TreeMap<String, Object> out = new java.util.TreeMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return value;
  }
}
