package dev.parley.interop.ucdp;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.parley.estimate.Estimate;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.incident.KilledShare;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.interop.Dataset;
import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportRun;
import dev.parley.interop.Importer;
import dev.parley.interop.RecordSink;
import dev.parley.interop.internal.BaseRun;
import dev.parley.interop.internal.Mapping;
import dev.parley.interop.internal.Row;
import dev.parley.interop.internal.RowError;
import dev.parley.interop.internal.Tables;
import dev.parley.interop.internal.Values;
import dev.parley.party.Party;
import dev.parley.party.PartyKind;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Imports the UCDP Georeferenced Event Dataset (GED) in its CSV layout (the 49 columns of recent
 * releases, named as in the GED codebook). Each row becomes an {@link Incident}: its date range,
 * its place with UCDP's location precision, its deaths as UCDP's low, best and high estimate, and
 * for one-sided violence ({@code type_of_violence} 3) its perpetrator, {@code side_a}.
 *
 * <pre>{@code
 * ImportReport report = UcdpGedImporter.csv(ImportOptions.defaults().withRelease("25.1"))
 *     .read(Files.newInputStream(file), "GEDEvent_v25_1.csv", sink);
 * }</pre>
 *
 * <p>Columns are found by header name, in any order. {@code country_id} is a Gleditsch-Ward number,
 * mapped to ISO 3166-1 through {@link GleditschWard}. The deaths per group ({@code deaths_a},
 * {@code deaths_b}, {@code deaths_civilians}, {@code deaths_unknown}) become the revision's {@link
 * CasualtyRevision#killedAmong()}, sides A and B as parties. The full mapping is in {@code
 * docs/interop.md}. Instances are immutable and thread-safe.
 */
public final class UcdpGedImporter implements Importer {
  /** The columns a header must have. */
  public static final Set<String> REQUIRED_COLUMNS =
      ImmutableSet.of(
          "id",
          "type_of_violence",
          "side_a",
          "where_prec",
          "latitude",
          "longitude",
          "country_id",
          "date_start",
          "date_end",
          "low",
          "best",
          "high");

  private static final String[] NOT_KEPT = {
    "relid",
    "conflict_name",
    "dyad_name",
    "number_of_sources",
    "source_article",
    "source_headline",
    "source_original",
    "where_description",
    "adm_2",
    "region",
    "event_clarity",
    "date_prec",
    "gwnoa",
    "gwnob"
  };

  private final ImportOptions options;

  private UcdpGedImporter(ImportOptions options) {
    this.options = requireNonNull(options, "options");
  }

  /**
   * Returns an importer of GED CSV files.
   *
   * @param options the options; the release, if given, is kept in provenance ("UCDP GED 25.1")
   * @return the importer, not null
   */
  public static UcdpGedImporter csv(ImportOptions options) {
    return new UcdpGedImporter(options);
  }

  /**
   * Returns {@link Dataset#UCDP_GED}.
   *
   * @return the dataset, not null
   */
  @Override
  public Dataset dataset() {
    return Dataset.UCDP_GED;
  }

  /**
   * Opens a run.
   *
   * @param sink where values go
   * @return a new run, not null
   */
  @Override
  public ImportRun open(RecordSink sink) {
    return new Run(options, sink);
  }

  private static final class Run extends BaseRun {
    Run(ImportOptions options, RecordSink sink) {
      super(options, sink);
    }

    @Override
    protected void readRows(InputStream in) throws IOException {
      readCsv(in, REQUIRED_COLUMNS);
    }

    @Override
    protected void map(Row row) {
      String id = Values.required(row, "id", "UCDP_ID_MISSING");
      RecordId recordId = Values.at("id", () -> RecordId.of("ucdp-ged:" + id));
      checkUnique(id, "id");
      LocalDate start =
          Values.day(row, "date_start", "UCDP_DATE_INVALID")
              .orElseThrow(
                  () -> new RowError("date_start", "UCDP_DATE_INVALID", "date_start is empty"));
      LocalDate end = Values.day(row, "date_end", "UCDP_DATE_INVALID").orElse(start);
      if (end.isBefore(start)) {
        throw new RowError(
            "date_end", "DATE_RANGE_ORDER", "date_end " + end + " is before date_start " + start);
      }
      ReportedDate date = ReportedDate.between(start, end);
      Place place = place(row);
      Estimate killed = estimate(row);
      OptionalLong type = Values.whole(row, "type_of_violence", "UCDP_TYPE_INVALID");
      if (type.isEmpty() || type.getAsLong() < 1 || type.getAsLong() > 3) {
        throw new RowError(
            "type_of_violence",
            "UCDP_TYPE_INVALID",
            "type_of_violence must be 1, 2 or 3, was \"" + row.get("type_of_violence") + "\"");
      }
      Optional<ReportedDate> published = Optional.empty();
      try {
        published = Values.day(row, "source_date", "UCDP_DATE_INVALID").map(ReportedDate::ofDay);
      } catch (RowError e) {
        if (!row.get("source_date").isEmpty()) {
          warn(
              "source_date",
              "UCDP_SOURCE_DATE_UNREAD",
              "source_date \"" + row.get("source_date") + "\" is not one day; not kept");
        }
      }
      Statement origin = Mapping.origin(Dataset.UCDP_GED, options, id, Optional.empty());
      List<Statement> provenance = new ArrayList<>();
      provenance.add(origin);
      Mapping.cited(row.get("source_office"), published).ifPresent(provenance::add);
      place(place);
      Incident.Builder b =
          Incident.builder()
              .id(recordId)
              .date(date)
              .place(place.id())
              .target(TargetType.OTHER)
              .provenance(provenance)
              .casualties(Casualties.of(revision(row, type.getAsLong(), date, killed, origin)));
      if (type.getAsLong() == 3) {
        String sideA = row.get("side_a");
        Optional<Party> perpetrator =
            Mapping.party(Dataset.UCDP_GED, sideA, Optional.of(PartyKind.ARMED_GROUP));
        perpetrator.ifPresent(
            p -> {
              party(p);
              b.perpetrator(
                  Perpetrator.builder()
                      .party(p.id())
                      .attribution(Attribution.ATTRIBUTED)
                      .addSources(origin)
                      .build());
            });
      }
      record(b.build());
      dropped(row, NOT_KEPT);
    }

    /**
     * The toll: UCDP's low, best and high, and the dead per group as {@code deaths_a} (side A's
     * combatants), {@code deaths_b} (side B's; in one-sided violence side B is the civilians, who
     * are counted in {@code deaths_civilians}), {@code deaths_civilians} and {@code
     * deaths_unknown}.
     */
    private CasualtyRevision revision(
        Row row, long type, ReportedDate date, Estimate killed, Statement origin) {
      List<KilledShare> shares = new ArrayList<>();
      // Side A of state-based violence is always a government; side B a government or a rebel
      // group; the sides of non-state violence and the perpetrator of one-sided violence are
      // organised armed groups unless named as governments.
      share(row, "side_a", "deaths_a", type == 1 ? PartyKind.STATE : PartyKind.ARMED_GROUP, shares);
      if (type != 3) {
        share(row, "side_b", "deaths_b", PartyKind.ARMED_GROUP, shares);
      }
      OptionalLong civilians = Values.whole(row, "deaths_civilians", "UCDP_NUMBER_INVALID");
      if (civilians.isPresent()) {
        shares.add(
            Values.at(
                "deaths_civilians",
                () -> KilledShare.civilians(Estimate.exact(civilians.getAsLong()))));
      }
      OptionalLong unknown = Values.whole(row, "deaths_unknown", "UCDP_NUMBER_INVALID");
      if (unknown.isPresent()) {
        shares.add(
            Values.at(
                "deaths_unknown",
                () -> KilledShare.unknownAffiliation(Estimate.exact(unknown.getAsLong()))));
      }
      return Values.at(
          "deaths_a",
          () ->
              CasualtyRevision.builder()
                  .date(date)
                  .killed(killed)
                  .killedAmong(shares)
                  .injured(Estimate.unknown())
                  .addSources(origin)
                  .build());
    }

    private void share(
        Row row, String sideColumn, String deathsColumn, PartyKind kind, List<KilledShare> shares) {
      OptionalLong deaths = Values.whole(row, deathsColumn, "UCDP_NUMBER_INVALID");
      if (deaths.isEmpty()) {
        if (!row.get(sideColumn).isBlank()) {
          dropped(row, sideColumn);
        }
        return;
      }
      Optional<Party> side =
          Mapping.party(Dataset.UCDP_GED, row.get(sideColumn), Optional.of(kind));
      if (side.isEmpty()) {
        dropped(row, deathsColumn);
        return;
      }
      party(side.get());
      shares.add(
          Values.at(
              deathsColumn,
              () -> KilledShare.ofSide(side.get().id(), Estimate.exact(deaths.getAsLong()))));
    }

    private static Estimate estimate(Row row) {
      OptionalLong low = Values.whole(row, "low", "UCDP_NUMBER_INVALID");
      OptionalLong best = Values.whole(row, "best", "UCDP_NUMBER_INVALID");
      OptionalLong high = Values.whole(row, "high", "UCDP_NUMBER_INVALID");
      if (low.isEmpty() && best.isEmpty() && high.isEmpty()) {
        return Estimate.unknown();
      }
      if (best.isEmpty()) {
        throw new RowError(
            "best", "UCDP_NUMBER_INVALID", "best is empty while low or high is given");
      }
      long b = best.getAsLong();
      long lo = low.orElse(b);
      long hi = high.orElse(b);
      if (lo == b && hi == b) {
        return Values.at("best", () -> Estimate.exact(b));
      }
      return Values.at(lo > b ? "low" : "high", () -> Estimate.range(lo, b, hi));
    }

    private Place place(Row row) {
      String key =
          row.get("country_id")
              + "|"
              + row.get("adm_1")
              + "|"
              + row.get("adm_2")
              + "|"
              + row.get("where_prec")
              + "|"
              + row.get("where_coordinates")
              + "|"
              + row.get("country")
              + "|"
              + row.get("latitude")
              + "|"
              + row.get("longitude");
      return place(key, () -> makePlace(row));
    }

    private Place makePlace(Row row) {
      OptionalLong gw = Values.whole(row, "country_id", "UCDP_COUNTRY_UNKNOWN");
      if (gw.isEmpty()) {
        throw new RowError("country_id", "UCDP_COUNTRY_UNKNOWN", "country_id is empty");
      }
      int number = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, gw.getAsLong()));
      CountryCode country =
          GleditschWard.country(number)
              .orElseThrow(
                  () ->
                      new RowError(
                          "country_id",
                          "UCDP_COUNTRY_UNKNOWN",
                          "country_id "
                              + number
                              + GleditschWard.name(number)
                                  .map(n -> " (" + n + ") has no ISO 3166-1 code")
                                  .orElse(" is not a Gleditsch-Ward state number")));
      String adm1 = row.get("adm_1");
      Optional<RegionCode> region = Tables.region(country.value(), adm1);
      OptionalLong wp = Values.whole(row, "where_prec", "UCDP_WHERE_PREC_INVALID");
      if (wp.isEmpty() || wp.getAsLong() < 1 || wp.getAsLong() > 7) {
        throw new RowError(
            "where_prec",
            "UCDP_WHERE_PREC_INVALID",
            "where_prec must be 1 to 7, was \"" + row.get("where_prec") + "\"");
      }
      LocationPrecision precision;
      switch ((int) wp.getAsLong()) {
        case 1:
          precision = LocationPrecision.SETTLEMENT;
          break;
        case 2:
          precision = LocationPrecision.NEAR_SETTLEMENT;
          break;
        case 3:
        case 4:
          if (region.isPresent()) {
            precision = LocationPrecision.REGION;
          } else {
            precision = LocationPrecision.COUNTRY;
            warn(
                "adm_1",
                "IMPORT_REGION_UNRESOLVED",
                "where_prec "
                    + wp.getAsLong()
                    + " places the event in adm_1 \""
                    + adm1
                    + "\", which has no ISO 3166-2 code in Parley's table; the place is located to its country");
          }
          break;
        case 6:
          precision = LocationPrecision.COUNTRY;
          break;
        default:
          precision = LocationPrecision.COUNTRY;
          warn(
              "where_prec",
              "UCDP_PRECISION_COARSENED",
              "where_prec "
                  + wp.getAsLong()
                  + (wp.getAsLong() == 5
                      ? " (a linear feature or area larger than a region)"
                      : " (international waters or airspace)")
                  + " has no Parley precision; the place is located to its country");
          break;
      }
      Optional<Coordinates> coordinates =
          Values.coordinates(row, "latitude", "longitude", "UCDP_COORDINATES_INVALID");
      String name =
          firstNonEmpty(
              row.get("where_coordinates"),
              row.get("adm_2"),
              adm1,
              row.get("country"),
              country.displayName());
      LocationPrecision p = precision;
      return Values.at(
          "where_coordinates",
          () -> Mapping.place(Dataset.UCDP_GED, country, region, name, coordinates, p));
    }

    private static String firstNonEmpty(String... values) {
      for (String v : values) {
        if (!v.isEmpty()) {
          return v;
        }
      }
      return "";
    }
  }
}
