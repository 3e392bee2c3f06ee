package dev.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.interop.SampleData.Imported;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.plover.PloverImporter;
import dev.parley.interop.ucdp.UcdpGedImporter;
import org.junit.jupiter.api.Test;

/** The rule codes of the import findings that the per-format tests do not name. */
class ImportRuleCodesTest {
  private static final String GED =
      "id,type_of_violence,side_a,where_prec,where_coordinates,latitude,longitude,"
          + "country_id,date_start,date_end,low,best,high,source_office,source_date";
  private static final String GOOD_GED =
      "1,1,Government of Ukraine,1,Kyiv,50.45,30.52,369,2025-01-01,2025-01-01,1,1,1,Reuters,2025-01-02";

  private static String codes(Imported r) {
    return String.join(
        ",",
        r.report().findings().stream()
            .map(f -> f.row() + ":" + f.column() + ":" + f.rule())
            .toList());
  }

  @Test
  void ucdpRowsBreakingEachRuleAreReported() {
    String text =
        String.join(
                "\n",
                GED,
                GOOD_GED,
                GOOD_GED.replaceFirst("^1,", ","),
                GOOD_GED
                    .replace("2025-01-01,2025-01-01", "yesterday,2025-01-01")
                    .replaceFirst("^1,", "3,"),
                GOOD_GED.replace(",1,Government", ",4,Government").replaceFirst("^1,", "4,"),
                GOOD_GED.replace("50.45,", "north,").replaceFirst("^1,", "5,"),
                GOOD_GED.replace(",1,1,1,Reuters", ",1,,3,Reuters").replaceFirst("^1,", "6,"),
                GOOD_GED.replace("2025-01-02", "2025-01-02;2025-01-03").replaceFirst("^1,", "7,"))
            + "\n";
    Imported r = AcledImporterTest.read(UcdpGedImporter.csv(ImportOptions.defaults()), text);
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly(
            "UCDP_ID_MISSING",
            "UCDP_DATE_INVALID",
            "UCDP_TYPE_INVALID",
            "UCDP_COORDINATES_INVALID",
            "UCDP_NUMBER_INVALID",
            "UCDP_SOURCE_DATE_UNREAD");
    assertThat(codes(r))
        .isEqualTo(
            "2:id:UCDP_ID_MISSING,3:date_start:UCDP_DATE_INVALID,"
                + "4:type_of_violence:UCDP_TYPE_INVALID,5:latitude:UCDP_COORDINATES_INVALID,6:best:UCDP_NUMBER_INVALID,"
                + "7:source_date:UCDP_SOURCE_DATE_UNREAD");
    assertThat(r.report().count("incident")).isEqualTo(2);
  }

  @Test
  void ploverLinesBreakingEachRuleAreReported() {
    String assault =
        "{\"id\":\"a\",\"date\":\"2025-05-20\",\"source\":[{\"code\":\"RUS\"}],\"recipient\":[{\"code\":\"UKR\"}],"
            + "\"event\":[\"ASSAULT\"],\"event_loc\":{\"name\":\"Kyiv\",\"country_code\":\"UA\"},\"dead\":2}";
    String text =
        String.join(
                "\n",
                assault,
                assault.replace("\"id\":\"a\"", "\"id\":\"\""),
                assault.replace("\"a\"", "\"b\"").replace("2025-05-20", "20/05/2025"),
                assault.replace("\"a\"", "\"c\"").replace("\"dead\":2", "\"dead\":\"dozens\""))
            + "\n";
    Imported r = AcledImporterTest.read(PloverImporter.jsonLines(ImportOptions.defaults()), text);
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly("PLOVER_ID_MISSING", "PLOVER_DATE_INVALID", "PLOVER_NUMBER_INVALID");
    assertThat(codes(r))
        .isEqualTo(
            "2:id:PLOVER_ID_MISSING,3:date:PLOVER_DATE_INVALID,4:dead:PLOVER_NUMBER_INVALID");
    assertThat(r.report().count("incident")).isEqualTo(2);
  }

  @Test
  void anUnreadableAcledTimestampIsDroppedWithAWarning() {
    Imported r =
        AcledImporterTest.read(
            AcledImporter.of(ImportOptions.defaults()),
            AcledImporterTest.HEADER
                + "\n"
                + AcledImporterTest.GOOD.replaceAll(",$", ",last week")
                + "\n");
    assertThat(r.report().findings())
        .extracting(ImportFinding::rule)
        .containsExactly("ACLED_TIMESTAMP_INVALID");
    assertThat(codes(r)).isEqualTo("1:timestamp:ACLED_TIMESTAMP_INVALID");
    assertThat(r.report().count("incident")).isEqualTo(1);
  }
}
