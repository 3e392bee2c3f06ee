package dev.parley.json.codec;

import com.google.common.collect.ImmutableList;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.EstimateKind;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.party.Role;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.territory.AssessmentStatus;
import dev.parley.territory.AssessorKind;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.Controller;
import dev.parley.territory.ControllerKind;
import dev.parley.time.DatePrecision;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * The codecs of the core's vocabulary, shared by every record codec.
 *
 * <pre>{@code
 * Vocabulary.PARTY_ID.write(party.id(), g);
 * ReportedDate d = Vocabulary.REPORTED_DATE.read(p, ctx);
 * }</pre>
 *
 * <p>Ids, codes and reported dates are strings; enums are lower-case tokens; the rest are
 * objects. Every codec is immutable and thread-safe.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** A party id as its text. */
  public static final TextCodec<PartyId> PARTY_ID = TextCodec.of(PartyId.class, PartyId::of, PartyId::value);
  /** A place id as its text. */
  public static final TextCodec<PlaceId> PLACE_ID = TextCodec.of(PlaceId.class, PlaceId::of, PlaceId::value);
  /** A record id as its text. */
  public static final TextCodec<RecordId> RECORD_ID = TextCodec.of(RecordId.class, RecordId::of, RecordId::value);
  /** An ISO 3166-1 alpha-2 code, such as {@code UA}; each code is checked once and shared. */
  public static final TextCodec<CountryCode> COUNTRY =
      TextCodec.of(CountryCode.class, new Interner<>(512, CountryCode::of), CountryCode::value);
  /** An ISO 3166-2 code, such as {@code UA-63}; up to 8,192 codes are checked once and shared. */
  public static final TextCodec<RegionCode> REGION =
      TextCodec.of(RegionCode.class, new Interner<>(8192, RegionCode::parse), RegionCode::value);
  /** A reported date in its ISO 8601 form: {@code 2025-05-16}, {@code 2025-W20}, {@code 2025-05}, {@code 2025}, {@code 2025-05-16/2025-05-18}. */
  public static final TextCodec<ReportedDate> REPORTED_DATE =
      TextCodec.of(ReportedDate.class, Vocabulary::parseReportedDate, ReportedDate::toString);
  /** A zoned date-time such as {@code 2025-04-19T18:00+03:00[Europe/Moscow]}; the offset must agree with the zone. */
  public static final TextCodec<ZonedDateTime> ZONED_DATE_TIME =
      TextCodec.of(ZonedDateTime.class, Vocabulary::parseZoned, ZonedDateTime::toString);

  /** Party kinds: {@code state}, {@code armed_group}, {@code international_organisation}, {@code person}. */
  public static final EnumCodec<PartyKind> PARTY_KIND = EnumCodec.of(PartyKind.class);
  /** Roles: {@code side}, {@code mediator}, {@code host}, {@code transit}, {@code facilitator}, {@code commentator}. */
  public static final EnumCodec<Role> ROLE = EnumCodec.of(Role.class);
  /** Location precisions: {@code settlement}, {@code near_settlement}, {@code region}, {@code country}. */
  public static final EnumCodec<LocationPrecision> LOCATION_PRECISION = EnumCodec.of(LocationPrecision.class);
  /** Stances: {@code claims}, {@code confirms}, {@code denies}, {@code disputes}. */
  public static final EnumCodec<Stance> STANCE = EnumCodec.of(Stance.class);
  /** Date precisions: {@code day}, {@code week}, {@code month}, {@code year}, {@code range}. */
  public static final EnumCodec<DatePrecision> DATE_PRECISION = EnumCodec.of(DatePrecision.class);
  /** Estimate kinds: {@code exact}, {@code at_least}, {@code range}, {@code unknown}. */
  public static final EnumCodec<EstimateKind> ESTIMATE_KIND = EnumCodec.of(EstimateKind.class);

  /** {@code {"latitude": 46.4936, "longitude": 30.7395}}. */
  public static final Codec<Coordinates> COORDINATES = new CoordinatesCodec();
  /** {@code {"start": "...", "end": "..."}}, {@code end} absent for an open window. */
  public static final Codec<TimeWindow> TIME_WINDOW = new TimeWindowCodec();
  /** {@code {"kind": "range", "low": 6, "best": 8, "high": 10}} and the other kinds. */
  public static final Codec<Estimate> ESTIMATE = new EstimateCodec();
  /** {@code {"speaker": "ru", "organ": "...", "outlet": "...", "link": "...", "published": "..."}}. */
  public static final Codec<Source> SOURCE = new SourceCodec();
  /** {@code {"source": {...}, "stance": "claims"}}. */
  public static final Codec<Statement> STATEMENT = new StatementCodec();
  /** {@code {"party": "ae", "role": "mediator"}}. */
  public static final Codec<Participant> PARTICIPANT = new ParticipantCodec();

  /** Claim kinds: {@code captured}, {@code holds}, {@code lost}, {@code withdrew}, {@code annexed}, {@code liberated}. */
  public static final EnumCodec<ClaimKind> CLAIM_KIND = EnumCodec.of(ClaimKind.class);
  /** Claim means: {@code armed}, {@code non_violent}, {@code unknown}. */
  public static final EnumCodec<ClaimMeans> CLAIM_MEANS = EnumCodec.of(ClaimMeans.class);
  /** Assessor kinds: {@code party}, {@code independent_monitor}, {@code research_group}. */
  public static final EnumCodec<AssessorKind> ASSESSOR_KIND = EnumCodec.of(AssessorKind.class);
  /** Assessment statuses: {@code confirmed}, {@code contested}, {@code denied}, {@code unverified}. */
  public static final EnumCodec<AssessmentStatus> ASSESSMENT_STATUS = EnumCodec.of(AssessmentStatus.class);
  /** Controller kinds: {@code party}, {@code contested}, {@code unknown}. */
  public static final EnumCodec<ControllerKind> CONTROLLER_KIND = EnumCodec.of(ControllerKind.class);
  /** {@code {"place": "ua:rakivka"}}, {@code {"region": "UA-63"}} or {@code {"country": "UA", "percent": 20, "approximate": true}}. */
  public static final Codec<ClaimSubject> CLAIM_SUBJECT = new ClaimSubjectCodec();
  /** {@code {"kind": "party", "party": "ru"}}, {@code {"kind": "contested"}}, {@code {"kind": "unknown"}}. */
  public static final Codec<Controller> CONTROLLER = new ControllerCodec();

  /** Target types: {@code port_infrastructure}, {@code energy_infrastructure}, {@code residential}, {@code military}, {@code other}. */
  public static final EnumCodec<TargetType> TARGET_TYPE = EnumCodec.of(TargetType.class);
  /** Weapon types: {@code missile}, {@code drone}, {@code aerial_bomb}, {@code artillery}, {@code small_arms}, {@code explosive_device}, {@code other}. */
  public static final EnumCodec<WeaponType> WEAPON_TYPE = EnumCodec.of(WeaponType.class);
  /** Attributions: {@code claimed}, {@code attributed}. */
  public static final EnumCodec<Attribution> ATTRIBUTION = EnumCodec.of(Attribution.class);
  /** {@code {"party": "ru", "attribution": "attributed", "sources": [...]}}. */
  public static final Codec<Perpetrator> PERPETRATOR = new PerpetratorCodec();
  /** {@code {"date": "2025-05-23", "killed": {...}, "injured": {...}, "sources": [...]}}. */
  public static final Codec<CasualtyRevision> CASUALTY_REVISION = new CasualtyRevisionCodec();
  /** {@code {"revisions": [...]}}, oldest first; {@code {}} when unreported. */
  public static final Codec<Casualties> CASUALTIES = new CasualtiesCodec();

  /**
   * Returns the codecs of the core's own types, for the Jackson module; JDK types such as
   * {@code ZonedDateTime} are left out so that a user's own mapping of them is untouched.
   *
   * @return the codecs, immutable
   */
  public static List<Codec<?>> all() {
    return ImmutableList.of(
        PARTY_ID, PLACE_ID, RECORD_ID, COUNTRY, REGION, REPORTED_DATE,
        PARTY_KIND, ROLE, LOCATION_PRECISION, STANCE, DATE_PRECISION, ESTIMATE_KIND,
        COORDINATES, TIME_WINDOW, ESTIMATE, SOURCE, STATEMENT, PARTICIPANT,
        CLAIM_KIND, CLAIM_MEANS, ASSESSOR_KIND, ASSESSMENT_STATUS, CONTROLLER_KIND, CLAIM_SUBJECT, CONTROLLER,
        TARGET_TYPE, WEAPON_TYPE, ATTRIBUTION, PERPETRATOR, CASUALTY_REVISION, CASUALTIES);
  }

  /** Reads a reported date; a range that ends before it starts breaks {@code DATE_RANGE_ORDER}. */
  static ReportedDate parseReportedDate(String s) {
    try {
      return ReportedDate.parse(s);
    } catch (DateTimeParseException e) {
      int slash = s.indexOf('/');
      if (slash > 0) {
        LocalDate a;
        LocalDate b;
        try {
          a = LocalDate.parse(s.substring(0, slash));
          b = LocalDate.parse(s.substring(slash + 1));
        } catch (DateTimeParseException ignored) {
          throw e;
        }
        if (b.isBefore(a)) {
          return ReportedDate.between(a, b);
        }
      }
      throw e;
    }
  }

  /** Reads a zoned date-time whose offset agrees with its zone. */
  static ZonedDateTime parseZoned(String s) {
    TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(s);
    ZonedDateTime z = ZonedDateTime.from(parsed);
    ZoneOffset written = ZoneOffset.from(parsed);
    if (!z.getOffset().equals(written)) {
      throw new DateTimeException(
          "offset " + written + " is not the offset of " + z.getZone() + " at that time, which is " + z.getOffset());
    }
    return z;
  }
}
