package dev.parley.interop.acled;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.parley.estimate.Estimate;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.interop.Dataset;
import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportRun;
import dev.parley.interop.Importer;
import dev.parley.interop.RecordSink;
import dev.parley.interop.internal.BaseRun;
import dev.parley.interop.internal.JsonRows;
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
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Imports ACLED event exports: CSV files as downloaded from ACLED's export tool (byte order mark,
 * Windows line ends, quoted notes with line breaks and all), and the JSON rows of ACLED's API.
 *
 * <pre>{@code
 * ImportReport report = AcledImporter.of(ImportOptions.defaults())
 *     .read(Files.newInputStream(file), "ukraine.csv", RecordSink.of(writer::write));
 * }</pre>
 *
 * <p>Columns are found by header name, in any order, and extra columns are ignored. Battles,
 * explosions/remote violence and violence against civilians become {@link Incident}s; the
 * sub-events "Non-state actor overtakes territory", "Government regains territory" and "Non-violent
 * transfer of territory" become {@link TerritorialClaim}s by the actor that took the territory
 * (battles among them are incidents as well). Other events (protests, riots, most strategic
 * developments) are counted as outside Parley's domain; "Agreement" rows are counted there too,
 * with a warning, since their notes are free text. Fatalities, which ACLED codes conservatively
 * (the lowest reported figure, and 0 when no figure is reported), become {@link Estimate#atLeast}
 * the coded figure. The full mapping, and what is not kept, is in {@code docs/interop.md}.
 * Instances are immutable and thread-safe.
 */
public final class AcledImporter implements Importer {
  /** The columns a CSV header must have. */
  public static final Set<String> REQUIRED_COLUMNS =
      ImmutableSet.of(
          "event_id_cnty",
          "event_date",
          "time_precision",
          "event_type",
          "sub_event_type",
          "actor1",
          "country",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "fatalities");

  private static final Set<String> VIOLENT =
      ImmutableSet.of("Battles", "Explosions/Remote violence", "Violence against civilians");
  private static final Map<String, ClaimKind> TERRITORY =
      ImmutableMap.of(
          "Non-state actor overtakes territory", ClaimKind.CAPTURED,
          "Government regains territory", ClaimKind.LIBERATED,
          "Non-violent transfer of territory", ClaimKind.CAPTURED);
  private static final Map<String, WeaponType> WEAPONS =
      ImmutableMap.of(
          "Remote explosive/landmine/IED", WeaponType.EXPLOSIVE_DEVICE,
          "Suicide bomb", WeaponType.EXPLOSIVE_DEVICE,
          "Grenade", WeaponType.EXPLOSIVE_DEVICE,
          "Chemical weapon", WeaponType.OTHER);
  private static final Map<String, PartyKind> INTER =
      ImmutableMap.<String, PartyKind>builder()
          .put("1", PartyKind.STATE)
          .put("state forces", PartyKind.STATE)
          .put("2", PartyKind.ARMED_GROUP)
          .put("rebel group", PartyKind.ARMED_GROUP)
          .put("3", PartyKind.ARMED_GROUP)
          .put("political militia", PartyKind.ARMED_GROUP)
          .put("4", PartyKind.ARMED_GROUP)
          .put("identity militia", PartyKind.ARMED_GROUP)
          .build();
  private static final String[] NOT_KEPT = {
    "disorder_type",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "admin2",
    "admin3",
    "source_scale",
    "notes",
    "tags"
  };

  private final ImportOptions options;

  private AcledImporter(ImportOptions options) {
    this.options = requireNonNull(options, "options");
  }

  /**
   * Returns an importer of ACLED files: CSV exports, and the API's JSON (the response object with
   * its {@code data} array, or a bare array of rows, values as strings or numbers). Each file is
   * told apart by its first character other than white space or a byte order mark: {@code &#123;}
   * or {@code [} is JSON, anything else CSV; one run may read both.
   *
   * @param options the options
   * @return the importer, not null
   */
  public static AcledImporter of(ImportOptions options) {
    return new AcledImporter(options);
  }

  /**
   * Returns {@link Dataset#ACLED}.
   *
   * @return the dataset, not null
   */
  @Override
  public Dataset dataset() {
    return Dataset.ACLED;
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
    /** Parties by name and coded kind: rows repeat them. */
    private final Map<String, Optional<Party>> parties = boundedCache();

    Run(ImportOptions options, RecordSink sink) {
      super(options, sink);
    }

    @Override
    protected void readRows(InputStream raw) throws IOException {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      if (isJson(in)) {
        try (JsonRows rows = JsonRows.open(in)) {
          while (true) {
            Row r;
            try {
              r = rows.next();
            } catch (IOException e) {
              fileError(rows.rowNumber() + 1, "JSON_MALFORMED", describe(e));
              return;
            }
            if (r == null) {
              return;
            }
            row(r);
          }
        }
      }
      readCsv(in, REQUIRED_COLUMNS);
    }

    /** Whether the first character other than white space or a byte order mark opens JSON. */
    private static boolean isJson(BufferedInputStream in) throws IOException {
      in.mark(4096);
      try {
        for (int i = 0; i < 4096; i++) {
          int b = in.read();
          if (b == '{' || b == '[') {
            return true;
          }
          if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB
              || b == 0xBF)) {
            return false;
          }
        }
        return false;
      } finally {
        in.reset();
      }
    }

    @Override
    protected void map(Row row) {
      String id = Values.required(row, "event_id_cnty", "ACLED_ID_MISSING");
      RecordId recordId = Values.at("event_id_cnty", () -> RecordId.of("acled:" + id));
      checkUnique(id, "event_id_cnty");
      String eventType = row.get("event_type");
      String sub = row.get("sub_event_type");
      ClaimKind claimKind = TERRITORY.get(sub);
      boolean violent = VIOLENT.contains(eventType);
      if (claimKind == null && !violent) {
        if (sub.equals("Agreement")) {
          warn(
              "sub_event_type",
              "ACLED_AGREEMENT_NOT_MAPPED",
              "an Agreement event is not mapped: its notes are free text, which cannot be read into an agreement or talks record reliably");
        }
        outsideDomain();
        return;
      }
      ReportedDate date = date(row);
      Place place = place(row);
      Optional<ReportedDate> published = published(row);
      Statement origin = Mapping.origin(Dataset.ACLED, options, id, published);
      List<Statement> provenance = new ArrayList<>();
      provenance.add(origin);
      Mapping.cited(row.get("source"), Optional.empty()).ifPresent(provenance::add);
      OptionalLong fatalities = Values.whole(row, "fatalities", "ACLED_NUMBER_INVALID");
      if (fatalities.isPresent() && fatalities.getAsLong() < 0) {
        throw new RowError(
            "fatalities",
            "ACLED_NUMBER_INVALID",
            "fatalities must be zero or more, was " + fatalities.getAsLong());
      }
      String actor1 = row.get("actor1");
      Optional<PartyKind> coded =
          Optional.ofNullable(INTER.get(row.get("inter1").toLowerCase(java.util.Locale.ROOT)));
      if (claimKind != null && coded.isEmpty()) {
        // The sub-event itself says who took the territory.
        coded =
            sub.startsWith("Government")
                ? Optional.of(PartyKind.STATE)
                : sub.startsWith("Non-state")
                    ? Optional.of(PartyKind.ARMED_GROUP)
                    : Optional.empty();
      }
      Optional<PartyKind> kind = coded;
      Optional<Party> party =
          parties.computeIfAbsent(
              actor1 + "|" + kind.map(Enum::name).orElse(""),
              k -> Mapping.party(Dataset.ACLED, actor1, kind));
      place(place);
      boolean battle = eventType.equals("Battles");
      if (claimKind != null) {
        if (party.isEmpty()) {
          throw new RowError(
              "actor1",
              "ACLED_ACTOR_KIND_UNKNOWN",
              "the actor that took the territory, \""
                  + actor1
                  + "\", is not a state, armed group or organisation by its name or inter1 code");
        }
        party(party.get());
        record(
            TerritorialClaim.builder()
                .id(violent ? RecordId.of(recordId.value() + ":claim") : recordId)
                .claimant(party.get().id())
                .subject(ClaimSubject.place(place.id()))
                .kind(claimKind)
                .means(sub.startsWith("Non-violent") ? ClaimMeans.NON_VIOLENT : ClaimMeans.ARMED)
                .asOf(date)
                .provenance(provenance)
                .build());
      }
      if (violent) {
        Incident.Builder b =
            Incident.builder()
                .id(recordId)
                .date(date)
                .place(place.id())
                .target(battle ? TargetType.MILITARY : TargetType.OTHER)
                .provenance(provenance);
        Optional.ofNullable(WEAPONS.get(sub)).ifPresent(b::weapon);
        if (!battle) {
          if (party.isPresent()) {
            party(party.get());
            b.perpetrator(
                Perpetrator.builder()
                    .party(party.get().id())
                    .attribution(Attribution.ATTRIBUTED)
                    .addSources(origin)
                    .build());
          } else if (!actor1.isEmpty()) {
            warn(
                "actor1",
                "ACLED_ACTOR_KIND_UNKNOWN",
                "the perpetrator \""
                    + actor1
                    + "\" is not kept: it is not a state, armed group or organisation by its name or inter1 code");
          }
        } else if (claimKind == null) {
          dropped(row, "actor1");
        }
        if (fatalities.isPresent()) {
          b.casualties(
              Casualties.of(
                  CasualtyRevision.builder()
                      .date(published.orElse(date))
                      .killed(Estimate.atLeast(fatalities.getAsLong()))
                      .injured(Estimate.unknown())
                      .addSources(origin)
                      .build()));
        }
        record(b.build());
      } else if (fatalities.isPresent() && fatalities.getAsLong() > 0) {
        dropped(row, "fatalities");
      }
      dropped(row, NOT_KEPT);
    }

    private static ReportedDate date(Row row) {
      LocalDate day =
          Values.day(row, "event_date", "ACLED_DATE_INVALID")
              .orElseThrow(
                  () -> new RowError("event_date", "ACLED_DATE_INVALID", "event_date is empty"));
      OptionalLong tp = Values.whole(row, "time_precision", "ACLED_TIME_PRECISION_INVALID");
      if (tp.isEmpty()) {
        throw new RowError(
            "time_precision", "ACLED_TIME_PRECISION_INVALID", "time_precision is empty");
      }
      switch ((int) Math.max(-1, Math.min(tp.getAsLong(), 99))) {
        case 1:
          return ReportedDate.ofDay(day);
        case 2:
          return ReportedDate.ofWeekContaining(day);
        case 3:
          return ReportedDate.ofMonth(java.time.YearMonth.from(day));
        default:
          throw new RowError(
              "time_precision",
              "ACLED_TIME_PRECISION_INVALID",
              "time_precision must be 1 (day), 2 (week) or 3 (month), was " + tp.getAsLong());
      }
    }

    private Place place(Row row) {
      String key =
          row.get("iso")
              + "|"
              + row.get("country")
              + "|"
              + row.get("admin1")
              + "|"
              + row.get("location")
              + "|"
              + row.get("latitude")
              + "|"
              + row.get("longitude")
              + "|"
              + row.get("geo_precision");
      return place(key, () -> makePlace(row));
    }

    private Place makePlace(Row row) {
      String iso = row.get("iso");
      String country = row.get("country");
      String cc =
          Tables.alpha2FromNumeric(iso)
              .or(() -> Tables.alpha2FromName(country))
              .orElseThrow(
                  () ->
                      new RowError(
                          iso.isEmpty() ? "country" : "iso",
                          "ACLED_COUNTRY_UNKNOWN",
                          "neither iso \""
                              + iso
                              + "\" nor country \""
                              + country
                              + "\" names an ISO 3166-1 country"));
      CountryCode code = CountryCode.of(cc);
      String admin1 = row.get("admin1");
      Optional<RegionCode> region = Tables.region(cc, admin1);
      OptionalLong gp = Values.whole(row, "geo_precision", "ACLED_GEO_PRECISION_INVALID");
      if (gp.isEmpty() || gp.getAsLong() < 1 || gp.getAsLong() > 3) {
        throw new RowError(
            "geo_precision",
            "ACLED_GEO_PRECISION_INVALID",
            "geo_precision must be 1, 2 or 3, was \"" + row.get("geo_precision") + "\"");
      }
      LocationPrecision precision = LocationPrecision.fromAcled((int) gp.getAsLong());
      if (precision == LocationPrecision.REGION && region.isEmpty()) {
        precision = LocationPrecision.COUNTRY;
        warn(
            "admin1",
            "IMPORT_REGION_UNRESOLVED",
            "geo_precision 3 places the event in admin1 \""
                + admin1
                + "\", which has no ISO 3166-2 code in Parley's table; the place is located to its country");
      }
      Optional<Coordinates> coordinates =
          Values.coordinates(row, "latitude", "longitude", "ACLED_COORDINATES_INVALID");
      String name =
          !row.get("location").isEmpty()
              ? row.get("location")
              : !admin1.isEmpty() ? admin1 : code.displayName();
      LocationPrecision p = precision;
      return Values.at(
          "location", () -> Mapping.place(Dataset.ACLED, code, region, name, coordinates, p));
    }

    private Optional<ReportedDate> published(Row row) {
      String ts = row.get("timestamp");
      if (ts.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            ReportedDate.ofDay(
                Instant.ofEpochSecond(Long.parseLong(ts)).atOffset(ZoneOffset.UTC).toLocalDate()));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        warn(
            "timestamp",
            "ACLED_TIMESTAMP_INVALID",
            "timestamp must be seconds since 1970, was \"" + ts + "\"; not kept");
        return Optional.empty();
      }
    }
  }
}
