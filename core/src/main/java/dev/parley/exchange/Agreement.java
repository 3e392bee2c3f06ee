package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Equivalence;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.Participants;
import dev.parley.internal.References;
import dev.parley.internal.Repeats;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.time.ReportedDate;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A framework agreement to exchange prisoners, carried out by one or more {@link Exchange}
 * tranches: the sides, when and where it was agreed, and what each side undertakes to release.
 *
 * <pre>{@code
 * Agreement thousandForThousand = Agreement.builder()
 *     .id(RecordId.of("agreement:2025-05-16-1000-for-1000"))
 *     .addSides(PartyId.of("ru"), PartyId.of("ua"))
 *     .agreed(ReportedDate.parse("2025-05-16"))
 *     .venue(PlaceId.of("tr:istanbul"))
 *     .negotiationRound(RecordId.of("talks:2025-05-16-istanbul"))
 *     .addQuotas(Quota.of(PartyId.of("ru"), 1000), Quota.of(PartyId.of("ua"), 1000))
 *     .parity(true)
 *     .build();
 * }</pre>
 *
 * <p>An agreement keeps who announced it ({@link #sources()}) and a note in words. An extension or
 * amendment is an agreement of its own that links to the one it revises ({@link #revises()});
 * {@link AgreementChain} reads the whole chain. An exchange agreement that is part of a truce names
 * it ({@link #truce()}).
 *
 * <p>How far it has been carried out is computed by {@link Fulfilment}, never stored. Instances are
 * immutable and thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract non-sealed class Agreement implements WithAgreement, ChronicleRecord {
  Agreement() {}

  public abstract RecordId id();

  /**
   * Returns the sides that exchange prisoners.
   *
   * @return two or more distinct parties, immutable
   */
  public abstract List<PartyId> sides();

  /**
   * Returns a copy with {@link #sides()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Agreement withSides(PartyId... elements);

  /**
   * Returns a copy with {@link #sides()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Agreement withSides(Iterable<? extends PartyId> elements);

  /**
   * Returns the other parties involved, such as mediators and hosts.
   *
   * @return the participants, immutable, possibly empty
   */
  public abstract List<Participant> participants();

  /**
   * Returns a copy with {@link #participants()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Agreement withParticipants(Participant... elements);

  /**
   * Returns a copy with {@link #participants()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Agreement withParticipants(Iterable<? extends Participant> elements);

  /**
   * Returns when the agreement was reached.
   *
   * @return the date with its precision, not null
   */
  public abstract ReportedDate agreed();

  /**
   * Returns where the agreement was reached.
   *
   * @return the place, or empty when unknown
   */
  public abstract Optional<PlaceId> venue();

  /**
   * Returns a copy with {@link #venue()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Agreement withVenue(PlaceId value);

  /**
   * Returns the negotiation round that produced the agreement.
   *
   * @return the round's record id, or empty when unknown
   */
  public abstract Optional<RecordId> negotiationRound();

  /**
   * Returns a copy with {@link #negotiationRound()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Agreement withNegotiationRound(RecordId value);

  /**
   * Returns what each side undertakes to release.
   *
   * @return the quotas, immutable, possibly empty when the terms are unknown
   */
  public abstract List<Quota> quotas();

  /**
   * Returns a copy with {@link #quotas()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Agreement withQuotas(Quota... elements);

  /**
   * Returns a copy with {@link #quotas()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Agreement withQuotas(Iterable<? extends Quota> elements);

  /**
   * Returns whether the agreement promises equal numbers each way, as "1,000 for 1,000" does.
   * Imbalanced tranches are then reported as warnings, never rejected.
   *
   * @return true if parity was promised; false by default
   */
  @Value.Default
  public boolean parity() {
    return false;
  }

  /**
   * Returns the period within which the agreement is to be carried out, such as "over the next two
   * days".
   *
   * @return the target period, or empty when none was set
   */
  public abstract Optional<ReportedDate> target();

  /**
   * Returns a copy with {@link #target()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Agreement withTarget(ReportedDate value);

  /**
   * Returns the day from which the agreement is carried out, for an implementation period with an
   * open end ("from 9 June on").
   *
   * @return the start, not before the agreement, or empty when none was given
   */
  public abstract Optional<ReportedDate> implementationStart();

  /**
   * Returns a copy with {@link #implementationStart()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Agreement withImplementationStart(ReportedDate value);

  /**
   * Returns cumulative totals sources reported for the agreement ("more than 1,200 returned so
   * far"), kept beside the computed {@link Fulfilment}, never in its place.
   *
   * @return the reported totals, in order, immutable, possibly empty
   */
  public abstract List<ReportedTotal> reportedTotals();

  /**
   * Returns a copy with {@link #reportedTotals()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Agreement withReportedTotals(ReportedTotal... elements);

  /**
   * Returns a copy with {@link #reportedTotals()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Agreement withReportedTotals(Iterable<? extends ReportedTotal> elements);

  /**
   * Returns the statements that announced or confirmed the agreement, such as a mediator's
   * announcement or a joint statement of two parties (one statement per party, each with its
   * stance).
   *
   * @return the statements, in order, immutable, possibly empty
   */
  public abstract List<Statement> sources();

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Agreement withSources(Statement... elements);

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Agreement withSources(Iterable<? extends Statement> elements);

  /**
   * Returns a note on the agreement, in words, such as "as a gesture of goodwill".
   *
   * @return the note, not blank, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns a copy with {@link #note()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Agreement withNote(String value);

  /**
   * Returns the earlier agreement this one extends or amends.
   *
   * @return the link, not to this agreement itself, or empty for an agreement that revises none
   */
  public abstract Optional<AgreementRevision> revises();

  /**
   * Returns a copy with {@link #revises()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Agreement withRevises(AgreementRevision value);

  /**
   * Returns the truce or ceasefire this exchange agreement is part of, such as a humanitarian pause
   * during which the releases take place.
   *
   * @return the record id of a ceasefire-like record, or empty
   */
  public abstract Optional<RecordId> truce();

  /**
   * Returns a copy with {@link #truce()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Agreement withTruce(RecordId value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}; not thread-safe. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }

  /**
   * Returns every party the agreement involves: the sides, then the participants.
   *
   * @return the parties, immutable, in order of first appearance
   */
  public Set<PartyId> parties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.<PartyId>builder().addAll(sides());
    for (Participant p : participants()) {
      b.add(p.party());
    }
    return b.build();
  }

  @Override
  public RecordType recordType() {
    return RecordType.AGREEMENT;
  }

  @Override
  public ReportedDate recordDate() {
    return agreed();
  }

  @Override
  public Set<PartyId> referencedParties() {
    if (reportedTotals().isEmpty() && sources().isEmpty()) {
      return parties();
    }
    ImmutableSet.Builder<PartyId> b = ImmutableSet.<PartyId>builder().addAll(parties());
    for (ReportedTotal r : reportedTotals()) {
      References.speakers(b, r.sources());
    }
    for (Statement s : sources()) {
      if (s.source().speaker().isPresent()) {
        b.add(s.source().speaker().get());
      }
    }
    return b.build();
  }

  @Override
  public Set<PlaceId> referencedPlaces() {
    return References.of(venue());
  }

  @Override
  public Set<RecordId> referencedRecords() {
    if (revises().isEmpty() && truce().isEmpty()) {
      return References.of(negotiationRound());
    }
    ImmutableSet.Builder<RecordId> b = ImmutableSet.builder();
    if (negotiationRound().isPresent()) {
      b.add(negotiationRound().get());
    }
    if (revises().isPresent()) {
      b.add(revises().get().agreement());
    }
    if (truce().isPresent()) {
      b.add(truce().get());
    }
    return b.build();
  }

  /**
   * Returns the quotas one side undertakes, alone or jointly with others.
   *
   * @param side the side
   * @return its quotas in order, immutable, empty if it has none
   */
  public List<Quota> quotasOf(PartyId side) {
    requireNonNull(side, "side");
    return quotas().stream()
        .filter(q -> q.releasingParties().contains(side))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Agreement");
    c.check(
        sides().size() >= 2 && Repeats.of(sides(), Equivalence.equals()).isEmpty(),
        "EXCHANGE_AGREEMENT_SIDES",
        "sides",
        "an agreement needs two or more distinct sides, was %s",
        sides());
    BitSet repeated = Repeats.of(quotas(), SAME_KIND);
    for (int i = 0; i < quotas().size(); i++) {
      Quota q = quotas().get(i);
      if (!sides().contains(q.releasing())) {
        c.fail(
            "EXCHANGE_QUOTA_NOT_A_SIDE",
            "quotas[" + i + "].releasing",
            "quota %s is for %s, which is not a side of the agreement %s",
            q,
            q.releasing(),
            sides());
      }
      for (int j = 0; j < q.jointWith().size(); j++) {
        if (!sides().contains(q.jointWith().get(j))) {
          c.fail(
              "EXCHANGE_QUOTA_NOT_A_SIDE",
              "quotas[" + i + "].jointWith[" + j + "]",
              "quota %s is shared with %s, which is not a side of the agreement %s",
              q,
              q.jointWith().get(j),
              sides());
        }
      }
      if (q.ratio().isPresent() && !sides().contains(q.ratio().get().counterpart())) {
        c.fail(
            "EXCHANGE_QUOTA_NOT_A_SIDE",
            "quotas[" + i + "].ratio.counterpart",
            "quota %s counts the releases of %s, which is not a side of the agreement %s",
            q,
            q.ratio().get().counterpart(),
            sides());
      }
      if (repeated.get(i)) {
        c.fail(
            "EXCHANGE_QUOTA_DUPLICATE",
            "quotas[" + i + "]",
            "%s repeats an earlier quota of the same side, category and kind",
            q);
      }
    }
    if (parity() && quotas().size() > 1) {
      checkParity(c);
    }
    c.check(
        Checker.absentOrNotBlank(note()),
        "EXCHANGE_AGREEMENT_NOTE_BLANK",
        "note",
        "a note must not be blank, was \"%s\"",
        note().orElse(""));
    if (revises().isPresent()) {
      c.check(
          !revises().get().agreement().equals(id()),
          "EXCHANGE_REVISION_SELF",
          "revises.agreement",
          "agreement %s cannot revise itself",
          id());
    }
    if (target().isPresent()) {
      c.check(
          !target().get().isBefore(agreed()),
          "EXCHANGE_TARGET_BEFORE_AGREED",
          "target",
          "the target period %s ends before the agreement of %s",
          target().get(),
          agreed());
    }
    if (implementationStart().isPresent()) {
      ReportedDate start = implementationStart().get();
      c.check(
          !start.isBefore(agreed()),
          "EXCHANGE_IMPLEMENTATION_BEFORE_AGREED",
          "implementationStart",
          "the implementation starting %s starts before the agreement of %s",
          start,
          agreed());
      if (target().isPresent()) {
        c.check(
            !target().get().isBefore(start),
            "EXCHANGE_TARGET_BEFORE_IMPLEMENTATION",
            "target",
            "the target period %s ends before the implementation starting %s",
            target().get(),
            start);
      }
    }
    for (int i = 0; i < reportedTotals().size(); i++) {
      ReportedTotal r = reportedTotals().get(i);
      c.check(
          sides().contains(r.releasing()),
          "EXCHANGE_REPORTED_TOTAL_NOT_A_SIDE",
          "reportedTotals[" + i + "].releasing",
          "a reported total counts the releases of %s, which is not a side of %s",
          r.releasing(),
          sides());
      c.check(
          !r.asOf().isBefore(agreed()),
          "EXCHANGE_REPORTED_TOTAL_BEFORE_AGREED",
          "reportedTotals[" + i + "].asOf",
          "a total reported as of %s is dated before the agreement of %s",
          r.asOf(),
          agreed());
    }
    if (!participants().isEmpty()) {
      Participants.check(c, "participants", participants(), sides());
    }
    c.throwIfInvalid();
  }

  /**
   * Two quotas are of the same kind when they give the same side (with the same joint sides) the
   * same category, age bracket and kind of promise: a count, or a ratio of the same counterpart.
   */
  private static final Equivalence<Quota> SAME_KIND =
      new Equivalence<>() {
        @Override
        protected boolean doEquivalent(Quota a, Quota b) {
          return (a.jointWith().isEmpty() && b.jointWith().isEmpty()
                  ? a.releasing().equals(b.releasing())
                  : a.releasingParties().equals(b.releasingParties()))
              && a.category().equals(b.category())
              && a.isNumeric() == b.isNumeric()
              && a.ages().equals(b.ages())
              && Objects.equals(counterpart(a), counterpart(b));
        }

        @Override
        protected int doHash(Quota q) {
          return Objects.hash(
              q.releasingParties(), q.category(), q.isNumeric(), q.ages(), counterpart(q));
        }
      };

  /** The party a quota's ratio counts the releases of, or null if it has no ratio. */
  private static @Nullable PartyId counterpart(Quota q) {
    return q.ratio().isPresent() ? q.ratio().get().counterpart() : null;
  }

  /**
   * Parity promised holds for the whole and per category: the count quotas that count no category
   * must give every side the same number, and so must those of one category (and age bracket),
   * whatever the totals say. A side's number is its last such quota.
   *
   * <p>The rule is checked first without building anything, since nearly every agreement keeps it;
   * the grouping that names the unequal numbers is built only for one that breaks it.
   */
  private void checkParity(Checker c) {
    if (quotas().size() <= Repeats.PAIRWISE_AT_MOST && !parityBroken()) {
      return;
    }
    Map<PartyId, Long> overall = new TreeMap<>();
    Map<List<Object>, Map<PartyId, Long>> byCategory = new LinkedHashMap<>();
    for (Quota q : quotas()) {
      if (!q.isNumeric()) {
        continue;
      }
      if (q.category().isEmpty()) {
        overall.put(q.releasing(), q.count().getAsLong());
      } else if (q.jointWith().isEmpty()) {
        List<Object> key = List.of(q.category().get(), q.ages());
        Map<PartyId, Long> counts = byCategory.get(key);
        if (counts == null) {
          counts = new TreeMap<>();
          byCategory.put(key, counts);
        }
        counts.put(q.releasing(), q.count().getAsLong());
      }
    }
    c.check(
        new HashSet<>(overall.values()).size() <= 1,
        "EXCHANGE_PARITY_QUOTAS_UNEQUAL",
        "quotas",
        "an agreement promising parity gives the sides different numbers: %s",
        overall);
    for (Map.Entry<List<Object>, Map<PartyId, Long>> e : byCategory.entrySet()) {
      if (new HashSet<>(e.getValue().values()).size() > 1) {
        c.fail(
            "EXCHANGE_PARITY_CATEGORY_UNEQUAL",
            "quotas",
            "an agreement promising parity gives the sides different numbers of %s: %s",
            e.getKey().get(0),
            e.getValue());
      }
    }
  }

  /**
   * Whether two sides' last count quotas of the whole, or of one category and age bracket, give
   * different numbers; compares the quotas pairwise.
   */
  private boolean parityBroken() {
    List<Quota> qs = quotas();
    for (int i = 0; i < qs.size(); i++) {
      Quota a = qs.get(i);
      if (!countsForParity(a) || !isLastOfItsSide(i)) {
        continue;
      }
      for (int j = i + 1; j < qs.size(); j++) {
        Quota b = qs.get(j);
        if (countsForParity(b)
            && sameGroup(a, b)
            && !a.releasing().equals(b.releasing())
            && a.count().getAsLong() != b.count().getAsLong()
            && isLastOfItsSide(j)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a quota takes part in the parity rule: a count, of the whole or of a side alone. */
  private static boolean countsForParity(Quota q) {
    return q.isNumeric() && (q.category().isEmpty() || q.jointWith().isEmpty());
  }

  /** Whether two quotas that take part in the parity rule count the same group. */
  private static boolean sameGroup(Quota a, Quota b) {
    return a.category().equals(b.category())
        && (a.category().isEmpty() || a.ages().equals(b.ages()));
  }

  /** Whether no later quota of the same group gives the same side another number. */
  private boolean isLastOfItsSide(int i) {
    List<Quota> qs = quotas();
    Quota a = qs.get(i);
    for (int j = i + 1; j < qs.size(); j++) {
      Quota b = qs.get(j);
      if (countsForParity(b) && sameGroup(a, b) && a.releasing().equals(b.releasing())) {
        return false;
      }
    }
    return true;
  }
}
