package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest and help commands, and the demo's chronicle document. */
class CommandsTest {
  @TempDir Path dir;

  @Test
  void digestPrintsTheDigestOfAFile() {
    String[] r = DemoTest.run("digest", ExampleData.file("seed-chronicle.json"));
    assertThat(r[0]).isEqualTo("0");
    Chronicle seed = SeedDocument.chronicle();
    assertThat(r[1])
        .startsWith(
            seed.parties().size()
                + " parties, "
                + seed.places().size()
                + " places, "
                + seed.records().size()
                + " records\n")
        .contains(
            "The story, in dated order",
            "Findings: 0 error(s), 0 warning(s)",
            "As of " + Main.asOf(seed));
    assertThat(r[2]).isEmpty();
  }

  @Test
  void digestIsAsOfTheEndOfTheLatestRecordDate() {
    assertThat(Main.asOf(SeedStory.chronicle()))
        .isEqualTo(ZonedDateTime.of(2025, 5, 23, 23, 59, 0, 0, ZoneOffset.UTC));
    assertThat(Main.asOf(Chronicle.empty()))
        .isEqualTo(ZonedDateTime.of(1970, 1, 1, 23, 59, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void digestReadsNdjsonToo() throws IOException {
    Path file = dir.resolve("two.ndjson");
    Files.writeString(
        file,
        "{\"format\":\"parley\",\"version\":1}\n"
            + "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}\n"
            + "{\"type\":\"place\",\"id\":\"ua:rakivka\",\"name\":\"Rakivka\",\"country\":\"UA\",\"region\":\"UA-63\",\"precision\":\"settlement\"}\n",
        StandardCharsets.UTF_8);
    String[] r = DemoTest.run("digest", file.toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).startsWith("1 parties, 1 places, 0 records\n");
  }

  @Test
  void digestOfABadFileExitsTwoWithoutStackTrace() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\":\"parley\",", StandardCharsets.UTF_8);
    String[] r = DemoTest.run("digest", file.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).startsWith(file + ": cannot read: truncated at ").doesNotContain("\tat ");
    String[] missing = DemoTest.run("digest", dir.resolve("none.json").toString());
    assertThat(missing[0]).isEqualTo("2");
    assertThat(missing[2]).endsWith("cannot read: no such file\n");
    assertThat(DemoTest.run("digest")[0]).isEqualTo("2");
  }

  @Test
  void helpPrintsUsage() {
    for (String flag : new String[] {"--help", "-h", "help"}) {
      String[] r = DemoTest.run(flag);
      assertThat(r[0]).isEqualTo("0");
      assertThat(r[1])
          .contains(
              "usage: parley-examples",
              "validate [--strict] [--format text|json] FILE...",
              "digest FILE",
              "digest --html FILE [-o OUT]",
              "exit codes: 0 no errors");
    }
  }

  @Test
  void demoEndsWithTheSeedChronicleDocument() {
    String[] r = DemoTest.run("demo");
    assertThat(r[0]).isEqualTo("0");
    String marker = "\nThe same chronicle as JSON:\n";
    assertThat(r[1]).contains(marker);
    String document = r[1].substring(r[1].indexOf(marker) + marker.length());
    assertThat(document).isEqualTo(SeedDocument.json());
    assertThat(ParleyJson.defaults().readChronicle(document)).isEqualTo(SeedDocument.chronicle());
  }

  @Test
  void digestHtmlWritesTheReportPage() throws IOException {
    Path out = dir.resolve("report.html");
    String[] r =
        DemoTest.run(
            "digest", "--html", ExampleData.file("seed-chronicle.json"), "-o", out.toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).isEmpty();
    assertThat(r[2]).isEqualTo("wrote " + out + "\n");
    String page = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<h2 id=\"timeline-h\">Timeline</h2>");
    assertThat(page)
        .isEqualTo(dev.parley.examples.report.HtmlReport.of(SeedDocument.chronicle()).render());
  }

  @Test
  void digestHtmlWithoutAnOutputFilePrintsThePage() {
    String[] r = DemoTest.run("digest", ExampleData.file("seed-chronicle.json"), "--html");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).startsWith("<!DOCTYPE html>").endsWith("</html>");
  }

  @Test
  void digestRejectsAMalformedCommandLine() {
    String seed = ExampleData.file("seed-chronicle.json");
    String[][] bad = {
      {"digest", seed, "-o", dir.resolve("x.html").toString()},
      {"digest", "--html", seed, "-o"},
      {"digest", "--html", seed, seed},
      {"digest", "--html"},
      {"digest", "--pdf", seed}
    };
    for (String[] args : bad) {
      String[] r = DemoTest.run(args);
      assertThat(r[0]).as(String.join(" ", args)).isEqualTo("2");
      assertThat(r[2]).as(String.join(" ", args)).startsWith("digest: ");
    }
    assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
  }

  @Test
  void digestHtmlToAnUnwritablePlaceExitsTwo() {
    String[] r =
        DemoTest.run(
            "digest",
            "--html",
            ExampleData.file("seed-chronicle.json"),
            "-o",
            dir.resolve("no/such/dir/report.html").toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("report.html: cannot write: ").doesNotContain("\tat ");
  }
}
