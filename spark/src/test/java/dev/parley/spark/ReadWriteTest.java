package dev.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import dev.parley.chronicle.Chronicle;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.testing.ChronicleGen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadWriteTest {
  @TempDir static Path dir;
  static Chronicle chronicle;
  static List<Path> files;
  static Path bad;

  @BeforeAll
  static void data() throws IOException {
    chronicle = ChronicleGen.plant(ChronicleGen.chronicle(17, 60), 5);
    Path in = Files.createDirectories(dir.resolve("in"));
    files = new ArrayList<>(SparkTests.files(in, chronicle));
    List<String> lines = new ArrayList<>(Files.readAllLines(files.get(1), StandardCharsets.UTF_8));
    lines.add(3, "{\"type\":\"party\",\"id\":\"x\""); // line 4: truncated
    lines.add(
        6, "{\"type\":\"party\",\"id\":\"y\",\"name\":\" \",\"kind\":\"person\"}"); // line 7: rules
    lines.add(9, ""); // line 10: blank
    lines.add(12, "{\"type\":\"volcano\",\"id\":\"z\"}"); // line 13: type
    bad = Files.write(in.resolve("b-bad.ndjson"), lines, StandardCharsets.UTF_8);
    files.add(bad);
    files.add(
        Files.writeString(
            in.resolve("d-noheader.ndjson"),
            "{\"type\":\"party\",\"id\":\"q\",\"name\":\"Q\",\"kind\":\"state\"}\n".repeat(20)));
  }

  /** Every line of every file as the single-JVM reader sees it, as comparable text. */
  private static Multiset<String> expected(boolean valid) {
    Multiset<String> out = HashMultiset.create();
    for (Path f : files) {
      List<NdjsonRecord> records;
      try {
        records = SparkTests.readAll(f);
      } catch (dev.parley.json.format.ParleyJsonException e) {
        if (!valid) {
          out.add(f.toUri() + "|" + e.line() + "|" + e.kind() + "|" + e.pointer());
        }
        continue;
      }
      for (NdjsonRecord r : records) {
        if (valid && r.isValid()) {
          out.add(f.toUri() + "|" + r.line() + "|" + SparkTests.JSON.write(r.value()));
        } else if (!valid && !r.isValid()) {
          out.add(
              f.toUri()
                  + "|"
                  + r.line()
                  + "|"
                  + r.error().get().kind()
                  + "|"
                  + r.error().get().pointer());
        }
      }
    }
    return out;
  }

  /** The records and the rejected lines of one collect of every line read. */
  private static List<Multiset<String>> collect(ParleyData data) {
    Multiset<String> records = HashMultiset.create();
    Multiset<String> rejected = HashMultiset.create();
    for (Row row : data.lines().collectAsList()) {
      String type = row.getAs("type");
      String at =
          Path.of(java.net.URI.create(row.<String>getAs("sourceFile"))).toUri()
              + "|"
              + row.<Long>getAs("sourceLine")
              + "|";
      Row struct = row.getStruct(row.fieldIndex(type));
      if (type.equals("rejected")) {
        rejected.add(at + struct.getAs("kind") + "|" + struct.getAs("pointer"));
        assertThat(struct.<Long>getAs("line")).isEqualTo(row.<Long>getAs("sourceLine"));
      } else {
        records.add(at + SparkTests.JSON.write(ParleyRows.toValue(struct, type)));
      }
    }
    return List.of(records, rejected);
  }

  @Test
  void readsWhatTheSingleJvmReaderReadsWithFilesSplitAcrossPartitionsOrNot() {
    SparkSession spark = SparkTests.spark();
    spark.conf().set(ParleySpark.SPLIT_BYTES, "700");
    ParleyData split = ParleySpark.read(spark, dir.resolve("in").toString());
    assertThat(split.lines().rdd().getNumPartitions()).isGreaterThan(files.size() * 2);
    List<Multiset<String>> read = collect(split);
    assertThat(read.get(0)).isEqualTo(expected(true));
    assertThat(read.get(1)).isEqualTo(expected(false));
    assertThat(read.get(1))
        .contains(
            bad.toUri() + "|4|TRUNCATED|/id",
            bad.toUri() + "|7|RULE_VIOLATION|",
            bad.toUri() + "|10|MALFORMED|",
            bad.toUri() + "|13|UNKNOWN_TYPE|/type");
    assertThat(read.get(1).stream().filter(r -> r.contains("UNSUPPORTED_FORMAT"))).hasSize(1);

    spark.conf().unset(ParleySpark.SPLIT_BYTES);
    ParleyData whole =
        ParleySpark.read(spark, files.stream().map(Path::toString).toArray(String[]::new));
    assertThat(whole.lines().rdd().getNumPartitions()).isEqualTo(files.size());
    assertThat(collect(whole)).isEqualTo(read);
  }

  @Test
  void schemasSpreadDatesAndEstimatesIntoColumns() {
    ParleyData data =
        ParleySpark.read(SparkTests.spark(), files.get(1).toString(), files.get(2).toString());
    Dataset<Row> figures =
        data.exchanges()
            .selectExpr(
                "id", "date.precision", "date.start", "date.end", "explode(directions) as d")
            .selectExpr("id", "precision", "start", "end", "explode(d.figures) as f")
            .selectExpr(
                "id",
                "precision",
                "start <= end as ordered",
                "f.total.kind as kind",
                "f.total.low as low",
                "f.total.best as best",
                "f.total.high as high");
    List<Row> rows = figures.collectAsList();
    assertThat(rows).isNotEmpty();
    for (Row r : rows) {
      assertThat(r.<Boolean>getAs("ordered")).isTrue();
      String kind = r.getAs("kind");
      if (kind.equals("exact")) {
        assertThat((Long) r.getAs("best"))
            .isEqualTo(r.<Long>getAs("low"))
            .isEqualTo(r.<Long>getAs("high"));
      } else if (kind.equals("unknown")) {
        assertThat(r.isNullAt(r.fieldIndex("low"))).isTrue();
      }
    }
    assertThat(data.exchanges().schema().apply("directions").dataType().simpleString())
        .contains("total:struct<kind:string,low:bigint,best:bigint,high:bigint>");
    assertThat(data.incidents().schema().fieldNames())
        .contains("killed", "injured", "sourceFile", "sourceLine");
    Row rule =
        ParleySpark.read(SparkTests.spark(), bad.toString()).rejected().where("line = 7").first();
    assertThat(rule.<String>getAs("kind")).isEqualTo("RULE_VIOLATION");
    assertThat(rule.<scala.collection.Seq<String>>getAs("ruleCodes").contains("PARTY_NAME_BLANK"))
        .isTrue();
    assertThat(rule.<String>getAs("message")).isNotBlank();
  }

  @Test
  void writesNdjsonStreamsAndParquetThatReadBackEqual() throws IOException {
    SparkSession spark = SparkTests.spark();
    ParleyData data = ParleySpark.read(spark, dir.resolve("in").toString()).cache();
    Path out = dir.resolve("out-ndjson");
    data.writeNdjson(out.toString());
    List<Path> parts;
    try (Stream<Path> s = Files.list(out)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    assertThat(parts).isNotEmpty();
    Multiset<String> written = HashMultiset.create();
    for (Path p : parts) {
      for (NdjsonRecord r : SparkTests.readAll(p)) { // each part is a stream with its header
        assertThat(r.isValid()).as("%s line %s: %s", p, r.line(), r.error()).isTrue();
        written.add(SparkTests.JSON.write(r.value()));
      }
    }
    Multiset<String> expected = HashMultiset.create();
    expected(true).forEach(s -> expected.add(s.substring(s.indexOf('|', s.indexOf('|') + 1) + 1)));
    assertThat(written).isEqualTo(expected);

    Path parquet = dir.resolve("out-parquet");
    data.writeParquet(parquet.toString());
    Multiset<String> back = HashMultiset.create();
    for (String type : ParleySchemas.all().keySet()) {
      for (Row row : spark.read().parquet(parquet.resolve(type).toString()).collectAsList()) {
        back.add(SparkTests.JSON.write(ParleyRows.toValue(row, type)));
      }
    }
    assertThat(back).isEqualTo(expected);
    assertThat(spark.read().parquet(parquet.resolve("rejected").toString()).count())
        .isEqualTo(expected(false).size());
    data.unpersist();
  }
}
