package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.csv.CsvExporter;
import dev.parley.interop.ucdp.UcdpGedImporter;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import, write Parley NDJSON, read it back, export CSV: each source column arrives in its column.
 */
class RoundTripTest {
  private static Path roundTrip(Importer importer, String file, Path dir) throws IOException {
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (NdjsonWriter w = ParleyJson.defaults().ndjsonWriter(ndjson);
        InputStream in = SampleData.open(file)) {
      importer.read(in, file, RecordSink.of(w::write));
    }
    try (NdjsonReader r =
            ParleyJson.defaults().ndjsonReader(ndjson.toByteArray(), ErrorMode.FAIL_FAST);
        CsvExporter out = CsvExporter.toDirectory(dir)) {
      r.forEachRemaining(rec -> out.write(rec.value()));
    }
    return dir;
  }

  private static List<Map<String, String>> source(String file) throws IOException {
    try (InputStream in = SampleData.open(file);
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      List<Map<String, String>> rows = it.readAll();
      // The byte order mark is part of the first header name when read without the importer.
      rows.forEach(
          r -> {
            Map<String, String> copy = new HashMap<>(r);
            copy.forEach((k, v) -> r.put(k.replace("\uFEFF", ""), v));
          });
      return rows;
    }
  }

  @Test
  void acledColumnsArriveInTheirCsvColumns(@TempDir Path dir) throws IOException {
    roundTrip(AcledImporter.of(ImportOptions.defaults()), "acled-sample.csv", dir);
    Map<String, Map<String, String>> incidents =
        CsvExporterTest.table(dir.resolve("incidents.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
    int checked = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Map<String, String> row : source("acled-sample.csv")) {
      Map<String, String> out = incidents.get("acled:" + row.get("event_id_cnty"));
      if (out == null || !seen.add(row.get("event_id_cnty"))) {
        continue; // outside the domain, not imported, or the second copy of an id
      }
      checked++;
      String id = row.get("event_id_cnty");
      assertThat(out.get("date_start")).as(id).startsWith(row.get("event_date").substring(0, 7));
      assertThat(out.get("place_name")).as(id).isEqualTo(row.get("location"));
      assertThat(out.get("latitude"))
          .as(id)
          .isEqualTo(
              row.get("latitude").isEmpty()
                  ? ""
                  : Double.toString(Double.parseDouble(row.get("latitude"))));
      assertThat(out.get("longitude"))
          .as(id)
          .isEqualTo(
              row.get("longitude").isEmpty()
                  ? ""
                  : Double.toString(Double.parseDouble(row.get("longitude"))));
      assertThat(out.get("killed_low")).as(id).isEqualTo(row.get("fatalities"));
      assertThat(out.get("killed_kind"))
          .as(id)
          .isEqualTo(row.get("fatalities").isEmpty() ? "unknown" : "at_least");
      assertThat(out.get("killed_best")).as(id).isEmpty();
      assertThat(out.get("injured_kind")).as(id).isEqualTo("unknown");
      assertThat(out.get("source_outlets")).as(id).isEqualTo("ACLED|" + row.get("source"));
      assertThat(out.get("source_links")).as(id).isEqualTo("acled:" + id);
      assertThat(out.get("location_precision"))
          .as(id)
          .isEqualTo(
              row.get("geo_precision").equals("1")
                  ? "settlement"
                  : row.get("geo_precision").equals("2") ? "near_settlement" : "country");
      if (row.get("event_type").equals("Battles")) {
        assertThat(out.get("target")).as(id).isEqualTo("military");
        assertThat(out.get("perpetrator_id")).as(id).isEmpty();
      } else {
        assertThat(out.get("perpetrator_name")).as(id).isEqualTo(row.get("actor1"));
      }
      if (row.get("time_precision").equals("1")) {
        assertThat(out.get("date")).as(id).isEqualTo(row.get("event_date"));
        assertThat(out.get("date_precision")).as(id).isEqualTo("day");
      }
    }
    assertThat(checked).isEqualTo(8);
  }

  @Test
  void ucdpColumnsArriveInTheirCsvColumns(@TempDir Path dir) throws IOException {
    roundTrip(UcdpGedImporter.csv(ImportOptions.defaults()), "ucdp-ged-sample.csv", dir);
    Map<String, Map<String, String>> incidents =
        CsvExporterTest.table(dir.resolve("incidents.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
    int checked = 0;
    for (Map<String, String> row : source("ucdp-ged-sample.csv")) {
      Map<String, String> out = incidents.get("ucdp-ged:" + row.get("id"));
      if (out == null) {
        continue;
      }
      checked++;
      String id = row.get("id");
      assertThat(out.get("date_start")).as(id).isEqualTo(row.get("date_start").substring(0, 10));
      assertThat(out.get("date_end")).as(id).isEqualTo(row.get("date_end").substring(0, 10));
      assertThat(out.get("place_name")).as(id).isEqualTo(row.get("where_coordinates"));
      assertThat(out.get("latitude")).as(id).isEqualTo(row.get("latitude"));
      assertThat(out.get("longitude")).as(id).isEqualTo(row.get("longitude"));
      assertThat(out.get("killed_low")).as(id).isEqualTo(row.get("low"));
      assertThat(out.get("killed_best")).as(id).isEqualTo(row.get("best"));
      assertThat(out.get("killed_high")).as(id).isEqualTo(row.get("high"));
      assertThat(out.get("source_links")).as(id).isEqualTo("ucdp-ged:" + id);
      assertThat(out.get("perpetrator_name"))
          .as(id)
          .isEqualTo(row.get("type_of_violence").equals("3") ? row.get("side_a") : "");
    }
    assertThat(checked).isEqualTo(5);
  }
}
