package dev.parley.json.codec.vocabulary;

import com.google.common.collect.ImmutableList;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionGroup;
import dev.parley.ceasefire.ConditionTiming;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.ReleaseCondition;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseAccount;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.ScopeDomain;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.TruceExtension;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.EstimateKind;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.exchange.AgeRange;
import dev.parley.exchange.Custody;
import dev.parley.exchange.CustodyTerms;
import dev.parley.exchange.Direction;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.FigurePart;
import dev.parley.exchange.NotableRelease;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaCounting;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.exchange.ReportedTotal;
import dev.parley.exchange.Route;
import dev.parley.exchange.RunningNumber;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.KilledGroup;
import dev.parley.incident.KilledShare;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Interner;
import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.TalksFormat;
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
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of the core's vocabulary, shared by every record codec.
 *
 * <pre>{@code
 * Vocabulary.PARTY_ID.write(party.id(), g);
 * ReportedDate d = Vocabulary.REPORTED_DATE.read(p, ctx);
 * }</pre>
 *
 * <p>Ids, codes, reported dates, durations and time points are strings; enums are lower-case
 * tokens; the rest are objects. Every codec is immutable and thread-safe.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** A party id as its text; up to 4,096 ids are checked once and shared. */
  public static final TextCodec<PartyId> PARTY_ID =
      TextCodec.of(PartyId.class, new Interner<>(4096, new PartyIds()), new PartyIds());

  /** A place id as its text; up to 16,384 ids are checked once and shared. */
  public static final TextCodec<PlaceId> PLACE_ID =
      TextCodec.of(PlaceId.class, new Interner<>(16384, new PlaceIds()), new PlaceIds());

  /**
   * A short free text that feeds repeat, such as a source's organ or outlet ({@code Ministry of
   * Defence}, {@code Telegram}); up to 4,096 texts of at most 23 characters are shared.
   */
  public static final TextCodec<String> REPEATED_TEXT =
      TextCodec.of(String.class, new Interner<>(4096, new Texts()), new Texts());

  /** A record id as its text. */
  public static final TextCodec<RecordId> RECORD_ID =
      TextCodec.of(RecordId.class, new RecordIds(), new RecordIds());

  /** An ISO 3166-1 alpha-2 code, such as {@code UA}; each code is checked once and shared. */
  public static final TextCodec<CountryCode> COUNTRY =
      TextCodec.of(CountryCode.class, new Interner<>(512, new CountryCodes()), new CountryCodes());

  /** An ISO 3166-2 code, such as {@code UA-63}; up to 8,192 codes are checked once and shared. */
  public static final TextCodec<RegionCode> REGION =
      TextCodec.of(RegionCode.class, new Interner<>(8192, new RegionCodes()), new RegionCodes());

  /**
   * A reported date in its ISO 8601 form: {@code 2025-05-16}, {@code 2025-W20}, {@code 2025-05},
   * {@code 2025}, {@code 2025-05-16/2025-05-18}; up to 8,192 dates are read once and shared.
   */
  public static final TextCodec<ReportedDate> REPORTED_DATE =
      TextCodec.of(
          ReportedDate.class,
          new Interner<>(8192, new ReportedDates()),
          new ReportedDates(),
          new ReportedDates());

  /**
   * A zoned date-time such as {@code 2025-04-19T18:00+03:00[Europe/Moscow]}; the offset must agree
   * with the zone.
   */
  public static final TextCodec<ZonedDateTime> ZONED_DATE_TIME =
      TextCodec.of(ZonedDateTime.class, new ZonedDateTimes(), new ZonedDateTimes());

  /**
   * A local time of day in ISO 8601 form, such as {@code 16:00} or {@code 16:00:30}; up to 1,024
   * times are read once and shared.
   */
  public static final TextCodec<LocalTime> LOCAL_TIME =
      TextCodec.of(LocalTime.class, new Interner<>(1024, new LocalTimes()), new LocalTimes());

  /**
   * A time-zone id, such as {@code Asia/Jerusalem} or {@code +03:00}; up to 1,024 ids are read once
   * and shared.
   */
  public static final TextCodec<ZoneId> ZONE_ID =
      TextCodec.of(ZoneId.class, new Interner<>(1024, new ZoneIds()), new ZoneIds());

  /**
   * A duration in ISO 8601 form as {@link Duration#toString()} writes it, such as {@code PT720H} or
   * {@code PT2H}; reading also takes days, such as {@code P30D} (a day is 24 hours). Up to 1,024
   * durations are read once and shared: parsing one takes a regular expression.
   */
  public static final TextCodec<Duration> DURATION =
      TextCodec.of(Duration.class, new Interner<>(1024, new Durations()), new Durations());

  /**
   * A local date-time without a zone, such as {@code 2023-11-24T07:00}, as {@link
   * LocalDateTime#toString()} writes it.
   */
  public static final TextCodec<LocalDateTime> LOCAL_DATE_TIME =
      TextCodec.of(LocalDateTime.class, new LocalDateTimes(), new LocalDateTimes());

  /**
   * A point in time: a zoned date-time such as {@code 2025-04-19T18:00+03:00[Europe/Moscow]}, or a
   * reported date such as {@code 2025-05-12}; only the date-time has a {@code T}.
   */
  public static final TextCodec<TimePoint> TIME_POINT =
      TextCodec.of(TimePoint.class, new TimePoints(), new TimePoints());

  /**
   * Party kinds: {@code state}, {@code armed_group}, {@code international_organisation}, {@code
   * person}.
   */
  public static final EnumCodec<PartyKind> PARTY_KIND = EnumCodec.of(PartyKind.class);

  /**
   * Roles: {@code side}, {@code mediator}, {@code host}, {@code transit}, {@code facilitator},
   * {@code commentator}.
   */
  public static final EnumCodec<Role> ROLE = EnumCodec.of(Role.class);

  /**
   * Location precisions: {@code settlement}, {@code near_settlement}, {@code region}, {@code
   * country}.
   */
  public static final EnumCodec<LocationPrecision> LOCATION_PRECISION =
      EnumCodec.of(LocationPrecision.class);

  /** Stances: {@code claims}, {@code confirms}, {@code denies}, {@code disputes}. */
  public static final EnumCodec<Stance> STANCE = EnumCodec.of(Stance.class);

  /** Date precisions: {@code day}, {@code week}, {@code month}, {@code year}, {@code range}. */
  public static final EnumCodec<DatePrecision> DATE_PRECISION = EnumCodec.of(DatePrecision.class);

  /** Estimate kinds: {@code exact}, {@code at_least}, {@code range}, {@code unknown}. */
  public static final EnumCodec<EstimateKind> ESTIMATE_KIND = EnumCodec.of(EstimateKind.class);

  /**
   * Release categories: {@code military}, {@code civilian}, {@code wounded_or_sick}, {@code minor},
   * {@code bodies}, {@code other}.
   */
  public static final EnumCodec<ReleaseCategory> RELEASE_CATEGORY =
      EnumCodec.of(ReleaseCategory.class);

  /**
   * Exchange statuses: {@code announced}, {@code completed}, {@code postponed}, {@code cancelled}.
   */
  public static final EnumCodec<ExchangeStatus> EXCHANGE_STATUS =
      EnumCodec.of(ExchangeStatus.class);

  /** Proposal kinds: {@code proposal}, {@code unilateral_declaration}. */
  public static final EnumCodec<ProposalKind> PROPOSAL_KIND = EnumCodec.of(ProposalKind.class);

  /**
   * Scope domains: {@code energy_infrastructure}, {@code maritime}, {@code front_sector}, {@code
   * humanitarian_pause}, {@code holiday_truce}, {@code other}.
   */
  public static final EnumCodec<ScopeDomain> SCOPE_DOMAIN = EnumCodec.of(ScopeDomain.class);

  /**
   * Condition types: {@code territorial_concession}, {@code disarmament}, {@code neutrality},
   * {@code sanctions_relief}, {@code elections}, {@code monitoring}, {@code prisoner_release},
   * {@code withdrawal}, {@code reciprocity}, {@code other}.
   */
  public static final EnumCodec<ConditionType> CONDITION_TYPE = EnumCodec.of(ConditionType.class);

  /** Condition timings: {@code precondition}, {@code term}. */
  public static final EnumCodec<ConditionTiming> CONDITION_TIMING =
      EnumCodec.of(ConditionTiming.class);

  /**
   * Response stances: {@code accepted}, {@code accepted_with_conditions}, {@code rejected}, {@code
   * counter_proposal}, {@code no_answer}.
   */
  public static final EnumCodec<ResponseStance> RESPONSE_STANCE =
      EnumCodec.of(ResponseStance.class);

  /**
   * Lifecycle event types: {@code accepted_by_all}, {@code in_effect}, {@code extended}, {@code
   * breach_alleged}, {@code expired}, {@code terminated}, {@code withdrawn}.
   */
  public static final EnumCodec<LifecycleEventType> LIFECYCLE_EVENT_TYPE =
      EnumCodec.of(LifecycleEventType.class);

  /** Talks formats: {@code direct}, {@code mediated}, {@code proximity}. */
  public static final EnumCodec<TalksFormat> TALKS_FORMAT = EnumCodec.of(TalksFormat.class);

  /** {@code {"latitude": 46.4936, "longitude": 30.7395}}. */
  public static final Codec<Coordinates> COORDINATES = new CoordinatesCodec();

  /** {@code {"start": "...", "end": "..."}}, {@code end} absent for an open window. */
  public static final Codec<TimeWindow> TIME_WINDOW = new TimeWindowCodec();

  /** {@code {"kind": "range", "low": 6, "best": 8, "high": 10}} and the other kinds. */
  public static final Codec<Estimate> ESTIMATE = new EstimateCodec();

  /**
   * {@code {"speaker": "ru", "organ": "...", "outlet": "...", "link": "...", "published": "..."}}.
   */
  public static final Codec<Source> SOURCE = new SourceCodec();

  /** {@code {"source": {...}, "stance": "claims"}}. */
  public static final Codec<Statement> STATEMENT = new StatementCodec();

  /** {@code {"party": "ae", "role": "mediator"}}. */
  public static final Codec<Participant> PARTICIPANT = new ParticipantCodec();

  /** {@code {"releasing": "ru", "count": 1000, "category": "military", "description": "..."}}. */
  public static final Codec<Quota> QUOTA = new QuotaCodec();

  /**
   * {@code {"total": {...}, "breakdown": {"military": 270, "civilian": 120}, "statements": [...]}}.
   */
  public static final Codec<ReleaseFigure> RELEASE_FIGURE = new ReleaseFigureCodec();

  /** Quota countings: {@code against_quota}, {@code in_addition}. */
  public static final EnumCodec<QuotaCounting> QUOTA_COUNTING = EnumCodec.of(QuotaCounting.class);

  /** {@code {"from": 18, "to": 25}}. */
  public static final Codec<AgeRange> AGE_RANGE = new AgeRangeCodec();

  /** {@code {"released": 3, "per": 1, "counterpart": "hamas"}}. */
  public static final Codec<dev.parley.exchange.QuotaRatio> QUOTA_RATIO = new QuotaRatioCodec();

  /** Revision kinds: {@code extension}, {@code amendment}. */
  public static final EnumCodec<dev.parley.exchange.RevisionKind> REVISION_KIND =
      EnumCodec.of(dev.parley.exchange.RevisionKind.class);

  /** {@code {"agreement": "agreement:2023-11-22-gaza-hostages", "kind": "extension"}}. */
  public static final Codec<dev.parley.exchange.AgreementRevision> AGREEMENT_REVISION =
      new AgreementRevisionCodec();

  /** {@code {"count": {...}, "category": "wounded_or_sick", "counting": "in_addition"}}. */
  public static final Codec<FigurePart> FIGURE_PART = new FigurePartCodec();

  /** {@code {"number": 63, "sources": [...]}}. */
  public static final Codec<RunningNumber> RUNNING_NUMBER = new RunningNumberCodec();

  /** {@code {"releasing": "ru", "total": {...}, "asOf": "2025-06-11", "sources": [...]}}. */
  public static final Codec<ReportedTotal> REPORTED_TOTAL = new ReportedTotalCodec();

  /** Custody terms: {@code until_date}, {@code until_event}, {@code open}. */
  public static final EnumCodec<CustodyTerms> CUSTODY_TERMS = EnumCodec.of(CustodyTerms.class);

  /**
   * {@code {"custodian": "tr", "count": 5, "terms": "until_event", "condition": "...", "ended":
   * "2023-07-08"}}.
   */
  public static final Codec<Custody> CUSTODY = new CustodyCodec();

  /** {@code {"name": "Viktor Medvedchuk", "party": "ua:opzzh", "category": "civilian"}}. */
  public static final Codec<NotableRelease> NOTABLE_RELEASE = new NotableReleaseCodec();

  /** {@code {"from": "ps:gaza", "via": ["eg:rafah-crossing"], "to": "il:hatzerim"}}. */
  public static final Codec<Route> ROUTE = new RouteCodec();

  /** {@code {"releasing": "ru", "receiving": "ua", "figures": [...], "custody": {...}}}. */
  public static final Codec<Direction> DIRECTION = new DirectionCodec();

  /**
   * {@code {"kind": "comprehensive"}} or {@code {"kind": "partial", "domain": "maritime", ...}}.
   */
  public static final Codec<Scope> SCOPE = new ScopeCodec();

  /**
   * {@code {"kind": "disarmament", "demandedBy": "ru", "text": "disarming", "timing":
   * "precondition"}}.
   */
  public static final Codec<Condition> CONDITION = new ConditionCodec();

  /** {@code {"estimate": {"kind": "exact", "value": 2935}, "sources": [...]}}. */
  public static final Codec<SourcedEstimate> SOURCED_ESTIMATE = new SourcedEstimateCodec();

  /** {@code {"conditions": [...]}}: one alternative group of conditions. */
  public static final Codec<ConditionGroup> CONDITION_GROUP = new ConditionGroupCodec();

  /** {@code {"stance": "rejected", "provenance": [...], "note": "..."}}. */
  public static final Codec<ResponseAccount> RESPONSE_ACCOUNT = new ResponseAccountCodec();

  /** {@code {"party": "ru", "date": "2025-05-16", "stance": "counter_proposal", ...}}. */
  public static final Codec<Response> RESPONSE = new ResponseCodec();

  /** {@code {"kind": "in_effect", "time": "2025-04-19T18:00+03:00[Europe/Moscow]", ...}}. */
  public static final Codec<LifecycleEvent> LIFECYCLE_EVENT = new LifecycleEventCodec();

  /** {@code {"party": "ru", "head": "Vladimir Medinsky", "members": [...]}}. */
  public static final Codec<Delegation> DELEGATION = new DelegationCodec();

  /** The releases a truce extension depends on. */
  public static final Codec<ReleaseCondition> RELEASE_CONDITION = new ReleaseConditionCodec();

  /** One extension of a truce. */
  public static final Codec<TruceExtension> TRUCE_EXTENSION = new TruceExtensionCodec();

  /**
   * Claim kinds: {@code captured}, {@code holds}, {@code lost}, {@code withdrew}, {@code annexed},
   * {@code liberated}.
   */
  public static final EnumCodec<ClaimKind> CLAIM_KIND = EnumCodec.of(ClaimKind.class);

  /** Claim means: {@code armed}, {@code non_violent}, {@code unknown}. */
  public static final EnumCodec<ClaimMeans> CLAIM_MEANS = EnumCodec.of(ClaimMeans.class);

  /** Assessor kinds: {@code party}, {@code independent_monitor}, {@code research_group}. */
  public static final EnumCodec<AssessorKind> ASSESSOR_KIND = EnumCodec.of(AssessorKind.class);

  /**
   * Assessment statuses: {@code confirmed}, {@code contested}, {@code denied}, {@code unverified}.
   */
  public static final EnumCodec<AssessmentStatus> ASSESSMENT_STATUS =
      EnumCodec.of(AssessmentStatus.class);

  /** Controller kinds: {@code party}, {@code contested}, {@code unknown}. */
  public static final EnumCodec<ControllerKind> CONTROLLER_KIND =
      EnumCodec.of(ControllerKind.class);

  /**
   * {@code {"place": "ua:rakivka"}}, {@code {"region": "UA-63"}} or {@code {"country": "UA",
   * "percent": 20, "approximate": true}}.
   */
  public static final Codec<ClaimSubject> CLAIM_SUBJECT = new ClaimSubjectCodec();

  /**
   * {@code {"kind": "party", "party": "ru"}}, {@code {"kind": "contested"}}, {@code {"kind":
   * "unknown"}}.
   */
  public static final Codec<Controller> CONTROLLER = new ControllerCodec();

  /**
   * Target types: {@code port_infrastructure}, {@code energy_infrastructure}, {@code residential},
   * {@code military}, {@code other}.
   */
  public static final EnumCodec<TargetType> TARGET_TYPE = EnumCodec.of(TargetType.class);

  /**
   * Weapon types: {@code missile}, {@code drone}, {@code aerial_bomb}, {@code artillery}, {@code
   * small_arms}, {@code explosive_device}, {@code other}.
   */
  public static final EnumCodec<WeaponType> WEAPON_TYPE = EnumCodec.of(WeaponType.class);

  /** Attributions: {@code claimed}, {@code attributed}. */
  public static final EnumCodec<Attribution> ATTRIBUTION = EnumCodec.of(Attribution.class);

  /** {@code {"party": "ru", "attribution": "attributed", "sources": [...]}}. */
  public static final Codec<Perpetrator> PERPETRATOR = new PerpetratorCodec();

  /** Groups of the dead: {@code side}, {@code civilians}, {@code unknown}. */
  public static final EnumCodec<KilledGroup> KILLED_GROUP = EnumCodec.of(KilledGroup.class);

  /** {@code {"group": "side", "party": "ua", "killed": {...}}}. */
  public static final Codec<KilledShare> KILLED_SHARE = new KilledShareCodec();

  /**
   * {@code {"date": "2025-05-23", "killed": {...}, "killedAmong": [...], "injured": {...},
   * "sources": [...]}}.
   */
  public static final Codec<CasualtyRevision> CASUALTY_REVISION = new CasualtyRevisionCodec();

  /** {@code {"revisions": [...]}}, oldest first; {@code {}} when unreported. */
  public static final Codec<Casualties> CASUALTIES = new CasualtiesCodec();

  /**
   * Returns the codecs of the core's own types, for the Jackson module; JDK types such as {@code
   * ZonedDateTime} and {@code Duration} are left out so that a user's own mapping of them is
   * untouched.
   *
   * @return the codecs, immutable
   */
  public static List<Codec<?>> all() {
    return ImmutableList.of(
        PARTY_ID,
        PLACE_ID,
        RECORD_ID,
        COUNTRY,
        REGION,
        REPORTED_DATE,
        PARTY_KIND,
        ROLE,
        LOCATION_PRECISION,
        STANCE,
        DATE_PRECISION,
        ESTIMATE_KIND,
        COORDINATES,
        TIME_WINDOW,
        ESTIMATE,
        SOURCE,
        STATEMENT,
        PARTICIPANT,
        RELEASE_CATEGORY,
        EXCHANGE_STATUS,
        QUOTA_COUNTING,
        AGE_RANGE,
        QUOTA_RATIO,
        REVISION_KIND,
        AGREEMENT_REVISION,
        QUOTA,
        FIGURE_PART,
        RUNNING_NUMBER,
        REPORTED_TOTAL,
        CUSTODY_TERMS,
        CUSTODY,
        NOTABLE_RELEASE,
        ROUTE,
        RELEASE_FIGURE,
        DIRECTION,
        TIME_POINT,
        PROPOSAL_KIND,
        SCOPE_DOMAIN,
        CONDITION_TYPE,
        CONDITION_TIMING,
        RESPONSE_STANCE,
        LIFECYCLE_EVENT_TYPE,
        SCOPE,
        CONDITION,
        SOURCED_ESTIMATE,
        CONDITION_GROUP,
        RESPONSE_ACCOUNT,
        RESPONSE,
        LIFECYCLE_EVENT,
        TALKS_FORMAT,
        DELEGATION,
        RELEASE_CONDITION,
        TRUCE_EXTENSION,
        CLAIM_KIND,
        CLAIM_MEANS,
        ASSESSOR_KIND,
        ASSESSMENT_STATUS,
        CONTROLLER_KIND,
        CLAIM_SUBJECT,
        CONTROLLER,
        TARGET_TYPE,
        WEAPON_TYPE,
        ATTRIBUTION,
        PERPETRATOR,
        KILLED_GROUP,
        KILLED_SHARE,
        CASUALTY_REVISION,
        CASUALTIES);
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

  /** Reads a time point: a zoned date-time if the text has a {@code T}, else a reported date. */
  static TimePoint parseTimePoint(String s) {
    return s.indexOf('T') >= 0 ? TimePoint.of(parseZoned(s)) : TimePoint.of(parseReportedDate(s));
  }

  /** Reads a zoned date-time whose offset agrees with its zone. */
  static ZonedDateTime parseZoned(String s) {
    TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(s);
    ZonedDateTime z = ZonedDateTime.from(parsed);
    ZoneOffset written = ZoneOffset.from(parsed);
    if (!z.getOffset().equals(written)) {
      throw new DateTimeException(
          "offset "
              + written
              + " is not the offset of "
              + z.getZone()
              + " at that time, which is "
              + z.getOffset());
    }
    return z;
  }

  // The text of each type above, read and written by a small class of its own rather than by
  // method references: a fresh JVM loads a class faster than it links a lambda, and every codec
  // here is created before the first record is read.

  /** Party ids and their text. */
  private static final class PartyIds
      implements Values.TextReader<PartyId>, Function<PartyId, String> {
    @Override
    public PartyId read(String text) {
      return PartyId.of(text);
    }

    @Override
    public String apply(PartyId value) {
      return value.value();
    }
  }

  /** Texts as they stand. */
  private static final class Texts implements Values.TextReader<String>, Function<String, String> {
    @Override
    public String read(String text) {
      return text;
    }

    @Override
    public String apply(String value) {
      return value;
    }
  }

  /** Place ids and their text. */
  private static final class PlaceIds
      implements Values.TextReader<PlaceId>, Function<PlaceId, String> {
    @Override
    public PlaceId read(String text) {
      return PlaceId.of(text);
    }

    @Override
    public String apply(PlaceId value) {
      return value.value();
    }
  }

  /** Record ids and their text. */
  private static final class RecordIds
      implements Values.TextReader<RecordId>, Function<RecordId, String> {
    @Override
    public RecordId read(String text) {
      return RecordId.of(text);
    }

    @Override
    public String apply(RecordId value) {
      return value.value();
    }
  }

  /** Country codes and their text. */
  private static final class CountryCodes
      implements Values.TextReader<CountryCode>, Function<CountryCode, String> {
    @Override
    public CountryCode read(String text) {
      return CountryCode.of(text);
    }

    @Override
    public String apply(CountryCode value) {
      return value.value();
    }
  }

  /** Region codes and their text. */
  private static final class RegionCodes
      implements Values.TextReader<RegionCode>, Function<RegionCode, String> {
    @Override
    public RegionCode read(String text) {
      return RegionCode.parse(text);
    }

    @Override
    public String apply(RegionCode value) {
      return value.value();
    }
  }

  /** Reported dates and their text, also written without a string. */
  private static final class ReportedDates
      implements Values.TextReader<ReportedDate>,
          Function<ReportedDate, String>,
          TextCodec.ValueWriter<ReportedDate> {
    @Override
    public ReportedDate read(String text) {
      return parseReportedDate(text);
    }

    @Override
    public String apply(ReportedDate value) {
      return value.toString();
    }

    @Override
    public void write(@Nullable Name name, ReportedDate value, TokenWriter g) throws IOException {
      DateText.write(name, value, g);
    }
  }

  /** Zoned date-times and their text. */
  private static final class ZonedDateTimes
      implements Values.TextReader<ZonedDateTime>, Function<ZonedDateTime, String> {
    @Override
    public ZonedDateTime read(String text) {
      return parseZoned(text);
    }

    @Override
    public String apply(ZonedDateTime value) {
      return value.toString();
    }
  }

  /** Local times and their text. */
  private static final class LocalTimes
      implements Values.TextReader<LocalTime>, Function<LocalTime, String> {
    @Override
    public LocalTime read(String text) {
      return LocalTime.parse(text);
    }

    @Override
    public String apply(LocalTime value) {
      return value.toString();
    }
  }

  /** Time-zone ids and their text. */
  private static final class ZoneIds
      implements Values.TextReader<ZoneId>, Function<ZoneId, String> {
    @Override
    public ZoneId read(String text) {
      return ZoneId.of(text);
    }

    @Override
    public String apply(ZoneId value) {
      return value.getId();
    }
  }

  /** Durations and their text. */
  private static final class Durations
      implements Values.TextReader<Duration>, Function<Duration, String> {
    @Override
    public Duration read(String text) {
      return Duration.parse(text);
    }

    @Override
    public String apply(Duration value) {
      return value.toString();
    }
  }

  /** Local date-times and their text. */
  private static final class LocalDateTimes
      implements Values.TextReader<LocalDateTime>, Function<LocalDateTime, String> {
    @Override
    public LocalDateTime read(String text) {
      return LocalDateTime.parse(text);
    }

    @Override
    public String apply(LocalDateTime value) {
      return value.toString();
    }
  }

  /** Time points and their text. */
  private static final class TimePoints
      implements Values.TextReader<TimePoint>, Function<TimePoint, String> {
    @Override
    public TimePoint read(String text) {
      return parseTimePoint(text);
    }

    @Override
    public String apply(TimePoint value) {
      return value.toString();
    }
  }
}
