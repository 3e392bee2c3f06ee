package dev.parley.territory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
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
 * <p>This is the certain reading, the default of every query that takes a day. The possible
 * reading, in which a claim or assessment counts from the first day of its date (a claim dated
 * {@code 2025-05} possibly counts from 1 May), is asked for by name: {@link
 * #possibleClaimsAsOf(PlaceId, LocalDate)}, {@link #possibleAssessmentsAsOf}, {@link
 * #possibleClaimStatuses} and {@link #isPossiblyContested(PlaceId, LocalDate)}. Queries that take
 * an instant read it as the instant's date in its own zone, as a ceasefire's status reads dates
 * against an instant (see {@code docs/time.md}).
 *
 * <h2>Places within regions</h2>
 *
 * An index built with the places ({@link #of(Collection, Collection, Collection)}) knows the ISO
 * 3166-2 region of each place, so a claim on a region and claims on the places within it speak
 * about the same ground. {@link #claimsAsOf(PlaceId, LocalDate)} gives each claimant's latest claim
 * on the place or on its region, and {@link #claimsAsOf(RegionCode, LocalDate)} each claimant's
 * latest claim on the region or on a place within it; of two claims with the same date, the claim
 * on the place counts (the narrower word), then the greater record id. {@link #isContested(PlaceId,
 * LocalDate)} reads the same claims as {@code claimsAsOf} on the place; {@link
 * #isContested(RegionCode, LocalDate)} and {@link #contestedRegions} see the places within a
 * region; {@link #claimsWithin} and {@link #claimsCovering} list every claimant's latest claim of
 * both levels, and {@link #controllersWithin} the assessed controllers of the places within a
 * region. {@link #exactClaimsAsOf(PlaceId, LocalDate)} and {@link #exactClaimsAsOf(RegionCode,
 * LocalDate)} answer for one territory alone. An index built without places sees no nesting.
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
 * is a binary search per claimant of the territory (of a region, and of each place within it that
 * some claim or assessment is about), and {@link #contestedPlaces} visits each place once, never
 * every claim. Instances are immutable and thread-safe.
 */
public final class ControlIndex {
  private static final Comparator<ReportedDate> DATE_ORDER =
      Comparator.comparing(ReportedDate::end)
          .thenComparing(ReportedDate::start)
          .thenComparing(ReportedDate::precision);

  private static final Comparator<TerritorialClaim> CLAIM_ORDER =
      Comparator.comparing(TerritorialClaim::asOf, DATE_ORDER).thenComparing(TerritorialClaim::id);

  /**
   * The order of claims about ground that nests: by date, then a claim on a place after a claim on
   * a region (the narrower word counts), then by record id.
   */
  private static final Comparator<TerritorialClaim> NESTED_ORDER =
      Comparator.comparing(TerritorialClaim::asOf, DATE_ORDER)
          .thenComparing(c -> c.subject().place().isPresent())
          .thenComparing(TerritorialClaim::id);

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

  /** Place to its first-level region, for the places given that have one. */
  private final ImmutableMap<PlaceId, RegionCode> regionOfPlace;

  /** Region to the places within it that some claim or assessment is about, ordered by id. */
  private final ImmutableMap<RegionCode, ImmutableSortedSet<PlaceId>> placesInRegion;

  private ControlIndex(
      Collection<TerritorialClaim> claimList,
      Collection<Assessment> assessmentList,
      Map<PlaceId, RegionCode> regions) {
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
    this.regionOfPlace = ImmutableMap.copyOf(regions);
    Map<RegionCode, ImmutableSortedSet.Builder<PlaceId>> within = new HashMap<>();
    regions.forEach(
        (place, region) -> {
          if (claimsByTerritory.containsKey(place) || assessmentsByPlace.containsKey(place)) {
            within.computeIfAbsent(region, k -> ImmutableSortedSet.naturalOrder()).add(place);
          }
        });
    ImmutableMap.Builder<RegionCode, ImmutableSortedSet<PlaceId>> w = ImmutableMap.builder();
    within.forEach((region, places) -> w.put(region, places.build()));
    this.placesInRegion = w.build();
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
    return new ControlIndex(claims, assessments, ImmutableMap.of());
  }

  /**
   * Builds an index that also knows the places, so that claims on a region and claims on the places
   * within it meet (see "Places within regions" in the class comment).
   *
   * @param claims the claims, with distinct ids; copied
   * @param assessments the assessments, with distinct ids; copied
   * @param places the places the claims and assessments may be about; each place's region code
   *     decides the region it lies in; places without a region stand alone; of several places with
   *     one id the last counts, as in a chronicle
   * @return the index, not null
   * @throws IllegalArgumentException if two claims or two assessments share an id
   */
  public static ControlIndex of(
      Collection<TerritorialClaim> claims,
      Collection<Assessment> assessments,
      Collection<Place> places) {
    requireNonNull(claims, "claims");
    requireNonNull(assessments, "assessments");
    Map<PlaceId, RegionCode> regions = new HashMap<>();
    for (Place p : requireNonNull(places, "places")) {
      requireNonNull(p, "place");
      if (p.region().isPresent()) {
        regions.put(p.id(), p.region().get());
      } else {
        regions.remove(p.id());
      }
    }
    return new ControlIndex(claims, assessments, regions);
  }

  /**
   * Returns the region a place lies in, as the places given to the index say.
   *
   * @param place the place
   * @return its ISO 3166-2 region, or empty when the index was given no such place or the place has
   *     no region
   */
  public Optional<RegionCode> regionOf(PlaceId place) {
    return Optional.ofNullable(regionOfPlace.get(requireNonNull(place, "place")));
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
   * Returns what each claimant claimed about a place as of a day: its latest claim that counts
   * about the place or about the region the place lies in (see "Places within regions" in the class
   * comment). A claim on the place and a claim on its region with the same date: the claim on the
   * place counts.
   *
   * @param place the place
   * @param day the day
   * @return claimant to latest claim, ordered by claimant, immutable; empty if none counts; only
   *     the place's own claims when the index does not know the place's region
   */
  public Map<PartyId, TerritorialClaim> claimsAsOf(PlaceId place, LocalDate day) {
    return placeView(requireNonNull(place, "place"), requireNonNull(day, "day"));
  }

  /**
   * Returns what each claimant claimed about a place at an instant, the day being the instant's
   * date in its own zone (the rule of {@code docs/time.md}); see {@link #claimsAsOf(PlaceId,
   * LocalDate)}.
   *
   * @param place the place
   * @param at the instant, whose zone decides the day
   * @return claimant to latest claim, ordered by claimant, immutable; empty if none counts
   */
  public Map<PartyId, TerritorialClaim> claimsAsOf(PlaceId place, ZonedDateTime at) {
    return claimsAsOf(place, requireNonNull(at, "at").toLocalDate());
  }

  /**
   * Returns what each claimant claimed about a region as of a day: its latest claim that counts
   * about the region as a whole or about a place within it (see "Places within regions" in the
   * class comment). Claims with the same date: a claim on a place counts over a claim on the whole
   * region, then the greater record id.
   *
   * @param region the region
   * @param day the day
   * @return claimant to latest claim, ordered by claimant, immutable; empty if none counts; only
   *     the region's own claims when the index was given no places
   */
  public Map<PartyId, TerritorialClaim> claimsAsOf(RegionCode region, LocalDate day) {
    requireNonNull(region, "region");
    requireNonNull(day, "day");
    ImmutableSortedSet<PlaceId> within = placesInRegion.get(region);
    if (within == null) {
      return latestPerClaimant(region, day);
    }
    TreeMap<PartyId, TerritorialClaim> view = new TreeMap<>(latestPerClaimant(region, day));
    for (PlaceId p : within) {
      latestPerClaimant(p, day)
          .forEach((claimant, c) -> view.merge(claimant, c, ControlIndex::later));
    }
    return ImmutableSortedMap.copyOfSorted(view);
  }

  /**
   * Returns what each claimant claimed about exactly one place as of a day, without the claims on
   * its region: its latest claim on the place that counts.
   *
   * @param place the place
   * @param day the day
   * @return claimant to latest claim, ordered by claimant, immutable; empty if none counts
   */
  public Map<PartyId, TerritorialClaim> exactClaimsAsOf(PlaceId place, LocalDate day) {
    return latestPerClaimant(requireNonNull(place, "place"), requireNonNull(day, "day"));
  }

  /**
   * Returns what each claimant claimed about a region as a whole as of a day, without the claims on
   * the places within it.
   *
   * @param region the region
   * @param day the day
   * @return claimant to latest claim, ordered by claimant, immutable; empty if none counts
   */
  public Map<PartyId, TerritorialClaim> exactClaimsAsOf(RegionCode region, LocalDate day) {
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
   * Returns who the latest assessment at an instant says controls a place, the day being the
   * instant's date in its own zone (the rule of {@code docs/time.md}).
   *
   * @param place the place
   * @param at the instant, whose zone decides the day
   * @return the controller, or empty if no assessment counts
   */
  public Optional<Controller> latestController(PlaceId place, ZonedDateTime at) {
    return latestController(place, requireNonNull(at, "at").toLocalDate());
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
    int said = 0;
    for (Effect e : latest.values()) {
      said |= e.flag;
    }
    return status(said);
  }

  /** The derived status from what the judges' latest words say: a union of {@link Effect} flags. */
  private static AssessmentStatus status(int said) {
    boolean confirmed = (said & Effect.CONFIRM.flag) != 0;
    boolean denied = (said & Effect.DENY.flag) != 0;
    boolean disputed = (said & Effect.DISPUTE.flag) != 0;
    if (disputed || (confirmed && denied)) {
      return AssessmentStatus.CONTESTED;
    }
    if (denied) {
      return AssessmentStatus.DENIED;
    }
    return confirmed ? AssessmentStatus.CONFIRMED : AssessmentStatus.UNVERIFIED;
  }

  /**
   * Returns the derived statuses a claim possibly has as of a day, given the doubt in the dates of
   * the judgements: a judgement dated to a week or a month possibly counts from the first day of
   * its date and certainly from the last (as in {@link #possibleClaimsAsOf(PlaceId, LocalDate)}).
   * Each judge's possible latest words are combined with every other judge's, and a judge none of
   * whose words certainly counts may also have said nothing yet.
   *
   * @param claim the claim's id
   * @param day the day
   * @return the possible statuses, in {@link AssessmentStatus} order, immutable, never empty; they
   *     include {@link #claimStatus(RecordId, LocalDate)}, the certain reading, and are that status
   *     alone when no judgement's date spans the day
   * @throws IllegalArgumentException if the index holds no claim with this id
   */
  public Set<AssessmentStatus> possibleClaimStatuses(RecordId claim, LocalDate day) {
    requireNonNull(claim, "claim");
    requireNonNull(day, "day");
    checkArgument(claims.containsKey(claim), "no claim with id %s", claim);
    Map<Object, List<Judgement>> byJudge = new LinkedHashMap<>();
    for (Judgement j : judgements.getOrDefault(claim, ImmutableList.of())) {
      if (!j.date.start().isAfter(day)) {
        byJudge.computeIfAbsent(j.judge, k -> new ArrayList<>()).add(j);
      }
    }
    // the unions of flags that some reading of the dates gives: at most eight
    boolean[] reachable = new boolean[Effect.ALL_FLAGS + 1];
    reachable[0] = true;
    for (List<Judgement> words : byJudge.values()) {
      boolean certain = !words.get(0).date.end().isAfter(day);
      List<Judgement> possible = possible(words, j -> j.date, day);
      boolean[] next = new boolean[reachable.length];
      for (int said = 0; said < reachable.length; said++) {
        if (reachable[said]) {
          next[said] = next[said] || !certain;
          for (Judgement j : possible) {
            next[said | j.effect.flag] = true;
          }
        }
      }
      reachable = next;
    }
    EnumSet<AssessmentStatus> out = EnumSet.noneOf(AssessmentStatus.class);
    for (int said = 0; said < reachable.length; said++) {
      if (reachable[said]) {
        out.add(status(said));
      }
    }
    return Sets.immutableEnumSet(out);
  }

  /**
   * Returns whether the claims about a place are contested as of a day: two claimants' latest
   * claims each say they control it, or some claimant's latest claim is denied or contested. The
   * claims on the place's region count too (see "Places within regions" in the class comment): a
   * claimant's latest claim on the place decides for it, else its latest claim on the region.
   *
   * @param place the place
   * @param day the day
   * @return true if contested
   */
  public boolean isContested(PlaceId place, LocalDate day) {
    return contested(placeView(requireNonNull(place, "place"), requireNonNull(day, "day")), day);
  }

  /**
   * Returns whether the claims about a place are contested at an instant, the day being the
   * instant's date in its own zone (the rule of {@code docs/time.md}).
   *
   * @param place the place
   * @param at the instant, whose zone decides the day
   * @return true if contested as of that day
   */
  public boolean isContested(PlaceId place, ZonedDateTime at) {
    return isContested(place, requireNonNull(at, "at").toLocalDate());
  }

  /**
   * Each claimant's latest claim that counts for a place as of a day, of its claims on the place
   * and on the place's region.
   */
  private Map<PartyId, TerritorialClaim> placeView(PlaceId place, LocalDate day) {
    ImmutableSortedMap<PartyId, TerritorialClaim> own = latestPerClaimant(place, day);
    RegionCode region = regionOfPlace.get(place);
    if (region == null || !claimsByTerritory.containsKey(region)) {
      return own;
    }
    TreeMap<PartyId, TerritorialClaim> view = new TreeMap<>(latestPerClaimant(region, day));
    own.forEach((claimant, c) -> view.merge(claimant, c, ControlIndex::later));
    return ImmutableSortedMap.copyOfSorted(view);
  }

  /** The later of two claims of one claimant in {@link #NESTED_ORDER}. */
  private static TerritorialClaim later(TerritorialClaim a, TerritorialClaim b) {
    return NESTED_ORDER.compare(a, b) >= 0 ? a : b;
  }

  private boolean contested(Map<PartyId, TerritorialClaim> latest, LocalDate day) {
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
   * Returns whether a region is contested as of a day: its own claims are (two claimants' latest
   * claims on the region each say they control it, or one is denied or contested), or some place
   * within it is contested (see {@link #isContested(PlaceId, LocalDate)}, which counts the region's
   * claims against the place's). Two sides each holding different places of a region do not contest
   * it by that alone.
   *
   * @param region the region
   * @param day the day
   * @return true if contested
   */
  public boolean isContested(RegionCode region, LocalDate day) {
    requireNonNull(region, "region");
    requireNonNull(day, "day");
    return contested(latestPerClaimant(region, day), day)
        || anyPlaceWithin(region, p -> isContested(p, day));
  }

  /** Whether a place within a region that some claim or assessment is about passes a test. */
  private boolean anyPlaceWithin(RegionCode region, java.util.function.Predicate<PlaceId> test) {
    for (PlaceId p : placesInRegion.getOrDefault(region, ImmutableSortedSet.of())) {
      if (test.test(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the regions contested as of a day (see {@link #isContested(RegionCode, LocalDate)}):
   * regions claimed as a whole, and regions of the places given to the index.
   *
   * @param day the day
   * @return the regions, ordered by code, immutable
   */
  public SortedSet<RegionCode> contestedRegions(LocalDate day) {
    requireNonNull(day, "day");
    java.util.Set<RegionCode> regions = new java.util.HashSet<>(placesInRegion.keySet());
    for (Object territory : claimsByTerritory.keySet()) {
      if (territory instanceof RegionCode r) {
        regions.add(r);
      }
    }
    ImmutableSortedSet.Builder<RegionCode> out =
        ImmutableSortedSet.orderedBy(Comparator.comparing(RegionCode::toString));
    for (RegionCode r : regions) {
      if (isContested(r, day)) {
        out.add(r);
      }
    }
    return out.build();
  }

  /**
   * Returns what was claimed about a region and the places within it as of a day: each claimant's
   * latest claim on the region as a whole, then, place by place in id order, each claimant's latest
   * claim on the place.
   *
   * @param region the region
   * @param day the day
   * @return the claims, region first, then places by id, each by claimant; immutable
   */
  public List<TerritorialClaim> claimsWithin(RegionCode region, LocalDate day) {
    requireNonNull(region, "region");
    requireNonNull(day, "day");
    ImmutableList.Builder<TerritorialClaim> out = ImmutableList.builder();
    out.addAll(latestPerClaimant(region, day).values());
    for (PlaceId p : placesInRegion.getOrDefault(region, ImmutableSortedSet.of())) {
      out.addAll(latestPerClaimant(p, day).values());
    }
    return out.build();
  }

  /**
   * Returns what was claimed about a place as of a day, the claims on its region included: each
   * claimant's latest claim on the region, then each claimant's latest claim on the place.
   *
   * @param place the place
   * @param day the day
   * @return the claims, region first, each by claimant; immutable; only the place's own when the
   *     index does not know the place's region
   */
  public List<TerritorialClaim> claimsCovering(PlaceId place, LocalDate day) {
    requireNonNull(place, "place");
    requireNonNull(day, "day");
    ImmutableList.Builder<TerritorialClaim> out = ImmutableList.builder();
    RegionCode region = regionOfPlace.get(place);
    if (region != null) {
      out.addAll(latestPerClaimant(region, day).values());
    }
    out.addAll(latestPerClaimant(place, day).values());
    return out.build();
  }

  /**
   * Returns who the latest assessment as of a day says controls each assessed place within a
   * region.
   *
   * @param region the region
   * @param day the day
   * @return place to controller, ordered by place id, immutable; places with no assessment that
   *     counts are left out
   */
  public SortedMap<PlaceId, Controller> controllersWithin(RegionCode region, LocalDate day) {
    requireNonNull(region, "region");
    requireNonNull(day, "day");
    ImmutableSortedMap.Builder<PlaceId, Controller> out = ImmutableSortedMap.naturalOrder();
    for (PlaceId p : placesInRegion.getOrDefault(region, ImmutableSortedSet.of())) {
      latestController(p, day).ifPresent(c -> out.put(p, c));
    }
    return out.build();
  }

  /**
   * Returns what each claimant possibly claimed about a place as of a day: the claims on the place
   * or on its region that may be its latest, given the doubt in their dates. A claim counts
   * possibly from the first day of its date and certainly from the last; it is left out once a
   * claim of the same claimant certainly counts and certainly comes after it. {@link
   * #claimsAsOf(PlaceId, LocalDate)} gives the certain answer.
   *
   * @param place the place
   * @param day the day
   * @return claimant to its possible latest claims in date order, ordered by claimant, immutable; a
   *     claimant with one claim here is certain of it only if {@code claimsAsOf} gives the same
   *     claim
   */
  public Map<PartyId, List<TerritorialClaim>> possibleClaimsAsOf(PlaceId place, LocalDate day) {
    requireNonNull(place, "place");
    requireNonNull(day, "day");
    ImmutableSortedMap<PartyId, List<TerritorialClaim>> own = possiblePerClaimant(place, day);
    RegionCode region = regionOfPlace.get(place);
    if (region == null || !claimsByTerritory.containsKey(region)) {
      return own;
    }
    return possibleOfAll(List.of(possiblePerClaimant(region, day), own), day);
  }

  /**
   * Returns what each claimant possibly claimed about a region as of a day: the claims on the
   * region as a whole or on a place within it that may be its latest (see {@link
   * #possibleClaimsAsOf(PlaceId, LocalDate)} and {@link #claimsAsOf(RegionCode, LocalDate)}).
   *
   * @param region the region
   * @param day the day
   * @return claimant to its possible latest claims in date order, ordered by claimant, immutable
   */
  public Map<PartyId, List<TerritorialClaim>> possibleClaimsAsOf(RegionCode region, LocalDate day) {
    requireNonNull(region, "region");
    requireNonNull(day, "day");
    ImmutableSortedMap<PartyId, List<TerritorialClaim>> own = possiblePerClaimant(region, day);
    ImmutableSortedSet<PlaceId> within = placesInRegion.get(region);
    if (within == null) {
      return own;
    }
    List<Map<PartyId, List<TerritorialClaim>>> all = new ArrayList<>();
    all.add(own);
    for (PlaceId p : within) {
      all.add(possiblePerClaimant(p, day));
    }
    return possibleOfAll(all, day);
  }

  /**
   * Each claimant's possible latest claims of several territories together. The possible latest
   * claims of a union are the possible latest of each part's possible latest claims: the claim that
   * certainly counts with the latest start in each part is among that part's possible ones.
   */
  private static ImmutableSortedMap<PartyId, List<TerritorialClaim>> possibleOfAll(
      List<? extends Map<PartyId, List<TerritorialClaim>>> parts, LocalDate day) {
    TreeMap<PartyId, List<TerritorialClaim>> merged = new TreeMap<>();
    for (Map<PartyId, List<TerritorialClaim>> part : parts) {
      part.forEach(
          (claimant, claims) ->
              merged.computeIfAbsent(claimant, k -> new ArrayList<>()).addAll(claims));
    }
    ImmutableSortedMap.Builder<PartyId, List<TerritorialClaim>> out =
        ImmutableSortedMap.naturalOrder();
    merged.forEach(
        (claimant, claims) -> {
          claims.sort(NESTED_ORDER);
          out.put(claimant, possible(claims, TerritorialClaim::asOf, day));
        });
    return out.build();
  }

  private ImmutableSortedMap<PartyId, List<TerritorialClaim>> possiblePerClaimant(
      Object territory, LocalDate day) {
    ImmutableSortedMap<PartyId, ImmutableList<TerritorialClaim>> perClaimant =
        claimsByTerritory.get(territory);
    if (perClaimant == null) {
      return ImmutableSortedMap.of();
    }
    ImmutableSortedMap.Builder<PartyId, List<TerritorialClaim>> out =
        ImmutableSortedMap.naturalOrder();
    perClaimant.forEach(
        (claimant, list) -> {
          List<TerritorialClaim> possible = possible(list, TerritorialClaim::asOf, day);
          if (!possible.isEmpty()) {
            out.put(claimant, possible);
          }
        });
    return out.build();
  }

  /**
   * Returns whether the claims about a place are possibly contested as of a day, given the doubt in
   * the dates of claims and judgements: some reading of the dates makes them contested (see {@link
   * #isContested(PlaceId, LocalDate)}, the certain reading). That is so when two claimants each
   * possibly have a latest claim saying they control the place ({@link #possibleClaimsAsOf(PlaceId,
   * LocalDate)}), or a possible latest claim is possibly denied or contested ({@link
   * #possibleClaimStatuses}).
   *
   * @param place the place
   * @param day the day
   * @return true if possibly contested; always true when {@code isContested} is
   */
  public boolean isPossiblyContested(PlaceId place, LocalDate day) {
    return possiblyContested(possibleClaimsAsOf(place, day), day);
  }

  /**
   * Returns whether the claims about a place are possibly contested at an instant, the day being
   * the instant's date in its own zone (the rule of {@code docs/time.md}).
   *
   * @param place the place
   * @param at the instant, whose zone decides the day
   * @return true if possibly contested as of that day
   */
  public boolean isPossiblyContested(PlaceId place, ZonedDateTime at) {
    return isPossiblyContested(place, requireNonNull(at, "at").toLocalDate());
  }

  /**
   * Returns whether a region is possibly contested as of a day: its own claims possibly are, or
   * some place within it possibly is (as {@link #isContested(RegionCode, LocalDate)} reads the
   * certain claims).
   *
   * @param region the region
   * @param day the day
   * @return true if possibly contested; always true when {@code isContested} is
   */
  public boolean isPossiblyContested(RegionCode region, LocalDate day) {
    requireNonNull(region, "region");
    requireNonNull(day, "day");
    return possiblyContested(possiblePerClaimant(region, day), day)
        || anyPlaceWithin(region, p -> isPossiblyContested(p, day));
  }

  private boolean possiblyContested(Map<PartyId, List<TerritorialClaim>> possible, LocalDate day) {
    int controlling = 0;
    for (List<TerritorialClaim> claims : possible.values()) {
      if (claims.stream().anyMatch(TerritorialClaim::assertsControl) && ++controlling >= 2) {
        return true;
      }
    }
    for (List<TerritorialClaim> claims : possible.values()) {
      for (TerritorialClaim c : claims) {
        Set<AssessmentStatus> s = possibleClaimStatuses(c.id(), day);
        if (s.contains(AssessmentStatus.DENIED) || s.contains(AssessmentStatus.CONTESTED)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the assessments of a place that may be the latest as of a day, given the doubt in their
   * dates (as {@link #possibleClaimsAsOf(PlaceId, LocalDate)} does for claims); {@link
   * #latestAssessment(PlaceId, LocalDate)} gives the certain answer.
   *
   * @param place the place
   * @param day the day
   * @return the assessments in the index's order, immutable; empty if none possibly counts
   */
  public List<Assessment> possibleAssessmentsAsOf(PlaceId place, LocalDate day) {
    requireNonNull(place, "place");
    requireNonNull(day, "day");
    return possible(controlByPlace.getOrDefault(place, ImmutableList.of()), Assessment::date, day);
  }

  /**
   * The elements of a list in the index's order that may be the latest as of a day: those whose
   * date starts on or before the day and does not end before the latest start among the elements
   * that certainly count.
   */
  private static <T> List<T> possible(
      List<T> sorted, Function<T, ReportedDate> date, LocalDate day) {
    LocalDate certainStart = null;
    for (T t : sorted) {
      ReportedDate d = date.apply(t);
      if (!d.end().isAfter(day) && (certainStart == null || d.start().isAfter(certainStart))) {
        certainStart = d.start();
      }
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (T t : sorted) {
      ReportedDate d = date.apply(t);
      if (!d.start().isAfter(day) && (certainStart == null || !d.end().isBefore(certainStart))) {
        out.add(t);
      }
    }
    return out.build();
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
    CONFIRM(1),
    DENY(2),
    DISPUTE(4),
    NEUTRAL(0);

    /** The union of every effect's flag. */
    static final int ALL_FLAGS = 7;

    /** A bit of its own for each effect that bears on the status; none for a neutral word. */
    final int flag;

    Effect(int flag) {
      this.flag = flag;
    }

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
