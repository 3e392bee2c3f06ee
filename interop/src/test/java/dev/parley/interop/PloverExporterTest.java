package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.interop.SampleData.Imported;
import dev.parley.interop.plover.PloverExporter;
import dev.parley.interop.plover.PloverImporter;
import dev.parley.record.ChronicleRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> export(List<Object> values) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PloverExporter out = PloverExporter.of(bytes)) {
      values.forEach(out::write);
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void writesOneEventPerCodeThroughTheCrosswalk() throws IOException {
    Imported r =
        SampleData.read(PloverImporter.jsonLines(ImportOptions.defaults()), "plover-sample.jsonl");
    List<JsonNode> events = export(r.values());
    assertThat(events)
        .extracting(
            e ->
                e.get("id").asText()
                    + " "
                    + e.get("event").get(0).asText()
                    + " "
                    + (e.has("mode") ? e.get("mode").get(0).asText() : "-"))
        .containsExactly(
            // mode aerial is not kept on import: it may be a missile, a drone or a bomb
            "plover:PLV-20250523-0001 ASSAULT -",
            "plover:PLV-20250523-0002 COERCE seize",
            "plover:PLV-20250523-0003 CONCEDE ceasefire",
            "plover:PLV-20250419-0004 RETREAT ceasefire",
            "plover:PLV-20250523-0005#directions[0] RETREAT release");
    JsonNode assault = events.get(0);
    assertThat(assault.get("date").asText()).isEqualTo("2025-05-23");
    assertThat(assault.get("dead").asLong()).isEqualTo(1);
    assertThat(assault.get("injured").asLong()).isEqualTo(8);
    assertThat(assault.get("source").get(0).get("code").asText()).isEqualTo("RUS");
    assertThat(assault.get("event_loc").get("cc3").asText()).isEqualTo("UKR");
    assertThat(assault.get("event_loc").get("longitude").asDouble()).isEqualTo(30.7233);
    JsonNode offer = events.get(2);
    assertThat(offer.get("source").get(0).get("code").asText()).isEqualTo("UKR");
    assertThat(offer.get("recipient").get(0).get("code").asText()).isEqualTo("RUS");
    JsonNode release = events.get(4);
    assertThat(release.get("source").get(0).get("identifier_id").asText())
        .isEqualTo("plover:actor:rus-gov");
    assertThat(release.get("recipient").get(0).get("identifier_id").asText())
        .isEqualTo("plover:actor:ukr-gov");
  }

  @Test
  void whatItWritesImportsBackAsTheSameKindsOfRecord() throws IOException {
    Imported first =
        SampleData.read(PloverImporter.jsonLines(ImportOptions.defaults()), "plover-sample.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PloverExporter out = PloverExporter.of(bytes)) {
      first.values().forEach(out::write);
    }
    List<Object> again = new ArrayList<>();
    ImportReport report =
        PloverImporter.jsonLines(ImportOptions.defaults())
            .read(
                new ByteArrayInputStream(bytes.toByteArray()),
                "again.jsonl",
                RecordSink.of(again::add));
    assertThat(report.errors()).isZero();
    assertThat(
            again.stream()
                .filter(ChronicleRecord.class::isInstance)
                .map(v -> ((ChronicleRecord) v).recordType()))
        .containsExactlyElementsOf(
            first.all(ChronicleRecord.class).stream().map(ChronicleRecord::recordType).toList());
  }
}
