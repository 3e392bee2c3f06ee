package dev.parley.chronicle;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.territory.Assessment;
import dev.parley.territory.ControlIndex;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import dev.parley.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable collection of parties, places and records (agreements, exchanges, talks, proposals,
 * claims, assessments, incidents): built, looked up by id or party, and checked as a whole. The
 * questions of each domain are asked of its view: {@link #exchanges()}, {@link #ceasefires()},
 * {@link #territory()} and {@link #incidents()}.
 *
 * <pre>{@code
 * Chronicle chronicle = Chronicle.builder()
 *     .addParties(russia, ukraine)
 *     .addPlaces(rakivka)
 *     .addRecords(agreement, firstTranche, ceasefireOffer, rakivkaClaim, odesaStrike)
 *     .build();
 * ValidationReport report = chronicle.validate();   // every cross-record finding, never only the first
 * chronicle.involving(PartyId.of("ua"), ReportedDate.parse("2025-05"));   // in date order
 * chronicle.exchanges().fulfilment(agreement.id(), LocalDate.of(2025, 5, 25));
 * }</pre>
 *
 * <p>A chronicle accepts imperfect data: duplicate ids and dangling references do not stop it from
 * being built; {@link #validate()} reports them as findings. Where several records share an id,
 * lookups by id see the one added last. {@link #merge} combines two chronicles, later revisions
 * replacing earlier ones by id. Instances are immutable and thread-safe; the lookups by id are
 * ready when the chronicle is built, and each index (by party, and each view's) is built once, on
 * its first query.
 */
public final class Chronicle {
  private final ImmutableList<Party> partyList;
  private final ImmutableList<Place> placeList;
  private final ImmutableList<ChronicleRecord> recordList;
  private final ImmutableMap<PartyId, Party> parties;
  private final ImmutableMap<PlaceId, Place> places;
  private final ImmutableMap<RecordId, ChronicleRecord> records;
  // Guava's own Supplier: in Guava's -android flavour it is not a java.util.function.Supplier.
  private final com.google.common.base.Supplier<ValidationReport> report;
  private final com.google.common.base.Supplier<ByParty> byParty;
  private final ExchangeView exchanges;
  private final CeasefireView ceasefires;
  private final com.google.common.base.Supplier<ControlIndex> territory;
  private final IncidentView incidents;

  private Chronicle(Builder b) {
    this.partyList = ImmutableList.copyOf(b.parties);
    this.placeList = ImmutableList.copyOf(b.places);
    this.recordList = ImmutableList.copyOf(b.records);
    this.parties = lastById(partyList, Party::id);
    this.places = lastById(placeList, Place::id);
    this.records = lastById(recordList, ChronicleRecord::id);
    this.report = Suppliers.memoize(() -> ChronicleRules.check(this));
    this.byType = Suppliers.memoize(() -> groupByType(records.values()));
    this.byParty = Suppliers.memoize(() -> new ByParty(records.values(), parties.values()));
    this.exchanges = new ExchangeView(this);
    this.ceasefires = new CeasefireView(this);
    this.territory =
        Suppliers.memoize(
            () ->
                ControlIndex.of(
                    latest(TerritorialClaim.class), latest(Assessment.class), places()));
    this.incidents = new IncidentView(this);
  }

  private static <K, V> ImmutableMap<K, V> lastById(
      List<V> values, java.util.function.Function<V, K> id) {
    // A key keeps the place it was first seen at and the value it was last given.
    Map<K, V> map = new java.util.LinkedHashMap<>();
    for (V v : values) {
      map.put(id.apply(v), v);
    }
    return ImmutableMap.copyOf(map);
  }

  private static ImmutableListMultimap<PartyId, ChronicleRecord> indexByParty(
      Collection<ChronicleRecord> records, Collection<Party> parties) {
    Map<PartyId, PartyId> actingFor = new HashMap<>();
    for (Party p : parties) {
      p.actingFor().ifPresent(a -> actingFor.put(p.id(), a));
    }
    List<ChronicleRecord> sorted = StoryOrder.sort(records);
    ImmutableListMultimap.Builder<PartyId, ChronicleRecord> index = ImmutableListMultimap.builder();
    for (ChronicleRecord r : sorted) {
      Set<PartyId> involved = new HashSet<>();
      for (PartyId p : r.referencedParties()) {
        involved.add(p);
        PartyId principal = actingFor.get(p);
        if (principal != null) {
          involved.add(principal);
        }
      }
      for (PartyId p : involved) {
        index.put(p, r);
      }
    }
    return index.build();
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the empty chronicle.
   *
   * @return a chronicle with no parties, places or records
   */
  public static Chronicle empty() {
    return builder().build();
  }

  /**
   * Returns every party, in the order added, duplicates included.
   *
   * @return the parties, immutable
   */
  public List<Party> parties() {
    return partyList;
  }

  /**
   * Returns every place, in the order added, duplicates included.
   *
   * @return the places, immutable
   */
  public List<Place> places() {
    return placeList;
  }

  /**
   * Returns every record, in the order added, duplicates included.
   *
   * @return the records, immutable
   */
  public List<ChronicleRecord> records() {
    return recordList;
  }

  /**
   * Returns the records of one type, in the order added.
   *
   * @param <T> the record class
   * @param type the record class, such as {@code Exchange.class}
   * @return the records of that type, immutable
   */
  public <T extends ChronicleRecord> List<T> records(Class<T> type) {
    requireNonNull(type, "type");
    return recordList.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Looks up a party.
   *
   * @param id the party's id
   * @return the party added last with that id, or empty
   */
  public Optional<Party> party(PartyId id) {
    return Optional.ofNullable(parties.get(requireNonNull(id, "id")));
  }

  /**
   * Looks up a place.
   *
   * @param id the place's id
   * @return the place added last with that id, or empty
   */
  public Optional<Place> place(PlaceId id) {
    return Optional.ofNullable(places.get(requireNonNull(id, "id")));
  }

  /**
   * Looks up a record.
   *
   * @param id the record's id
   * @return the record added last with that id, or empty
   */
  public Optional<ChronicleRecord> record(RecordId id) {
    return Optional.ofNullable(records.get(requireNonNull(id, "id")));
  }

  /**
   * Looks up a record of a given type.
   *
   * @param <T> the expected class
   * @param id the record's id
   * @param type the expected class
   * @return the record, or empty if there is none with that id or it is of another type
   */
  public <T extends ChronicleRecord> Optional<T> record(RecordId id, Class<T> type) {
    requireNonNull(type, "type");
    return record(id).filter(type::isInstance).map(type::cast);
  }

  /**
   * Returns every record that involves a party (directly, or through a person acting for it) and
   * whose date overlaps a period, in story order (by date, then id).
   *
   * @param party the party
   * @param period the period; a record counts if any of its days falls in it
   * @return the records, immutable
   */
  public List<ChronicleRecord> involving(PartyId party, ReportedDate period) {
    requireNonNull(period, "period");
    ByParty index = byParty.get();
    List<ChronicleRecord> all = index.records.get(requireNonNull(party, "party"));
    int from = StoryOrder.firstStartingFrom(all, period.start().minusDays(index.maxSpanDays));
    ImmutableList.Builder<ChronicleRecord> out = ImmutableList.builder();
    for (int i = from; i < all.size(); i++) {
      ChronicleRecord r = all.get(i);
      if (r.recordDate().start().isAfter(period.end())) {
        break;
      }
      if (!r.recordDate().end().isBefore(period.start())) {
        out.add(r);
      }
    }
    return out.build();
  }

  /**
   * Checks the chronicle as a whole: duplicate ids, references that do not resolve, and the
   * cross-record rules of exchanges, ceasefires and territory. Computed once and kept.
   *
   * @return the report; never stops at the first finding
   */
  public ValidationReport validate() {
    return report.get();
  }

  /** The latest revision of every record of a type, in the order added. */
  <T extends ChronicleRecord> List<T> latest(Class<T> type) {
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (ChronicleRecord r : byType.get().get(RecordType.of(type))) {
      out.add(type.cast(r));
    }
    return out.build();
  }

  /** The latest revisions grouped by their record type, in the order added; built once. */
  private final com.google.common.base.Supplier<ImmutableListMultimap<RecordType, ChronicleRecord>>
      byType;

  private static ImmutableListMultimap<RecordType, ChronicleRecord> groupByType(
      Collection<ChronicleRecord> records) {
    ImmutableListMultimap.Builder<RecordType, ChronicleRecord> b = ImmutableListMultimap.builder();
    for (ChronicleRecord r : records) {
      b.put(r.recordType(), r);
    }
    return b.build();
  }

  /**
   * Returns the exchanges of the chronicle: how far each agreement is fulfilled by its tranches.
   *
   * @return the view, not null; its index is built on first use
   */
  public ExchangeView exchanges() {
    return exchanges;
  }

  /**
   * Returns the ceasefire proposals and declarations of the chronicle, with their statuses.
   *
   * @return the view, not null; its index is built on first use
   */
  public CeasefireView ceasefires() {
    return ceasefires;
  }

  /**
   * Returns the territorial index of the chronicle: claims and assessments per place, region and
   * country, for as-of queries, latest controllers, contested places and control histories.
   *
   * @return the index, built once on first use
   */
  public ControlIndex territory() {
    return territory.get();
  }

  /**
   * Returns the incidents of the chronicle: casualties over a period, everywhere or in a region.
   *
   * @return the view, not null; its index is built on first use
   */
  public IncidentView incidents() {
    return incidents;
  }

  Map<PartyId, Party> partyIndex() {
    return parties;
  }

  Map<PlaceId, Place> placeIndex() {
    return places;
  }

  Map<RecordId, ChronicleRecord> recordIndex() {
    return records;
  }

  /**
   * Combines this chronicle with a later one: parties, places and records of the later one replace
   * those of this one that have the same id; everything else is kept. Merging is associative.
   *
   * @param later the later chronicle, whose revisions win
   * @return the result, which also lists what was replaced
   */
  public Merge merge(Chronicle later) {
    requireNonNull(later, "later");
    Map<PartyId, Party> ps = new LinkedHashMap<>(parties);
    Map<PlaceId, Place> pl = new LinkedHashMap<>(places);
    Map<RecordId, ChronicleRecord> rs = new LinkedHashMap<>(records);
    List<RecordId> replaced = new ArrayList<>();
    for (Party p : later.parties.values()) {
      ps.put(p.id(), p);
    }
    for (Place p : later.places.values()) {
      pl.put(p.id(), p);
    }
    for (ChronicleRecord r : later.records.values()) {
      ChronicleRecord old = rs.put(r.id(), r);
      if (old != null && !old.equals(r)) {
        replaced.add(r.id());
      }
    }
    Chronicle merged =
        builder()
            .addAllParties(ps.values())
            .addAllPlaces(pl.values())
            .addAllRecords(rs.values())
            .build();
    return new Merge(merged, replaced);
  }

  /**
   * Two chronicles are equal when they hold the same parties, places and records by id. Duplicates
   * and the order things were added in do not count.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Chronicle c
        && parties.equals(c.parties)
        && places.equals(c.places)
        && records.equals(c.records);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(parties, places, records);
  }

  /** Returns a short summary: counts of parties, places and records. */
  @Override
  public String toString() {
    return "Chronicle{"
        + partyList.size()
        + " parties, "
        + placeList.size()
        + " places, "
        + recordList.size()
        + " records}";
  }

  /** The records of each party (and of those acting for it) in story order, built on first use. */
  private static final class ByParty {
    final ImmutableListMultimap<PartyId, ChronicleRecord> records;
    final long maxSpanDays;

    ByParty(Collection<ChronicleRecord> records, Collection<Party> parties) {
      this.records = indexByParty(records, parties);
      this.maxSpanDays = StoryOrder.maxSpanDays(records);
    }
  }

  /**
   * The result of {@link Chronicle#merge}: the combined chronicle and the ids of the records whose
   * earlier revision was replaced by a different one. Immutable and thread-safe.
   */
  public static final class Merge {
    private final Chronicle chronicle;
    private final ImmutableList<RecordId> replaced;

    private Merge(Chronicle chronicle, List<RecordId> replaced) {
      this.chronicle = chronicle;
      this.replaced = ImmutableList.copyOf(replaced);
    }

    /**
     * Returns the combined chronicle.
     *
     * @return the chronicle, not null
     */
    public Chronicle chronicle() {
      return chronicle;
    }

    /**
     * Returns the ids of records replaced by a different later revision.
     *
     * @return the ids, in the later chronicle's order, immutable
     */
    public List<RecordId> replaced() {
      return replaced;
    }
  }

  /** Builds a {@link Chronicle}; not thread-safe. */
  public static final class Builder {
    private final List<Party> parties = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<ChronicleRecord> records = new ArrayList<>();

    private Builder() {}

    /**
     * Adds parties.
     *
     * @param values the parties
     * @return this builder
     */
    public Builder addParties(Party... values) {
      return addAllParties(List.of(values));
    }

    /**
     * Adds parties.
     *
     * @param values the parties
     * @return this builder
     */
    public Builder addAllParties(Iterable<? extends Party> values) {
      for (Party p : values) {
        parties.add(requireNonNull(p, "party"));
      }
      return this;
    }

    /**
     * Adds places.
     *
     * @param values the places
     * @return this builder
     */
    public Builder addPlaces(Place... values) {
      return addAllPlaces(List.of(values));
    }

    /**
     * Adds places.
     *
     * @param values the places
     * @return this builder
     */
    public Builder addAllPlaces(Iterable<? extends Place> values) {
      for (Place p : values) {
        places.add(requireNonNull(p, "place"));
      }
      return this;
    }

    /**
     * Adds records of any type.
     *
     * @param values the records
     * @return this builder
     */
    public Builder addRecords(ChronicleRecord... values) {
      return addAllRecords(List.of(values));
    }

    /**
     * Adds records of any type.
     *
     * @param values the records
     * @return this builder
     */
    public Builder addAllRecords(Iterable<? extends ChronicleRecord> values) {
      for (ChronicleRecord r : values) {
        records.add(requireNonNull(r, "record"));
      }
      return this;
    }

    /**
     * Builds the chronicle and its indexes.
     *
     * @return the chronicle, not null
     */
    public Chronicle build() {
      return new Chronicle(this);
    }
  }
}
