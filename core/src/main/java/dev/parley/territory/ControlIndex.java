package dev.parley.territory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable index of territorial claims and assessments that answers, as of any day, what each
 * claimant claimed about a territory, who was last assessed to control a place, which places are
 * contested, and how a place changed hands.
 *
 * <pre>{@code
 * ControlIndex index = ControlIndex.of(claims, assessments);
 * LocalDate day = LocalDate.of(2025, 5, 23);
 * index.claimsAsOf(PlaceId.of("ua:rakivka"), day);        // {ru=claim:ru:rakivka}
 * index.claimStatus(RecordId.of("claim:ru:rakivka"));     // UNVERIFIED
 * index.latestController(PlaceId.of("ua:rakivka"), day);  // Optional.empty: nobody assessed it
 * index.contestedPlaces(day);                              // places two sides claim, or with a denial
 * }</pre>
 *
 * <h2>As of a day</h2>
 *
 * A claim or assessment counts as of a day once its whole date lies on or before that day (a claim
 * dated {@code 2025-05} counts from 31 May), so nothing that might lie after the day is ever used,
 * and adding a record dated after a day never changes an answer as of that day. Among the records
 * that count, the latest is the one with the latest last day, then the latest first day (the order
 * of {@link #chronological()}), then the greatest record id, so that every answer is deterministic.
 *
 * <h2>Derived status of a claim</h2>
 *
 * The judges of a claim are the assessors of assessments that name it and the speakers of the
 * statements in its provenance, except the claimant itself: a claimant's own word never confirms,
 * denies or disputes its claim. Each judge's latest word counts (a statement is dated by its
 * source's publication date, else by the claim's date). No judgement: {@link
 * AssessmentStatus#UNVERIFIED}; only confirmations: {@link AssessmentStatus#CONFIRMED}; only
 * denials: {@link AssessmentStatus#DENIED}; a dispute, or confirmations and denials together:
 * {@link AssessmentStatus#CONTESTED}. Unverified assessments and plain claims are neutral.
 *
 * <h2>Cost</h2>
 *
 * Building sorts every claim and assessment once: O(n log n). Claims are kept per territory and
 * claimant, assessments per place and judgements per claim, each sorted by date, so an as-of query
 * is a binary search per claimant of the territory, and {@link #contestedPlaces} visits each place
 * once, never every claim. Instances are immutable and thread-safe.
 */
public final class ControlIndex {
  private static final Comparator<ReportedDate> DATE_ORDER =
      Comparator.comparing(ReportedDate::end)
          .thenComparing(ReportedDate::start)
          .thenComparing(ReportedDate::precision);

  private static final Comparator<TerritorialClaim> CLAIM_ORDER =
      Comparator.comparing(TerritorialClaim::asOf, DATE_ORDER).thenComparing(TerritorialClaim::id);

  private static final Comparator<Assessment> ASSESSMENT_ORDER =
      Comparator.comparing(Assessment::date, DATE_ORDER).thenComparing(Assessment::id);

  private static final Comparator<ControlEvent> EVENT_ORDER =
      Comparator.comparing(ControlEvent::date, DATE_ORDER)
          .thenComparing(e -> e.claim().isPresent() ? 0 : 1)
          .thenComparing(ControlEvent::id);

  private final ImmutableMap<RecordId, TerritorialClaim> claims;

  /** Territory (place id, region code or country) to claimant to claims in order. */
  private final ImmutableMap<Object, ImmutableSortedMap<PartyId, ImmutableList<TerritorialClaim>>>
      claimsByTerritory;

  /** Place to every assessment about it, in order, self-confirmations included. */
  private final ImmutableMap<PlaceId, ImmutableList<Assessment>> assessmentsByPlace;

  /** Place to the assessments that count for control, in order: self-confirmations left out. */
  private final ImmutableMap<PlaceId, ImmutableList<Assessment>> controlByPlace;

  /** Claim to the judgements of others, in order. */
  private final ImmutableMap<RecordId, ImmutableList<Judgement>> judgements;

  private ControlIndex(
      Collection<TerritorialClaim> claimList, Collection<Assessment> assessmentList) {
    Map<RecordId, TerritorialClaim> byId = new LinkedHashMap<>();
    Map<Object, Map<PartyId, List<TerritorialClaim>>> territories = new HashMap<>();
    for (TerritorialClaim c : claimList) {
      requireNonNull(c, "claim");
      checkArgument(byId.put(c.id(), c) == null, "two claims have the id %s", c.id());
      territories
          .computeIfAbsent(c.subject().territory(), k -> new HashMap<>())
          .computeIfAbsent(c.claimant(), k -> new ArrayList<>())
          .add(c);
    }
    this.claims = ImmutableMap.copyOf(byId);
    ImmutableMap.Builder<Object, ImmutableSortedMap<PartyId, ImmutableList<TerritorialClaim>>> t =
        ImmutableMap.builder();
    territories.forEach(
        (territory, perClaimant) -> {
          ImmutableSortedMap.Builder<PartyId, ImmutableList<TerritorialClaim>> m =
              ImmutableSortedMap.naturalOrder();
          perClaimant.forEach(
              (claimant, list) -> m.put(claimant, ImmutableList.sortedCopyOf(CLAIM_ORDER, list)));
          t.put(territory, m.build());
        });
    this.claimsByTerritory = t.build();

    Map<PlaceId, List<Assessment>> all = new HashMap<>();
    Map<PlaceId, List<Assessment>> control = new HashMap<>();
    Map<RecordId, List<Judgement>> judged = new HashMap<>();
    Map<RecordId, Assessment> seen = new HashMap<>();
    int seq = 0;
    for (TerritorialClaim c : claims.values()) {
      for (Statement s : c.provenance()) {
        Optional<Effect> effect = Effect.of(s);
        if (effect.isPresent() && s.isIndependentOf(c.claimant())) {
          Object judge = s.source().speaker().map(p -> (Object) p).orElse(s.source());
          ReportedDate date = s.source().published().orElse(c.asOf());
          judged
              .computeIfAbsent(c.id(), k -> new ArrayList<>())
              .add(new Judgement(judge, date, effect.get(), seq++));
        }
      }
    }
    for (Assessment a : assessmentList) {
      requireNonNull(a, "assessment");
      checkArgument(seen.put(a.id(), a) == null, "two assessments have the id %s", a.id());
      Optional<TerritorialClaim> claim = a.claim().map(claims::get);
      boolean self = claim.map(c -> c.claimant().equals(a.assessor())).orElse(false);
      Optional<PlaceId> place = a.place().or(() -> claim.flatMap(c -> c.subject().place()));
      place.ifPresent(
          p -> {
            all.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
            if (!(self && a.status() == AssessmentStatus.CONFIRMED)) {
              control.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
            }
          });
      if (claim.isPresent() && !self) {
        judged
            .computeIfAbsent(claim.get().id(), k -> new ArrayList<>())
            .add(new Judgement(a.assessor(), a.date(), Effect.of(a.status()), seq++));
      }
    }
    this.assessmentsByPlace = sortedValues(all, ASSESSMENT_ORDER);
    this.controlByPlace = sortedValues(control, ASSESSMENT_ORDER);
    this.judgements = sortedValues(judged, Judgement.ORDER);
  }

  private static <K, V> ImmutableMap<K, ImmutableList<V>> sortedValues(
      Map<K, List<V>> map, Comparator<? super V> order) {
    ImmutableMap.Builder<K, ImmutableList<V>> b = ImmutableMap.builderWithExpectedSize(map.size());
    map.forEach((k, v) -> b.put(k, ImmutableList.sortedCopyOf(order, v)));
    return b.build();
  }

  /**
   * Builds an index.
   *
   * @param claims the claims, with distinct ids; copied
   * @param assessments the assessments, with distinct ids; copied. An assessment of a claim not
   *     given counts only for the place it names.
   * @return the index, not null
   * @throws IllegalArgumentException if two claims or two assessments share an id
   */
  public static ControlIndex of(
      Collection<TerritorialClaim> claims, Collection<Assessment> assessments) {
    requireNonNull(claims, "claims");
    requireNonNull(assessments, "assessments");
    return new ControlIndex(claims, assessments);
  }

  /**
   * Returns the order in which the index calls one record later than another: by last day, then
   * first day, then precision of the date (in {@link dev.parley.time.DatePrecision} order); ties
   * are broken by record id.
   *
   * @return the comparator of reported dates, not null
   */
  public static Comparator<ReportedDate> chronological() {
    return DATE_ORDER;
  }

  /**
   * Returns a claim by id.
   *
   * @param id the claim's id
   * @return the claim, or empty if the index holds none with this id
   */
  public Optional<TerritorialClaim> claim(RecordId id) {
    return Optional.ofNullable(claims.get(requireNonNull(id, "id")));
  }

  /**
   * Returns what each claimant claimed about a place as of a day: its latest claim that counts.
   *
   * @param place the place
   * @param day the day
   * @return claimant to latest claim, ordered by claimant, immutable; empty if none counts
   */
  public Map<PartyId, TerritorialClaim> claimsAsOf(PlaceId place, LocalDate day) {
    return latestPerClaimant(requireNonNull(place, "place"), requireNonNull(day, "day"));
  }

  /**
   * Returns what each claimant claimed about a region as a whole as of a day.
   *
   * @param region the region
   * @param day the day
   * @return claimant to latest claim, ordered by claimant, immutable; empty if none counts
   */
  public Map<PartyId, TerritorialClaim> claimsAsOf(RegionCode region, LocalDate day) {
    return latestPerClaimant(requireNonNull(region, "region"), requireNonNull(day, "day"));
  }

  /**
   * Returns each claimant's latest claim to a share of a country's territory as of a day.
   *
   * @param country the country
   * @param day the day
   * @return claimant to latest claim, ordered by claimant, immutable; empty if none counts
   */
  public Map<PartyId, TerritorialClaim> shareClaimsAsOf(CountryCode country, LocalDate day) {
    return latestPerClaimant(requireNonNull(country, "country"), requireNonNull(day, "day"));
  }

  private ImmutableSortedMap<PartyId, TerritorialClaim> latestPerClaimant(
      Object territory, LocalDate day) {
    ImmutableSortedMap<PartyId, ImmutableList<TerritorialClaim>> perClaimant =
        claimsByTerritory.get(territory);
    if (perClaimant == null) {
      return ImmutableSortedMap.of();
    }
    ImmutableSortedMap.Builder<PartyId, TerritorialClaim> out = ImmutableSortedMap.naturalOrder();
    perClaimant.forEach(
        (claimant, list) -> {
          int n = countUpTo(list, c -> c.asOf().end(), day);
          if (n > 0) {
            out.put(claimant, list.get(n - 1));
          }
        });
    return out.build();
  }

  /**
   * Returns the latest assessment of who controls a place as of a day. Assessments that confirm the
   * assessor's own claim are left out.
   *
   * @param place the place
   * @param day the day
   * @return the assessment, or empty if none counts
   */
  public Optional<Assessment> latestAssessment(PlaceId place, LocalDate day) {
    requireNonNull(place, "place");
    requireNonNull(day, "day");
    ImmutableList<Assessment> list = controlByPlace.getOrDefault(place, ImmutableList.of());
    int n = countUpTo(list, a -> a.date().end(), day);
    return n == 0 ? Optional.empty() : Optional.of(list.get(n - 1));
  }

  /**
   * Returns who the latest assessment as of a day says controls a place.
   *
   * @param place the place
   * @param day the day
   * @return the controller (a party, contested or unknown), or empty if no assessment counts: a
   *     claim alone is not control
   */
  public Optional<Controller> latestController(PlaceId place, LocalDate day) {
    return latestAssessment(place, day).map(Assessment::controller);
  }

  /**
   * Returns the derived status of a claim, from everything in the index.
   *
   * @param claim the claim's id
   * @return the status, not null
   * @throws IllegalArgumentException if the index holds no claim with this id
   */
  public AssessmentStatus claimStatus(RecordId claim) {
    return claimStatus(claim, LocalDate.MAX);
  }

  /**
   * Returns the derived status of a claim from the judgements that count as of a day.
   *
   * @param claim the claim's id
   * @param day the day
   * @return the status, {@link AssessmentStatus#UNVERIFIED} when no one else has judged it yet
   * @throws IllegalArgumentException if the index holds no claim with this id
   */
  public AssessmentStatus claimStatus(RecordId claim, LocalDate day) {
    requireNonNull(claim, "claim");
    requireNonNull(day, "day");
    checkArgument(claims.containsKey(claim), "no claim with id %s", claim);
    ImmutableList<Judgement> list = judgements.getOrDefault(claim, ImmutableList.of());
    int n = countUpTo(list, j -> j.date.end(), day);
    Map<Object, Effect> latest = new HashMap<>();
    for (int i = 0; i < n; i++) {
      latest.put(list.get(i).judge, list.get(i).effect);
    }
    boolean confirmed = latest.containsValue(Effect.CONFIRM);
    boolean denied = latest.containsValue(Effect.DENY);
    boolean disputed = latest.containsValue(Effect.DISPUTE);
    if (disputed || (confirmed && denied)) {
      return AssessmentStatus.CONTESTED;
    }
    if (denied) {
      return AssessmentStatus.DENIED;
    }
    return confirmed ? AssessmentStatus.CONFIRMED : AssessmentStatus.UNVERIFIED;
  }

  /**
   * Returns whether the claims about a place are contested as of a day: two claimants' latest
   * claims each say they control it, or some claimant's latest claim is denied or contested.
   *
   * @param place the place
   * @param day the day
   * @return true if contested
   */
  public boolean isContested(PlaceId place, LocalDate day) {
    Map<PartyId, TerritorialClaim> latest = claimsAsOf(place, day);
    int controlling = 0;
    for (TerritorialClaim c : latest.values()) {
      if (c.assertsControl() && ++controlling >= 2) {
        return true;
      }
    }
    for (TerritorialClaim c : latest.values()) {
      AssessmentStatus s = claimStatus(c.id(), day);
      if (s == AssessmentStatus.DENIED || s == AssessmentStatus.CONTESTED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the places whose claims are contested as of a day (see {@link #isContested}).
   *
   * @param day the day
   * @return the places, ordered by id, immutable
   */
  public SortedSet<PlaceId> contestedPlaces(LocalDate day) {
    requireNonNull(day, "day");
    ImmutableSortedSet.Builder<PlaceId> out = ImmutableSortedSet.naturalOrder();
    for (Object territory : claimsByTerritory.keySet()) {
      if (territory instanceof PlaceId p && isContested(p, day)) {
        out.add(p);
      }
    }
    return out.build();
  }

  /**
   * Returns every claim about a place and every assessment of it, in date order (a claim before an
   * assessment of the same date), self-confirmations included.
   *
   * @param place the place
   * @return the events, immutable; empty if the index knows nothing of the place
   */
  public List<ControlEvent> history(PlaceId place) {
    requireNonNull(place, "place");
    List<ControlEvent> events = new ArrayList<>();
    ImmutableSortedMap<PartyId, ImmutableList<TerritorialClaim>> perClaimant =
        claimsByTerritory.get(place);
    if (perClaimant != null) {
      perClaimant.values().forEach(list -> list.forEach(c -> events.add(ControlEvent.of(c))));
    }
    assessmentsByPlace
        .getOrDefault(place, ImmutableList.of())
        .forEach(a -> events.add(ControlEvent.of(a)));
    return ImmutableList.sortedCopyOf(EVENT_ORDER, events);
  }

  /**
   * Returns how a place changed hands by assessment: each time the assessed controller differs from
   * the one before. Assessments naming an unknown controller, and assessments that confirm the
   * assessor's own claim, are passed over; claims alone never change hands.
   *
   * @param place the place
   * @return the changes in date order, the first from no one; immutable
   */
  public List<ControlChange> changesOfHands(PlaceId place) {
    requireNonNull(place, "place");
    ImmutableList.Builder<ControlChange> out = ImmutableList.builder();
    @Nullable Controller current = null;
    for (Assessment a : controlByPlace.getOrDefault(place, ImmutableList.of())) {
      Controller next = a.controller();
      if (next.kind() != ControllerKind.UNKNOWN && !next.equals(current)) {
        out.add(
            current == null
                ? ControlChange.first(a.date(), next, a.id())
                : ControlChange.of(a.date(), current, next, a.id()));
        current = next;
      }
    }
    return out.build();
  }

  /** The number of leading elements of a sorted list whose day is on or before {@code day}. */
  private static <T> int countUpTo(List<T> sorted, Function<T, LocalDate> end, LocalDate day) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end.apply(sorted.get(mid)).isAfter(day)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** What a judge says of a claim. */
  private enum Effect {
    CONFIRM,
    DENY,
    DISPUTE,
    NEUTRAL;

    static Effect of(AssessmentStatus status) {
      switch (status) {
        case CONFIRMED:
          return CONFIRM;
        case DENIED:
          return DENY;
        case CONTESTED:
          return DISPUTE;
        default:
          return NEUTRAL;
      }
    }

    static Optional<Effect> of(Statement s) {
      switch (s.stance()) {
        case CONFIRMS:
          return Optional.of(CONFIRM);
        case DENIES:
          return Optional.of(DENY);
        case DISPUTES:
          return Optional.of(DISPUTE);
        default:
          return Optional.empty();
      }
    }
  }

  /** One judge's word on a claim, with its date and the order it was given in. */
  private static final class Judgement {
    static final Comparator<Judgement> ORDER =
        Comparator.<Judgement, ReportedDate>comparing(j -> j.date, DATE_ORDER)
            .thenComparingInt(j -> j.seq);

    final Object judge;
    final ReportedDate date;
    final Effect effect;
    final int seq;

    Judgement(Object judge, ReportedDate date, Effect effect, int seq) {
      this.judge = judge;
      this.date = date;
      this.effect = effect;
      this.seq = seq;
    }
  }

  @Override
  public String toString() {
    return "ControlIndex["
        + claims.size()
        + " claims, "
        + assessmentsByPlace.size()
        + " places assessed]";
  }
}
