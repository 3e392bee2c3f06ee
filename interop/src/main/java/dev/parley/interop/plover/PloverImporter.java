package dev.parley.interop.plover;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Scope;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.ReleaseFigure;
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
import dev.parley.interop.internal.Ids;
import dev.parley.interop.internal.Mapping;
import dev.parley.interop.internal.Row;
import dev.parley.interop.internal.RowError;
import dev.parley.interop.internal.Tables;
import dev.parley.interop.internal.Values;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports PLOVER event records, one JSON object per line (JSON Lines, as the PLOVER specification
 * suggests), keeping the events that fall in Parley's domain and counting every other event as
 * outside it, not as an error.
 *
 * <pre>{@code
 * ImportReport report = PloverImporter.jsonLines(ImportOptions.defaults())
 *     .read(Files.newInputStream(file), "events.jsonl", sink);
 * report.outsideDomain();   // CONSULT, PROTEST, AID, ... events
 * }</pre>
 *
 * <p>The mapping is the crosswalk ({@code docs/crosswalk.md}) read backwards: ASSAULT becomes an
 * {@link Incident}; COERCE with mode {@code seize} a {@link TerritorialClaim} of kind captured,
 * RETREAT with mode {@code withdraw} one of kind withdrew; RETREAT with mode {@code ceasefire} a
 * unilateral ceasefire declaration and CONCEDE with mode {@code ceasefire} a ceasefire proposal to
 * the recipients; RETREAT with mode {@code release} a completed {@link Exchange} and CONCEDE with
 * mode {@code release} an announced one. Fields read: {@code id}, {@code date}, {@code enddate},
 * {@code source} and {@code recipient} (or the older {@code target}) actor lists with {@code code}
 * and {@code sector}, {@code event}, {@code mode}, {@code event_loc}, {@code dead}, {@code
 * injured}. The full mapping is in {@code docs/interop.md}. Instances are immutable and
 * thread-safe.
 */
public final class PloverImporter implements Importer {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final java.util.regex.Pattern NOT_ID =
      java.util.regex.Pattern.compile("[^a-z0-9:-]");
  private static final java.util.regex.Pattern ID_TEXT =
      java.util.regex.Pattern.compile("[A-Za-z0-9._:/-]{1,100}");
  private static final Set<String> STATE_SECTORS =
      ImmutableSet.of("GOV", "MIL", "COP", "SPY", "LEG", "JUD");
  private static final Set<String> ARMED_SECTORS =
      ImmutableSet.of("REB", "INS", "UAF", "PAR", "SEP");
  private static final Set<String> ORGANISATIONS = ImmutableSet.of("IGO", "UNO", "IMG");

  private final ImportOptions options;

  private PloverImporter(ImportOptions options) {
    this.options = requireNonNull(options, "options");
  }

  /**
   * Returns an importer of PLOVER JSON Lines.
   *
   * @param options the options
   * @return the importer, not null
   */
  public static PloverImporter jsonLines(ImportOptions options) {
    return new PloverImporter(options);
  }

  /**
   * Returns {@link Dataset#PLOVER}.
   *
   * @return the dataset, not null
   */
  @Override
  public Dataset dataset() {
    return Dataset.PLOVER;
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

  /** What a PLOVER event becomes. */
  private enum Target {
    INCIDENT,
    CAPTURE,
    WITHDRAWAL,
    DECLARATION,
    PROPOSAL,
    RELEASE,
    RELEASE_PROMISED
  }

  private static final class Run extends BaseRun {
    private JsonNode node = MAPPER.nullNode();

    /** Parties by code and sector: rows repeat them. */
    private final Map<String, Optional<Party>> parties = boundedCache();

    Run(ImportOptions options, RecordSink sink) {
      super(options, sink);
    }

    @Override
    protected void readRows(InputStream in) throws IOException {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        Row r = Row.of(number, Map.of());
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          rowError(
              r,
              "",
              "JSON_MALFORMED",
              "the line is not one JSON value (the problem is at column "
                  + (e.getLocation() == null
                      ? "?"
                      : Integer.toString(e.getLocation().getColumnNr()))
                  + ")");
          continue;
        }
        if (!node.isObject()) {
          rowError(r, "", "JSON_MALFORMED", "the line is not a JSON object");
          continue;
        }
        row(r);
      }
    }

    private String text(String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText().strip() : v.toString();
    }

    private List<String> list(String field) {
      JsonNode v = node.get(field);
      List<String> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (v.isArray()) {
        v.forEach(x -> out.add(x.asText().strip()));
      } else {
        out.add(v.asText().strip());
      }
      return out;
    }

    @Override
    protected void map(Row row) {
      Map<String, String> fields = new HashMap<>();
      node.fields()
          .forEachRemaining(
              e -> fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : ""));
      Row r = Row.of(row.number(), fields);
      String id = Values.required(r, "id", "PLOVER_ID_MISSING");
      String idText = "plover:" + id;
      RecordId recordId =
          RecordId.of(ID_TEXT.matcher(id).matches() ? idText : "plover:" + Ids.slug(id, 100));
      checkUnique(id, "id");
      List<String> events = list("event");
      List<String> modes = list("mode");
      events.replaceAll(s -> s.toUpperCase(Locale.ROOT));
      modes.replaceAll(s -> s.toLowerCase(Locale.ROOT));
      Target target = target(events, modes);
      if (target == null) {
        outsideDomain();
        return;
      }
      LocalDate start =
          Values.day(r, "date", "PLOVER_DATE_INVALID")
              .orElseThrow(() -> new RowError("date", "PLOVER_DATE_INVALID", "date is empty"));
      LocalDate end = Values.day(r, "enddate", "PLOVER_DATE_INVALID").orElse(start);
      if (end.isBefore(start)) {
        throw new RowError(
            "enddate", "DATE_RANGE_ORDER", "enddate " + end + " is before date " + start);
      }
      ReportedDate date = ReportedDate.between(start, end);
      List<Party> sources = actors("source");
      List<Party> recipients = actors(node.has("recipient") ? "recipient" : "target");
      Statement origin = Mapping.origin(Dataset.PLOVER, options, id, Optional.empty());
      List<Statement> provenance = List.of(origin);
      dropped(r, "text", "context", "quad_code", "event_text", "event_scale", "link");
      switch (target) {
        case INCIDENT:
          {
            Place place = place(r);
            Incident.Builder b =
                Incident.builder()
                    .id(recordId)
                    .date(date)
                    .place(place.id())
                    .target(TargetType.OTHER)
                    .provenance(provenance);
            if (modes.contains("explosives")) {
              b.weapon(WeaponType.EXPLOSIVE_DEVICE);
            } else if (modes.contains("firearms")) {
              b.weapon(WeaponType.SMALL_ARMS);
            } else if (!modes.isEmpty()) {
              dropped("mode"); // "aerial" may be a missile, a drone or a bomb: no one weapon type
            }
            if (sources.size() == 1 && !recipients.isEmpty()) {
              party(sources.get(0));
              b.perpetrator(
                  Perpetrator.builder()
                      .party(sources.get(0).id())
                      .attribution(Attribution.ATTRIBUTED)
                      .addSources(origin)
                      .build());
            }
            Estimate killed = count(r, "dead");
            Estimate injured = count(r, "injured");
            if (killed.isKnown() || injured.isKnown()) {
              b.casualties(
                  Casualties.of(
                      CasualtyRevision.builder()
                          .date(date)
                          .killed(killed)
                          .injured(injured)
                          .addSources(origin)
                          .build()));
            }
            record(b.build());
            break;
          }
        case CAPTURE:
        case WITHDRAWAL:
          {
            Party claimant = first(sources, "source");
            Place place = place(r);
            party(claimant);
            record(
                TerritorialClaim.builder()
                    .id(recordId)
                    .claimant(claimant.id())
                    .subject(ClaimSubject.place(place.id()))
                    .kind(target == Target.CAPTURE ? ClaimKind.CAPTURED : ClaimKind.WITHDREW)
                    .means(target == Target.CAPTURE ? ClaimMeans.ARMED : ClaimMeans.UNKNOWN)
                    .asOf(date)
                    .provenance(provenance)
                    .build());
            break;
          }
        case DECLARATION:
        case PROPOSAL:
          {
            Party proposer = first(sources, "source");
            party(proposer);
            CeasefireProposal.Builder b =
                CeasefireProposal.builder()
                    .id(recordId)
                    .proposer(proposer.id())
                    .kind(
                        target == Target.DECLARATION
                            ? ProposalKind.UNILATERAL_DECLARATION
                            : ProposalKind.PROPOSAL)
                    .scope(Scope.comprehensive())
                    .date(date)
                    .provenance(provenance);
            if (target == Target.PROPOSAL) {
              for (Party p : recipients) {
                party(p);
                b.addAddressees(p.id());
              }
            } else if (!recipients.isEmpty()) {
              dropped(r, "recipient", "target");
            }
            warn(
                "mode",
                "PLOVER_SCOPE_ASSUMED",
                "PLOVER does not say a ceasefire's scope; it is recorded as comprehensive");
            record(b.build());
            break;
          }
        default:
          {
            Party releasing = first(sources, "source");
            Party receiving = first(recipients, node.has("recipient") ? "recipient" : "target");
            party(releasing);
            party(receiving);
            List<Direction> directions = new ArrayList<>();
            directions.add(
                Values.at(
                    "recipient",
                    () ->
                        Direction.of(
                            releasing.id(),
                            receiving.id(),
                            ReleaseFigure.builder()
                                .total(Estimate.unknown())
                                .addStatements(origin)
                                .build())));
            record(
                Exchange.builder()
                    .id(recordId)
                    .date(date)
                    .directions(directions)
                    .status(
                        target == Target.RELEASE
                            ? ExchangeStatus.COMPLETED
                            : ExchangeStatus.ANNOUNCED)
                    .build());
            break;
          }
      }
    }

    private static Target target(List<String> events, List<String> modes) {
      for (String e : events) {
        switch (e) {
          case "ASSAULT":
            return Target.INCIDENT;
          case "COERCE":
            if (modes.contains("seize")) {
              return Target.CAPTURE;
            }
            break;
          case "RETREAT":
            if (modes.contains("withdraw")) {
              return Target.WITHDRAWAL;
            }
            if (modes.contains("ceasefire")) {
              return Target.DECLARATION;
            }
            if (modes.contains("release")) {
              return Target.RELEASE;
            }
            break;
          case "CONCEDE":
            if (modes.contains("ceasefire")) {
              return Target.PROPOSAL;
            }
            if (modes.contains("release")) {
              return Target.RELEASE_PROMISED;
            }
            break;
          default:
            break;
        }
      }
      return null;
    }

    private static Party first(List<Party> parties, String column) {
      if (parties.isEmpty()) {
        throw new RowError(
            column,
            "PLOVER_ACTOR_UNKNOWN",
            column
                + " names no actor whose kind is certain (a country code, a GOV, MIL, COP, REB, INS sector, or IGO)");
      }
      return parties.get(0);
    }

    private List<Party> actors(String field) {
      List<Party> out = new ArrayList<>();
      JsonNode list = node.get(field);
      if (list == null || !list.isArray()) {
        return out;
      }
      for (JsonNode a : list) {
        String code = a.path("code").asText("").strip().toUpperCase(Locale.ROOT);
        String sector = a.path("sector").asText("").strip().toUpperCase(Locale.ROOT);
        parties.computeIfAbsent(code + "|" + sector, k -> actor(code, sector)).ifPresent(out::add);
      }
      return out;
    }

    private static Optional<Party> actor(String code, String sector) {
      Optional<String> country = Tables.alpha2FromAlpha3(code);
      PartyKind kind = null;
      if (ORGANISATIONS.contains(code)) {
        kind = PartyKind.INTERNATIONAL_ORGANISATION;
      } else if (ARMED_SECTORS.contains(sector)) {
        kind = PartyKind.ARMED_GROUP;
      } else if (country.isPresent() && (sector.isEmpty() || STATE_SECTORS.contains(sector))) {
        kind = PartyKind.STATE;
      }
      if (kind == null || code.isEmpty()) {
        return Optional.empty();
      }
      String idText =
          "plover:actor:"
              + code.toLowerCase(Locale.ROOT)
              + (sector.isEmpty() ? "" : "-" + sector.toLowerCase(Locale.ROOT));
      String name =
          country.map(c -> CountryCode.of(c).displayName()).orElse(code)
              + (sector.isEmpty() ? "" : " (" + sector + ")");
      Party.Builder b =
          Party.builder()
              .id(PartyId.of(NOT_ID.matcher(idText).replaceAll("-")))
              .name(name)
              .kind(kind);
      country.ifPresent(c -> b.country(CountryCode.of(c)));
      return Optional.of(b.build());
    }

    private Place place(Row r) {
      JsonNode loc = node.get("event_loc");
      if (loc == null || !loc.isObject()) {
        throw new RowError(
            "event_loc",
            "PLOVER_LOCATION_MISSING",
            "an incident or a territorial claim needs event_loc");
      }
      Place place = place(loc.toString(), () -> makePlace(loc));
      place(place);
      return place;
    }

    private Place makePlace(JsonNode loc) {
      String cc = firstText(loc, "country_code", "country code", "countrycode");
      Optional<String> alpha2 =
          cc.length() == 2 && CountryCode.isKnown(cc.toUpperCase(Locale.ROOT))
              ? Optional.of(cc.toUpperCase(Locale.ROOT))
              : Tables.alpha2FromAlpha3(firstText(loc, "cc3"))
                  .or(() -> Tables.alpha2FromAlpha3(cc));
      CountryCode country =
          CountryCode.of(
              alpha2.orElseThrow(
                  () ->
                      new RowError(
                          "event_loc",
                          "PLOVER_LOCATION_MISSING",
                          "event_loc names no ISO 3166-1 country (country_code or cc3), was \""
                              + cc
                              + "\"")));
      String name = firstText(loc, "name", "asciiname");
      Optional<Coordinates> coordinates = Optional.empty();
      if (loc.hasNonNull("latitude") && loc.hasNonNull("longitude")) {
        double lat = loc.get("latitude").asDouble(Double.NaN);
        double lon = loc.get("longitude").asDouble(Double.NaN);
        coordinates = Optional.of(Values.at("event_loc", () -> Coordinates.of(lat, lon)));
      }
      String featureClass = firstText(loc, "feature_class", "feature class");
      LocationPrecision precision =
          featureClass.equals("P") ? LocationPrecision.SETTLEMENT : LocationPrecision.COUNTRY;
      Optional<Coordinates> c = coordinates;
      return Values.at(
          "event_loc",
          () ->
              Mapping.place(
                  Dataset.PLOVER,
                  country,
                  Optional.empty(),
                  name.isEmpty() ? country.displayName() : name,
                  c,
                  precision));
    }

    private static String firstText(JsonNode loc, String... names) {
      for (String n : names) {
        JsonNode v = loc.get(n);
        if (v != null && v.isValueNode() && !v.asText().isBlank()) {
          return v.asText().strip();
        }
      }
      return "";
    }

    private Estimate count(Row r, String field) {
      try {
        return Values.whole(r, field, "PLOVER_NUMBER_INVALID").stream()
            .mapToObj(Estimate::exact)
            .findFirst()
            .orElse(Estimate.unknown());
      } catch (RowError | dev.parley.validation.InvalidValueException e) {
        warn(
            field,
            "PLOVER_NUMBER_INVALID",
            field + " is not a count, was \"" + r.get(field) + "\"; not kept");
        return Estimate.unknown();
      }
    }
  }
}
