package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.record.ChronicleRecord;
import dev.parley.testing.SeedStory;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The validate command, run in-process: exit codes, exact findings, JSON output, strictness. */
class ValidateCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static String[] run(String... args) {
    String[] r = DemoTest.run(args);
    assertThat(r[1] + r[2]).doesNotContain("\tat ", "Exception");
    return r;
  }

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static JsonNode json(String output) throws IOException {
    return MAPPER.readTree(output);
  }

  @Test
  void seedFileHasNoFindings() {
    String[] r = run("validate", ExampleData.file("seed-chronicle.json"));
    assertThat(r[0]).isEqualTo("0");
    int records =
        SeedDocument.chronicle().parties().size()
            + SeedDocument.chronicle().places().size()
            + SeedDocument.chronicle().records().size();
    assertThat(r[1]).isEqualTo("1 file(s), " + records + " record(s): 0 error(s), 0 warning(s)\n");
    assertThat(r[2]).isEmpty();
  }

  /** A broken data file and the one finding planted in it. */
  record Planted(String file, String record, String rule, String path) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Planted> brokenFiles() {
    return Stream.of(
        new Planted("broken-duplicate-party.json", "ua", "CHRONICLE_DUPLICATE_ID", "ua"),
        new Planted(
            "broken-duplicate-place.json", "ua:rakivka", "CHRONICLE_DUPLICATE_ID", "ua:rakivka"),
        new Planted(
            "broken-dangling-party.json",
            "ru:putin",
            "CHRONICLE_DANGLING_PARTY",
            "ru:putin.actingFor"),
        new Planted(
            "broken-dangling-place.json",
            "incident:2025-05-23-odesa-port",
            "CHRONICLE_DANGLING_PLACE",
            "incident:2025-05-23-odesa-port"),
        new Planted(
            "broken-tranche-before-agreement.json",
            "exchange:2025-05-10",
            "EXCHANGE_TRANCHE_BEFORE_AGREEMENT",
            "exchange:2025-05-10.date"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenFileGivesExactlyItsPlantedFinding(Planted p) throws IOException {
    String[] r = run("validate", "--format", "json", ExampleData.file(p.file()));
    assertThat(r[0]).isEqualTo("1");
    JsonNode report = json(r[1]);
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    assertThat(report.get("warnings").asInt()).isZero();
    assertThat(report.get("findings")).hasSize(1);
    JsonNode f = report.get("findings").get(0);
    assertThat(f.get("file").asText()).isEqualTo(ExampleData.file(p.file()));
    assertThat(f.get("record").asText()).isEqualTo(p.record());
    assertThat(f.get("rule").asText()).isEqualTo(p.rule());
    assertThat(f.get("severity").asText()).isEqualTo("error");
    assertThat(f.get("path").asText()).isEqualTo(p.path());
    assertThat(f.has("line")).isFalse();
    assertThat(r[2]).isEmpty();
  }

  @Test
  void textFindingNamesFileRecordRuleSeverityPathAndMessage() {
    String file = ExampleData.file("broken-dangling-party.json");
    String[] r = run("validate", file);
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1])
        .isEqualTo(
            file
                + ": ru:putin: CHRONICLE_DANGLING_PARTY error at ru:putin.actingFor: "
                + "party ru:putin acts for ru, which is not in the chronicle\n"
                + "1 file(s), 3 record(s): 1 error(s), 0 warning(s)\n");
  }

  @Test
  void malformedJsonExitsTwoWithoutStackTrace() throws IOException {
    String file = write("bad.json", "{\"format\": \"parley\", \"version\": 1, \"parties\": [\n");
    String[] r = run("validate", file);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).startsWith(file + ": cannot read: truncated at ");
    assertThat(r[1]).endsWith("0 error(s), 0 warning(s), 1 file(s) could not be read\n");
  }

  @Test
  void missingFileExitsTwo() {
    String file = dir.resolve("nowhere.json").toString();
    String[] r = run("validate", file);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).isEqualTo(file + ": cannot read: no such file\n");
  }

  @Test
  void documentOfAnotherVersionExitsTwo() throws IOException {
    String file =
        write(
            "v2.json",
            "{\"format\":\"parley\",\"version\":2,\"parties\":[],\"places\":[],\"records\":[]}");
    String[] r = run("validate", file);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("unsupported format at \"/version\"");
  }

  @Test
  void fileOfAnotherKindExitsTwo() throws IOException {
    String file = write("notes.txt", "hello");
    String[] r = run("validate", file);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2])
        .isEqualTo(
            file + ": cannot read: not a .json chronicle document or an .ndjson record stream\n");
  }

  @Test
  void noFilesOrUnknownOptionExitsTwoWithUsage() {
    assertThat(run("validate")[0]).isEqualTo("2");
    assertThat(run("validate")[2]).contains("no files given", "usage: parley-examples");
    assertThat(run("validate", "--format", "xml", "x.json")[0]).isEqualTo("2");
    assertThat(run("validate", "--loud", "x.json")[2]).contains("unknown option --loud");
  }

  @Test
  void unreadableRecordInADocumentIsAnErrorAtItsPointer() throws IOException {
    String file =
        write(
            "blank.json",
            "{\n  \"format\": \"parley\",\n  \"version\": 1,\n  \"parties\": [\n"
                + "    {\"type\": \"party\", \"id\": \"ua\", \"name\": \"Ukraine\", \"kind\": \"state\"},\n"
                + "    {\"type\": \"party\", \"id\": \"x\", \"name\": \" \", \"kind\": \"state\"}\n"
                + "  ],\n  \"places\": [],\n  \"records\": []\n}\n");
    String[] r = run("validate", file);
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).startsWith(file + ":6: -: PARTY_NAME_BLANK error at /parties/1.name: ");
  }

  @Test
  void recordInTheWrongArrayIsAnInvalidRecord() throws IOException {
    String file =
        write(
            "misplaced.json",
            "{\"format\":\"parley\",\"version\":1,\"parties\":[],\"places\":[],"
                + "\"records\":[{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}]}");
    String[] r = run("validate", "--format", "json", file);
    assertThat(r[0]).isEqualTo("1");
    JsonNode f = json(r[1]).get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("JSON_INVALID");
    assertThat(f.get("path").asText()).isEqualTo("/records/0");
    assertThat(f.get("line").asInt()).isEqualTo(1);
  }

  @Test
  void theGazaPauseValidatesAndAMisLinkedTruceIsAFindingOnItsLine() throws IOException {
    ParleyJson json = ParleyJson.defaults();
    Chronicle story = dev.parley.testing.GazaPauseStory.chronicle();
    String clean = write("gaza.json", json.write(story));
    String[] ok = run("validate", clean);
    assertThat(ok[0]).isEqualTo("0");
    assertThat(ok[1]).endsWith(": 0 error(s), 0 warning(s)\n");
    List<String> lines = new ArrayList<>();
    lines.add("{\"format\":\"parley\",\"version\":1}");
    for (Object p : story.parties()) {
      lines.add(json.write(p).replaceAll("\\s*\\n\\s*", ""));
    }
    dev.parley.ceasefire.Truce misLinked =
        dev.parley.testing.GazaPauseStory.pause()
            .withId(dev.parley.record.RecordId.of("truce:mislinked"))
            .withExtensions(
                dev.parley.testing.GazaPauseStory.twoDays()
                    .withCondition(
                        dev.parley.ceasefire.ReleaseCondition.of(
                            dev.parley.testing.GazaPauseStory.PAUSE_ID)));
    lines.add(json.write(dev.parley.testing.GazaPauseStory.pause()).replaceAll("\\s*\\n\\s*", ""));
    lines.add(json.write(misLinked).replaceAll("\\s*\\n\\s*", ""));
    String file = write("truces.ndjson", String.join("\n", lines) + "\n");
    String[] r = run("validate", "--format", "json", file);
    assertThat(r[0]).isEqualTo("1");
    List<String> rows = new ArrayList<>();
    for (JsonNode f : json(r[1]).get("findings")) {
      rows.add(
          f.get("line").asInt()
              + " "
              + f.get("record").asText()
              + " "
              + f.get("rule").asText()
              + " "
              + f.get("path").asText());
    }
    // the pause's own links dangle here (its exchanges are left out); the mis-linked truce links
    // to the pause, which is a truce, not an exchange
    assertThat(rows)
        .contains(
            "8 truce:mislinked TRUCE_CONDITION_NOT_EXCHANGE"
                + " truce:mislinked.extensions[0].condition.exchange",
            "7 truce:2023-11-24-gaza-pause CHRONICLE_DANGLING_RECORD truce:2023-11-24-gaza-pause");
  }

  @Test
  void ndjsonLinesAreCheckedOneByOneAndTogether() throws IOException {
    String file =
        write(
            "mixed.ndjson",
            String.join(
                    "\n",
                    "{\"format\":\"parley\",\"version\":1}",
                    "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\",\"country\":\"UA\"}",
                    "{\"type\":\"party\",\"id\":\"ua:zelensky\",\"name\":\"Volodymyr Zelensky\",\"kind\":\"person\",\"actingFor\":\"ua\"}",
                    "{\"type\":\"party\",\"id\":\"x\",\"name\":\" \",\"kind\":\"state\"}",
                    "{\"type\":\"party\",\"id\":\"y\",\"name\":\"Y\",\"kind\":\"state\",\"flag\":1}",
                    "{\"type\":\"party\",",
                    "{\"type\":\"party\",\"id\":\"ru:putin\",\"name\":\"Vladimir Putin\",\"kind\":\"person\",\"actingFor\":\"ru\"}",
                    "{\"type\":\"place\",\"id\":\"p\",\"name\":\""
                        + "x".repeat(70_000)
                        + "\",\"country\":\"UA\",\"precision\":\"country\"}",
                    "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine again\",\"kind\":\"state\"}")
                + "\n");
    String[] r = run("validate", "--format", "json", file);
    assertThat(r[0]).isEqualTo("1");
    JsonNode report = json(r[1]);
    assertThat(report.get("records").asInt()).isEqualTo(8);
    List<String> rows = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      rows.add(
          f.get("line").asInt()
              + " "
              + (f.has("record") ? f.get("record").asText() : "-")
              + " "
              + f.get("rule").asText()
              + " "
              + f.get("path").asText());
    }
    assertThat(rows)
        .containsExactly(
            "4 - PARTY_NAME_BLANK name",
            "5 - JSON_INVALID /flag",
            "6 - JSON_MALFORMED /type",
            "8 - JSON_LIMIT_EXCEEDED /name",
            "7 ru:putin CHRONICLE_DANGLING_PARTY ru:putin.actingFor",
            "9 ua CHRONICLE_DUPLICATE_ID ua");
  }

  @Test
  void aProposalWithANegativeDurationInEffectIsAFindingAndTheLinesAfterItAreRead()
      throws IOException {
    String file =
        write(
            "truce.ndjson",
            String.join(
                    "\n",
                    "{\"format\":\"parley\",\"version\":1}",
                    "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}",
                    "{\"type\":\"ceasefireProposal\",\"id\":\"ceasefire:bad\",\"kind\":\"proposal\",\"proposer\":\"ua\","
                        + "\"addressees\":[\"ru\"],\"date\":\"2025-03-11\",\"scope\":{\"kind\":\"comprehensive\"},"
                        + "\"duration\":\"-PT720H\",\"events\":[{\"kind\":\"in_effect\",\"time\":\"2025-03-15\"}]}",
                    "{\"type\":\"party\",\"id\":\"ru\",\"name\":\"Russia\",\"kind\":\"state\"}")
                + "\n");
    String[] r = run("validate", "--format", "json", file);
    assertThat(r[0]).isEqualTo("1");
    JsonNode report = json(r[1]);
    assertThat(report.get("records").asInt()).isEqualTo(3);
    assertThat(report.get("findings")).hasSize(1);
    JsonNode f = report.get("findings").get(0);
    assertThat(f.get("line").asInt()).isEqualTo(3);
    assertThat(f.get("rule").asText()).isEqualTo("CEASEFIRE_DURATION_NOT_POSITIVE");
    assertThat(f.get("path").asText()).isEqualTo("duration");
  }

  @Test
  void ndjsonWithoutHeaderExitsTwo() throws IOException {
    String file =
        write(
            "headless.ndjson",
            "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}\n");
    String[] r = run("validate", file);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).startsWith(file + ": cannot read: unsupported format at ");
  }

  @Test
  void validNdjsonExitsZero() throws IOException {
    String file =
        write(
            "ok.ndjson",
            "{\"format\":\"parley\",\"version\":1}\n"
                + "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}\n");
    String[] r = run("validate", file);
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).isEqualTo("1 file(s), 1 record(s): 0 error(s), 0 warning(s)\n");
  }

  @Test
  void unreadableFileWinsOverErrorsAndEveryFileIsStillChecked() throws IOException {
    String[] r =
        run(
            "validate",
            "--format",
            "json",
            ExampleData.file("broken-duplicate-party.json"),
            dir.resolve("missing.ndjson").toString(),
            ExampleData.file("seed-chronicle.json"));
    assertThat(r[0]).isEqualTo("2");
    JsonNode report = json(r[1]);
    assertThat(report.get("files").asInt()).isEqualTo(3);
    assertThat(report.get("findings")).hasSize(1);
    assertThat(report.get("unreadable")).hasSize(1);
    assertThat(report.get("unreadable").get(0).get("message").asText()).isEqualTo("no such file");
  }

  @Test
  void strictMakesWarningsCount() {
    Validate.Entry warning =
        new Validate.Entry(
            "f.json",
            0,
            "exchange:1",
            "EXCHANGE_PARITY_IMBALANCE",
            Severity.WARNING,
            "exchange:1.directions",
            "imbalance");
    assertThat(Validate.exitCode(List.of(warning), 0)).isZero();
    assertThat(Validate.exitCode(List.of(warning.strict()), 0)).isEqualTo(1);
    assertThat(warning.strict().text())
        .isEqualTo(
            "f.json: exchange:1: EXCHANGE_PARITY_IMBALANCE error at exchange:1.directions: imbalance");
    assertThat(Validate.exitCode(List.of(warning.strict()), 1)).isEqualTo(2);
  }

  @Test
  void readingCodesByKind() {
    assertThat(Validate.readingCode(ParleyJsonException.Kind.TRAILING_CONTENT))
        .isEqualTo("JSON_MALFORMED");
    assertThat(Validate.readingCode(ParleyJsonException.Kind.UNKNOWN_TOKEN))
        .isEqualTo("JSON_INVALID");
    assertThat(Validate.readingCode(ParleyJsonException.Kind.LIMIT_EXCEEDED))
        .isEqualTo("JSON_LIMIT_EXCEEDED");
  }

  /** Runs once every record type of the seed story can be written: a late tranche is a warning. */
  @Test
  void strictTurnsATrancheAfterTheTargetIntoAnError() throws IOException {
    ParleyJson json = ParleyJson.defaults();
    List<ChronicleRecord> records = new ArrayList<>(SeedStory.RECORDS);
    records.replaceAll(
        r ->
            r == SeedStory.FIRST_TRANCHE
                ? SeedStory.FIRST_TRANCHE.withDate(
                    ReportedDate.ofDay(SeedStory.FRIDAY.plusDays(10)))
                : r);
    assumeTrue(
        records.stream().allMatch(r -> json.isRecordType(r.getClass())),
        "every record type has its codec");
    Chronicle late =
        Chronicle.builder()
            .addAllParties(SeedStory.PARTIES)
            .addAllPlaces(SeedStory.PLACES)
            .addAllRecords(records)
            .build();
    String file = write("late.json", json.writeChronicle(late));
    String[] lenient = run("validate", file);
    assertThat(lenient[0]).isEqualTo("0");
    assertThat(lenient[1])
        .contains("EXCHANGE_TRANCHE_AFTER_TARGET warning", "0 error(s), 1 warning(s)");
    String[] strict = run("validate", "--strict", file);
    assertThat(strict[0]).isEqualTo("1");
    assertThat(strict[1])
        .contains("EXCHANGE_TRANCHE_AFTER_TARGET error", "1 error(s), 0 warning(s)");
  }
}
