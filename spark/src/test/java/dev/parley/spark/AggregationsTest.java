package dev.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.chronicle.CasualtySummary;
import dev.parley.chronicle.Chronicle;
import dev.parley.exchange.Agreement;
import dev.parley.incident.Incident;
import dev.parley.place.Place;
import dev.parley.place.RegionCode;
import dev.parley.territory.Assessment;
import dev.parley.testing.ChronicleGen;
import dev.parley.time.ReportedDate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each aggregation against the single-JVM query on the same generated chronicle. */
class AggregationsTest {
  @TempDir static Path dir;
  static Chronicle chronicle;
  static ParleyData data;

  @BeforeAll
  static void read() {
    // a planted chronicle: duplicate ids and revisions must be resolved as the chronicle does
    chronicle = ChronicleGen.plant(ChronicleGen.chronicle(2025, 160), 9);
    List<Path> files = SparkTests.files(dir, chronicle);
    data =
        ParleySpark.read(
                SparkTests.spark(), files.stream().map(Path::toString).toArray(String[]::new))
            .cache();
  }

  @AfterAll
  static void release() {
    data.unpersist();
  }

  @Test
  void fulfilmentPerAgreementAsOfADay() {
    LocalDate asOf = ChronicleGen.EPOCH.plusDays(400);
    Map<Object, Object> spark = new HashMap<>();
    for (Row r : data.fulfilment(asOf).collectAsList()) {
      spark.put(r.getAs("agreement"), SparkTests.plain(r));
    }
    Map<Object, Object> jvm = new HashMap<>();
    for (Agreement a : chronicle.records(Agreement.class)) {
      chronicle
          .exchanges()
          .fulfilment(a.id(), asOf)
          .ifPresent(f -> jvm.put(a.id().value(), SparkTests.plain(Aggregations.fulfilmentRow(f))));
    }
    assertThat(jvm).isNotEmpty();
    assertThat(jvm.values().stream().filter(f -> !((List<?>) ((List<?>) f).get(2)).isEmpty()))
        .isNotEmpty();
    assertThat(spark).isEqualTo(jvm);
  }

  @Test
  void casualtiesPerRegionPerMonthSumLowBestAndHighApart() {
    Map<String, Object> spark = new HashMap<>();
    for (Row r : data.casualtiesByRegionAndMonth().collectAsList()) {
      LocalDate month = ((java.sql.Date) r.getAs("month")).toLocalDate();
      spark.put(
          r.getAs("region") + " " + YearMonth.from(month),
          SparkTests.plain(List.of(r.getAs("incidents"), r.getAs("killed"), r.getAs("injured"))));
    }
    Set<RegionCode> regions = new HashSet<>();
    chronicle.places().forEach(p -> p.region().ifPresent(regions::add));
    Set<YearMonth> months = new HashSet<>();
    for (Incident i : chronicle.records(Incident.class)) {
      for (YearMonth m = YearMonth.from(i.date().start());
          !m.isAfter(YearMonth.from(i.date().end()));
          m = m.plusMonths(1)) {
        months.add(m);
      }
    }
    Map<String, Object> jvm = new HashMap<>();
    for (RegionCode region : regions) {
      for (YearMonth m : months) {
        CasualtySummary s = chronicle.incidents().casualties(ReportedDate.ofMonth(m), region);
        if (!s.incidents().isEmpty()) {
          jvm.put(
              region + " " + m,
              SparkTests.plain(
                  List.of(
                      (long) s.incidents().size(),
                      RowCodec.estimate(s.killed()),
                      RowCodec.estimate(s.injured()))));
        }
      }
    }
    assertThat(jvm).hasSizeGreaterThan(3);
    assertThat(jvm.values().toString()).contains("range").contains("exact").contains("approximate");
    assertThat(spark).isEqualTo(jvm);
  }

  @Test
  void proposalStatusPerDay() {
    LocalDate from = ChronicleGen.EPOCH;
    LocalDate to = from.plusDays(200);
    ZoneId zone = ZoneId.of("Europe/Kyiv");
    Set<String> spark = new HashSet<>();
    for (Row r : data.proposalStatusPerDay(from, to, zone).collectAsList()) {
      spark.add(r.getAs("proposal") + " " + r.getAs("day") + " " + r.getAs("status"));
    }
    Set<String> jvm = new HashSet<>();
    for (CeasefireProposal p : chronicle.records(CeasefireProposal.class)) {
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        LocalDate day = d;
        chronicle
            .ceasefires()
            .status(p.id(), Aggregations.endOfDay(d, zone))
            .ifPresent(
                s ->
                    jvm.add(
                        p.id() + " " + day + " " + s.name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    assertThat(jvm.stream().map(s -> s.substring(s.lastIndexOf(' ') + 1)).distinct().count())
        .isGreaterThan(1);
    assertThat(spark).isEqualTo(jvm);
  }

  @Test
  void controllerPerPlacePerDay() {
    LocalDate from = ChronicleGen.EPOCH;
    LocalDate to = from.plusDays(220);
    Set<String> spark = new HashSet<>();
    for (Row r : data.controllerPerPlacePerDay(from, to).collectAsList()) {
      Row c = r.getAs("controller");
      spark.add(
          r.getAs("place")
              + " "
              + r.getAs("day")
              + " "
              + c.getAs("kind")
              + " "
              + c.getAs("party")
              + " "
              + r.getAs("assessment"));
    }
    Set<String> jvm = new HashSet<>();
    for (Place p : ChronicleGen.PLACES) {
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        Optional<Assessment> a = chronicle.territory().latestAssessment(p.id(), d);
        if (a.isPresent()) {
          jvm.add(
              p.id()
                  + " "
                  + d
                  + " "
                  + a.get().controller().kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + a.get().controller().party().map(Object::toString).orElse(null)
                  + " "
                  + a.get().id());
        }
      }
    }
    assertThat(jvm).isNotEmpty();
    assertThat(spark).isEqualTo(jvm);
  }
}
