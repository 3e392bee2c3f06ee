package dev.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import dev.parley.chronicle.Chronicle;
import dev.parley.interop.Dataset;
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
import dev.parley.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACLED, UCDP GED and PLOVER files read into Spark give what the single-JVM importers give on the
 * same files: the same values, the same rows not imported, the same cross-record findings.
 */
class ImportTest {
  private static final Path SAMPLES = Path.of("..", "examples", "data", "interop");

  @TempDir static Path dir;

  /** What one single-JVM run over some files gives, as strings to compare. */
  private record Expected(Multiset<String> values, Multiset<String> rejected, Chronicle chronicle) {
    static Expected of(Importer importer, Path... files) {
      List<Object> values = new ArrayList<>();
      ImportRun run = importer.open(RecordSink.of(values::add));
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          run.read(in, f.getFileName().toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      ImportReport report = run.report();
      Multiset<String> rejected = HashMultiset.create();
      for (ImportFinding f : report.findings()) {
        if (f.severity() == ImportFinding.Severity.ERROR) {
          rejected.add(
              f.file() + "|" + f.row() + "|" + f.column() + "|" + f.rule() + "|" + f.message());
        }
      }
      Multiset<String> out = HashMultiset.create();
      Chronicle.Builder b = Chronicle.builder();
      for (Object v : values) {
        out.add(SparkTests.JSON.write(v));
        if (v instanceof Party p) {
          b.addParties(p);
        } else if (v instanceof Place p) {
          b.addPlaces(p);
        } else {
          b.addRecords((ChronicleRecord) v);
        }
      }
      return new Expected(out, rejected, b.build());
    }
  }

  private static Multiset<String> values(ParleyData data) {
    Multiset<String> out = HashMultiset.create();
    for (Row row : data.lines().where("type <> 'rejected'").collectAsList()) {
      String type = row.getAs("type");
      out.add(SparkTests.JSON.write(ParleyRows.toValue(row.getStruct(row.fieldIndex(type)), type)));
    }
    return out;
  }

  private static Multiset<String> rejected(ParleyData data) {
    Multiset<String> out = HashMultiset.create();
    for (Row r : data.rejected().collectAsList()) {
      assertThat(r.<String>getAs("kind")).isEqualTo("IMPORT_ERROR");
      assertThat(r.<Integer>getAs("column")).isZero();
      List<String> rules = scala.jdk.javaapi.CollectionConverters.asJava(r.getSeq(5));
      assertThat(rules).hasSize(1);
      out.add(
          Path.of(java.net.URI.create(r.getAs("file"))).getFileName()
              + "|"
              + r.getAs("line")
              + "|"
              + r.getAs("pointer")
              + "|"
              + rules.get(0)
              + "|"
              + r.getAs("message"));
    }
    return out;
  }

  private static Multiset<String> findings(Chronicle c) {
    Multiset<String> out = HashMultiset.create();
    for (Finding f : c.validate().findings()) {
      out.add(f.rule() + "|" + f.severity() + "|" + f.path() + "|" + f.message());
    }
    return out;
  }

  private static Multiset<String> findings(ParleyData data) {
    Multiset<String> out = HashMultiset.create();
    for (Row r : data.validate().collectAsList()) {
      out.add(
          r.getAs("code")
              + "|"
              + r.getAs("severity")
              + "|"
              + r.getAs("path")
              + "|"
              + r.getAs("message"));
    }
    return out;
  }

  /** The same values and rejected rows; with {@code validate}, the same cross-record findings. */
  private static void same(Expected expected, ParleyData data, boolean validate) {
    assertThat(values(data)).isEqualTo(expected.values());
    assertThat(rejected(data)).isEqualTo(expected.rejected());
    if (validate) {
      assertThat(findings(data)).isEqualTo(findings(expected.chronicle()));
    }
  }

  private static String[] paths(Path... files) {
    String[] out = new String[files.length];
    for (int i = 0; i < files.length; i++) {
      out[i] = files[i].toString();
    }
    return out;
  }

  @Test
  void acledFilesGiveWhatTheImporterGives() {
    ImportOptions o = ImportOptions.defaults();
    for (String name : List.of("acled-sample.csv", "acled-reordered.csv", "acled-api.json")) {
      Path f = SAMPLES.resolve(name);
      Expected expected = Expected.of(AcledImporter.of(o), f);
      assertThat(expected.values()).isNotEmpty();
      same(
          expected,
          ParleySpark.readAcled(SparkTests.spark(), o, f.toString()).cache(),
          name.equals("acled-sample.csv"));
    }
    // the sample has rows that are not imported (a repeated event id among them)
    assertThat(Expected.of(AcledImporter.of(o), SAMPLES.resolve("acled-sample.csv")).rejected())
        .isNotEmpty();
  }

  @Test
  void ucdpAndPloverFilesGiveWhatTheImportersGive() {
    ImportOptions o = ImportOptions.defaults().withRelease("25.1");
    Path ged = SAMPLES.resolve("ucdp-ged-sample.csv");
    Expected expected = Expected.of(UcdpGedImporter.csv(o), ged);
    assertThat(expected.values()).isNotEmpty();
    same(expected, ParleySpark.readUcdpGed(SparkTests.spark(), o, ged.toString()).cache(), true);

    Path plover = SAMPLES.resolve("plover-sample.jsonl");
    same(
        Expected.of(PloverImporter.jsonLines(o), plover),
        ParleySpark.readPlover(SparkTests.spark(), o, plover.toString()).cache(),
        false);
  }

  @Test
  void severalFilesAreOneTaskEachWithEachPartyAndPlaceOnce() throws IOException {
    // two files that share parties and places but no event: one run over both sends each party
    // and place once, and so does Spark with one run per file
    Path in = Files.createDirectories(dir.resolve("acled"));
    List<String> lines = Files.readAllLines(SAMPLES.resolve("acled-reordered.csv"));
    Path first = Files.copy(SAMPLES.resolve("acled-reordered.csv"), in.resolve("a.csv"));
    List<String> renamed = new ArrayList<>();
    renamed.add(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      renamed.add(line.replaceFirst("([A-Z]{3})9", "$18")); // other event ids, same actors
    }
    Path second = Files.write(in.resolve("b.csv"), renamed, StandardCharsets.UTF_8);
    ImportOptions o = ImportOptions.defaults();
    Expected expected = Expected.of(AcledImporter.of(o), first, second);
    ParleyData data = ParleySpark.readAcled(SparkTests.spark(), o, in.toString()).cache();
    same(expected, data, true);
    assertThat(data.parties().count()).isEqualTo(data.parties().select("id").distinct().count());
  }

  @Test
  void aFileThatCannotBeReadIsOneRejectedRowAndFailFastFailsTheJob() throws IOException {
    Path bad = Files.writeString(dir.resolve("not-acled.csv"), "a,b,c\n1,2,3\n");
    Path good = SAMPLES.resolve("acled-reordered.csv");
    ParleyData data =
        ParleySpark.readImported(
            SparkTests.spark(), Dataset.ACLED, ImportOptions.defaults(), paths(bad, good));
    Row r = data.rejected().first();
    assertThat(data.rejected().count()).isEqualTo(1);
    assertThat(r.<String>getAs("kind")).isEqualTo("UNREADABLE");
    assertThat(r.<Long>getAs("line")).isZero();
    assertThat(r.<String>getAs("message")).contains("event_id_cnty");
    assertThat(values(data))
        .isEqualTo(Expected.of(AcledImporter.of(ImportOptions.defaults()), good).values());

    String sample = SAMPLES.resolve("acled-sample.csv").toString();
    assertThatThrownBy(
            () ->
                ParleySpark.readAcled(
                        SparkTests.spark(), ImportOptions.defaults().withFailFast(true), sample)
                    .incidents()
                    .count())
        .hasStackTraceContaining("ImportException");
    assertThatThrownBy(() -> ParleySpark.readAcled(SparkTests.spark(), ImportOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
