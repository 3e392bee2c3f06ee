package dev.parley.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated rows in the layouts of ACLED exports, UCDP GED and PLOVER JSON Lines, with a fixed
 * seed: a pool of places and actors, every event type the importers map and some they count as
 * outside the domain, notes with commas and line breaks, empty fatalities. Written with Jackson's
 * generators, one row at a time, so that files of any size stream out.
 */
public final class InteropData {
  /** The ACLED export columns, in ACLED's order. */
  public static final List<String> ACLED_COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  /** The 49 UCDP GED columns. */
  public static final List<String> GED_COLUMNS =
      List.of(
          "id",
          "relid",
          "year",
          "active_year",
          "code_status",
          "type_of_violence",
          "conflict_dset_id",
          "conflict_new_id",
          "conflict_name",
          "dyad_dset_id",
          "dyad_new_id",
          "dyad_name",
          "side_a_dset_id",
          "side_a_new_id",
          "side_a",
          "side_b_dset_id",
          "side_b_new_id",
          "side_b",
          "number_of_sources",
          "source_article",
          "source_office",
          "source_date",
          "source_headline",
          "source_original",
          "where_prec",
          "where_coordinates",
          "where_description",
          "adm_1",
          "adm_2",
          "latitude",
          "longitude",
          "geom_wkt",
          "priogrid_gid",
          "country",
          "country_id",
          "region",
          "event_clarity",
          "date_prec",
          "date_start",
          "date_end",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "high",
          "low",
          "gwnoa",
          "gwnob");

  private static final String[] REGIONS = {
    "Kharkiv", "Donetsk", "Zaporizhia", "Kherson", "Sumy", "Dnipropetrovsk", "Odesa", "Luhansk"
  };
  private static final String[][] EVENTS = {
    {"Battles", "Armed clash"},
    {"Battles", "Armed clash"},
    {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
    {"Explosions/Remote violence", "Air/drone strike"},
    {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
    {"Violence against civilians", "Attack"},
    {"Battles", "Non-state actor overtakes territory"},
    {"Battles", "Government regains territory"},
    {"Protests", "Peaceful protest"},
    {"Strategic developments", "Looting/property destruction"},
  };
  private static final String[] ACTORS = {
    "Military Forces of Russia (2000-)",
    "Military Forces of Ukraine (2019-)",
    "Police Forces of Ukraine (2019-)",
    "Unidentified Armed Group (Ukraine)",
    "Wagner Group"
  };

  private InteropData() {}

  /**
   * Writes an ACLED-layout CSV file: UTF-8 with a byte order mark, CRLF line ends.
   *
   * @param out where the bytes go; not closed
   * @param rows the number of rows
   * @param seed the random seed
   */
  public static void writeAcled(OutputStream out, long rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    try {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CsvSchema.Builder schema = CsvSchema.builder();
      ACLED_COLUMNS.forEach(schema::addColumn);
      CsvGenerator g = new CsvFactory().createGenerator(w);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setSchema(schema.build().withHeader().withLineSeparator("\r\n"));
      LocalDate start = LocalDate.of(2022, 2, 24);
      for (long i = 0; i < rows; i++) {
        String[] e = EVENTS[r.nextInt(EVENTS.length)];
        int place = r.nextInt(2000);
        String region = REGIONS[place % REGIONS.length];
        String actor = ACTORS[r.nextInt(ACTORS.length)];
        LocalDate day = start.plusDays(r.nextInt(1200));
        int fatalities = r.nextInt(10) < 6 ? 0 : r.nextInt(40);
        g.writeStartArray();
        g.writeString("UKR" + (100000 + i));
        g.writeString(day.toString());
        g.writeString(Integer.toString(day.getYear()));
        g.writeString(Integer.toString(1 + (r.nextInt(10) == 0 ? 1 : 0)));
        g.writeString(e[0].equals("Protests") ? "Demonstrations" : "Political violence");
        g.writeString(e[0]);
        g.writeString(e[1]);
        g.writeString(e[0].equals("Protests") ? "Protesters (Ukraine)" : actor);
        g.writeString("");
        g.writeString(
            actor.startsWith("Military Forces of Russia")
                ? "External/Other forces"
                : actor.startsWith("Wagner") ? "Political militia" : "State forces");
        g.writeString("Civilians (Ukraine)");
        g.writeString("");
        g.writeString("Civilians");
        g.writeString("External/Other forces-Civilians");
        g.writeString(r.nextInt(3) == 0 ? "Civilian targeting" : "");
        g.writeString("804");
        g.writeString("Europe");
        g.writeString("Ukraine");
        g.writeString(region);
        g.writeString(region + "skyi");
        g.writeString("");
        g.writeString("Settlement " + place);
        g.writeString(Double.toString(46 + (place % 500) / 100.0));
        g.writeString(Double.toString(30 + (place % 700) / 100.0));
        g.writeString(Integer.toString(1 + place % 2));
        g.writeString("Ukrainska Pravda; Kyiv Independent");
        g.writeString("National");
        g.writeString(
            "On "
                + day
                + ", forces of "
                + actor
                + " struck settlement "
                + place
                + ", in "
                + region
                + (r.nextInt(4) == 0
                    ? ".\nLocal officials reported damage to homes, a school and a shop."
                    : "."));
        g.writeString(r.nextInt(20) == 0 ? "" : Integer.toString(fatalities));
        g.writeString("");
        g.writeString(Long.toString(1_700_000_000L + i));
        g.writeEndArray();
      }
      g.flush();
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a UCDP GED CSV file.
   *
   * @param out where the bytes go; not closed
   * @param rows the number of rows
   * @param seed the random seed
   */
  public static void writeGed(OutputStream out, long rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CsvSchema.Builder schema = CsvSchema.builder();
      GED_COLUMNS.forEach(schema::addColumn);
      CsvGenerator g = new CsvFactory().createGenerator(w);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setSchema(schema.build().withHeader().withLineSeparator("\n"));
      LocalDate start = LocalDate.of(2022, 2, 24);
      for (long i = 0; i < rows; i++) {
        int place = r.nextInt(2000);
        String region = REGIONS[place % REGIONS.length];
        LocalDate day = start.plusDays(r.nextInt(1200));
        int best = r.nextInt(30);
        int low = Math.max(0, best - r.nextInt(3));
        int high = best + r.nextInt(5);
        boolean oneSided = r.nextInt(5) == 0;
        String[] v = new String[GED_COLUMNS.size()];
        java.util.Arrays.fill(v, "");
        put(v, "id", Long.toString(1_000_000 + i));
        put(v, "relid", "UKR-" + day.getYear() + "-1-" + i);
        put(v, "year", Integer.toString(day.getYear()));
        put(v, "active_year", "1");
        put(v, "code_status", "Clear");
        put(v, "type_of_violence", oneSided ? "3" : "1");
        put(v, "conflict_name", "Russia - Ukraine");
        put(v, "dyad_name", "Government of Russia (Soviet Union) - Government of Ukraine");
        put(v, "side_a", "Government of Russia (Soviet Union)");
        put(v, "side_b", oneSided ? "Civilians" : "Government of Ukraine");
        put(v, "number_of_sources", "2");
        put(v, "source_article", "\"Strike on settlement " + place + "\",Reuters," + day);
        put(v, "source_office", "Reuters;Ukrainska Pravda");
        put(v, "source_date", day + " 00:00:00.000");
        put(v, "where_prec", Integer.toString(1 + place % 2));
        put(v, "where_coordinates", "Settlement " + place + " village");
        put(v, "adm_1", region + " oblast");
        put(v, "latitude", Double.toString(46 + (place % 500) / 100.0));
        put(v, "longitude", Double.toString(30 + (place % 700) / 100.0));
        put(v, "country", "Ukraine");
        put(v, "country_id", "369");
        put(v, "region", "Europe");
        put(v, "event_clarity", "1");
        put(v, "date_prec", "1");
        put(v, "date_start", day + " 00:00:00.000");
        put(v, "date_end", day + " 00:00:00.000");
        put(v, "deaths_a", "0");
        put(v, "deaths_b", Integer.toString(best / 2));
        put(v, "deaths_civilians", Integer.toString(best - best / 2));
        put(v, "deaths_unknown", "0");
        put(v, "best", Integer.toString(best));
        put(v, "high", Integer.toString(high));
        put(v, "low", Integer.toString(low));
        put(v, "gwnoa", "365");
        put(v, "gwnob", oneSided ? "" : "369");
        g.writeStartArray();
        for (String s : v) {
          g.writeString(s);
        }
        g.writeEndArray();
      }
      g.flush();
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(String[] v, String column, String value) {
    v[GED_COLUMNS.indexOf(column)] = value;
  }

  /**
   * Writes PLOVER JSON Lines: assaults, seizures, ceasefire offers, releases, and CONSULT events
   * outside the domain.
   *
   * @param out where the bytes go; not closed
   * @param rows the number of lines
   * @param seed the random seed
   */
  public static void writePlover(OutputStream out, long rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[][] kinds = {
      {"ASSAULT", "aerial"},
      {"ASSAULT", "explosives"},
      {"COERCE", "seize"},
      {"CONCEDE", "ceasefire"},
      {"RETREAT", "release"},
      {"CONSULT", ""}
    };
    try {
      JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      LocalDate start = LocalDate.of(2022, 2, 24);
      for (long i = 0; i < rows; i++) {
        String[] k = kinds[r.nextInt(kinds.length)];
        int place = r.nextInt(2000);
        g.writeStartObject();
        g.writeStringField("id", "PLV-" + i);
        g.writeStringField("date", start.plusDays(r.nextInt(1200)).toString());
        g.writeArrayFieldStart("source");
        g.writeStartObject();
        g.writeStringField("code", "RUS");
        g.writeStringField(
            "sector", k[0].equals("ASSAULT") || k[0].equals("COERCE") ? "MIL" : "GOV");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("recipient");
        g.writeStartObject();
        g.writeStringField("code", "UKR");
        g.writeStringField("sector", "GOV");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("event");
        g.writeString(k[0]);
        g.writeEndArray();
        if (!k[1].isEmpty()) {
          g.writeArrayFieldStart("mode");
          g.writeString(k[1]);
          g.writeEndArray();
        }
        g.writeObjectFieldStart("event_loc");
        g.writeStringField("name", "Settlement " + place);
        g.writeNumberField("latitude", 46 + (place % 500) / 100.0);
        g.writeNumberField("longitude", 30 + (place % 700) / 100.0);
        g.writeStringField("feature_class", "P");
        g.writeStringField("country_code", "UA");
        g.writeEndObject();
        if (k[0].equals("ASSAULT")) {
          g.writeNumberField("dead", r.nextInt(10));
        }
        g.writeStringField("text", "Generated event " + i + ", for benchmarks.");
        g.writeEndObject();
        g.writeRaw('\n');
      }
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a generated file as bytes.
   *
   * @param format {@code acled}, {@code ucdp} or {@code plover}
   * @param rows the number of rows
   * @return the bytes
   */
  public static byte[] bytes(String format, int rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (format) {
      case "acled":
        writeAcled(out, rows, 42);
        break;
      case "ucdp":
        writeGed(out, rows, 42);
        break;
      default:
        writePlover(out, rows, 42);
        break;
    }
    return out.toByteArray();
  }
}
