package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export commands: their output, files and exit codes. */
class ImportExportCommandTest {
  @TempDir Path dir;

  private static String sample(String name) {
    return ExampleData.dir().resolve("interop").resolve(name).toString();
  }

  @Test
  void importWritesNdjsonThatValidatesAndPrintsEveryFinding() {
    Path out = dir.resolve("acled.ndjson");
    String[] r =
        DemoTest.run(
            "import",
            "--from",
            "acled",
            sample("acled-sample.csv"),
            sample("acled-api.json"),
            "-o",
            out.toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1])
        .contains("acled-sample.csv:10: event_date: ACLED_DATE_INVALID error: ")
        .contains("acled-sample.csv:11: event_id_cnty: IMPORT_DUPLICATE_ID error: ")
        .contains(
            "2 file(s), 16 row(s), 2 party, 10 place, 10 incident, 2 territorialClaim, 3 outside the domain, "
                + "1 duplicate(s), 3 error(s), 2 warning(s)")
        .contains("wrote 24 value(s) to " + out);
    assertThat(r[2]).isEmpty();
    String[] v = DemoTest.run("validate", out.toString());
    assertThat(v[0]).isEqualTo("0");
    assertThat(v[1]).isEqualTo("1 file(s), 24 record(s): 0 error(s), 0 warning(s)\n");
  }

  @Test
  void importOfCleanRowsExitsZeroAndRecordsTheRelease() throws IOException {
    Path out = dir.resolve("clean.ndjson");
    String[] r =
        DemoTest.run(
            "import",
            "--from",
            "acled",
            "--release",
            "2025-06",
            sample("acled-reordered.csv"),
            "-o",
            out.toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains("\"outlet\":\"ACLED 2025-06\"");
  }

  @Test
  void importFailFastStopsAtTheFirstError() {
    String[] r =
        DemoTest.run(
            "import",
            "--from",
            "ucdp",
            "--fail-fast",
            sample("ucdp-ged-sample.csv"),
            "-o",
            dir.resolve("u.ndjson").toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1])
        .contains("ucdp-ged-sample.csv:5: country_id: UCDP_COUNTRY_UNKNOWN error: ")
        .doesNotContain("ESTIMATE_RANGE_ORDER")
        .endsWith("stopped at the first error (--fail-fast)\n");
  }

  @Test
  void importOfAnUnreadableFileOrBadCommandExitsTwoWithoutStackTrace() throws IOException {
    Path notCsv = dir.resolve("notes.csv");
    Files.writeString(notCsv, "just,some,columns\n1,2,3\n", StandardCharsets.UTF_8);
    String[] r =
        DemoTest.run(
            "import",
            "--from",
            "acled",
            notCsv.toString(),
            dir.resolve("missing.csv").toString(),
            "-o",
            dir.resolve("x.ndjson").toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2])
        .contains(notCsv + ": cannot read: the header lacks the column(s) actor1, country")
        .contains("missing.csv: cannot read: no such file")
        .doesNotContain("\tat ");
    assertThat(DemoTest.run("import", "--from", "gdelt", "a.csv", "-o", "b")[0]).isEqualTo("2");
    assertThat(DemoTest.run("import", "--from", "acled", "a.csv")[0]).isEqualTo("2");
    assertThat(DemoTest.run("import", "--from", "acled", "--bogus", "a.csv", "-o", "b")[2])
        .isEqualTo("import: unknown option --bogus\n");
    String[] unwritable =
        DemoTest.run(
            "import",
            "--from",
            "plover",
            sample("plover-sample.jsonl"),
            "-o",
            dir.resolve("no/such/dir/out.ndjson").toString());
    assertThat(unwritable[0]).isEqualTo("2");
    assertThat(unwritable[2]).contains("cannot write").doesNotContain("\tat ");
  }

  @Test
  void exportWritesCsvGeoJsonAndPlover() throws IOException {
    Path ndjson = dir.resolve("p.ndjson");
    assertThat(
            DemoTest.run(
                "import",
                "--from",
                "plover",
                sample("plover-sample.jsonl"),
                "-o",
                ndjson.toString())[0])
        .isEqualTo("1");
    String[] csv =
        DemoTest.run(
            "export", "--to", "csv", ndjson.toString(), "-o", dir.resolve("csv").toString());
    assertThat(csv[0]).isEqualTo("0");
    assertThat(csv[1])
        .contains(
            "10 value(s) read, 0 unreadable line(s); wrote {parties=3, places=2, incidents=1, "
                + "territorial_claims=1, ceasefire_proposals=2, exchanges=1}");
    assertThat(Files.readAllLines(dir.resolve("csv/ceasefire_proposals.csv"))).hasSize(3);
    String[] geo =
        DemoTest.run(
            "export", "--to", "geojson", ndjson.toString(), "-o", dir.resolve("geo").toString());
    assertThat(geo[0]).isEqualTo("0");
    assertThat(Files.readString(dir.resolve("geo/places.geojson")))
        .startsWith("{\"type\":\"FeatureCollection\"");
    Path plover = dir.resolve("events.jsonl");
    String[] pl =
        DemoTest.run("export", "--to", "plover", ndjson.toString(), "-o", plover.toString());
    assertThat(pl[0]).isEqualTo("0");
    assertThat(Files.readAllLines(plover)).hasSize(5);
    String[] seed =
        DemoTest.run(
            "export",
            "--to",
            "csv",
            ExampleData.file("seed-chronicle.json"),
            "-o",
            dir.resolve("seed").toString());
    assertThat(seed[0]).isEqualTo("0");
    assertThat(Files.exists(dir.resolve("seed/exchanges.csv"))).isTrue();
  }

  @Test
  void exportReportsBadLinesAndUnreadableInput() throws IOException {
    Path bad = dir.resolve("bad.ndjson");
    Files.writeString(
        bad,
        "{\"format\":\"parley\",\"version\":1}\n"
            + "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}\n{oops\n",
        StandardCharsets.UTF_8);
    String[] r =
        DemoTest.run("export", "--to", "csv", bad.toString(), "-o", dir.resolve("t").toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains(bad + ":3: -: JSON_MALFORMED error");
    String[] missing =
        DemoTest.run(
            "export",
            "--to",
            "geojson",
            dir.resolve("none.ndjson").toString(),
            "-o",
            dir.resolve("g").toString());
    assertThat(missing[0]).isEqualTo("2");
    assertThat(missing[2]).endsWith("none.ndjson: cannot read: no such file\n");
    assertThat(DemoTest.run("export", "--to", "kml", bad.toString(), "-o", "x")[0]).isEqualTo("2");
    assertThat(DemoTest.run("export", "--to", "csv", bad.toString())[0]).isEqualTo("2");
    assertThat(List.of(DemoTest.run("help")[1].split("\n")))
        .anyMatch(l -> l.startsWith("  import --from acled|ucdp|plover"))
        .anyMatch(l -> l.startsWith("  export --to csv|geojson|plover"));
  }

  @Test
  void anUnforeseenFailureIsOneLineAndExitTwo() {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code =
        Main.guarded(
            "import",
            new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
            () -> {
              throw new IllegalStateException("boom");
            });
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("import: failed: java.lang.IllegalStateException: boom\n");
  }
}
