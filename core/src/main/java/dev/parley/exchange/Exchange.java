package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Equivalence;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.Participants;
import dev.parley.internal.References;
import dev.parley.internal.Repeats;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One prisoner exchange, often a tranche of a framework {@link Agreement}: when it took place, who
 * released how many people to whom, who mediated, through which states the released people passed,
 * where the handover was, and whether it happened.
 *
 * <pre>{@code
 * Exchange first = Exchange.builder()
 *     .id(RecordId.of("exchange:2025-05-23"))
 *     .agreement(RecordId.of("agreement:2025-05-16-1000-for-1000"))
 *     .date(ReportedDate.parse("2025-05-23"))
 *     .trancheNumber(1)
 *     .addDirection(Direction.of(PartyId.of("ru"), PartyId.of("ua"), 390))
 *     .addDirection(Direction.of(PartyId.of("ua"), PartyId.of("ru"), 390))
 *     .addParticipant(Participant.of(PartyId.of("by"), Role.TRANSIT))
 *     .status(ExchangeStatus.COMPLETED)
 *     .build();
 * first.released(PartyId.of("ru"));   // 390
 * first.parties();                     // [ru, ua, by]
 * }</pre>
 *
 * <p>Exchanges may be asymmetric: one side may release many more people than the other, and a
 * direction may be missing altogether; parity is never enforced here (see {@link
 * ExchangeFindings}). Instances are immutable and thread-safe. The validation rules are listed in
 * {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract non-sealed class Exchange implements WithExchange, ChronicleRecord {
  Exchange() {}

  public abstract RecordId id();

  /**
   * Returns the framework agreement this exchange carries out.
   *
   * @return the agreement's id, or empty for a stand-alone exchange
   */
  public abstract Optional<RecordId> agreement();

  /**
   * Returns a copy with {@link #agreement()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Exchange withAgreement(RecordId value);

  /**
   * Returns when the exchange took place, or is to take place.
   *
   * @return the date with its precision, not null
   */
  public abstract ReportedDate date();

  /**
   * Returns the time of day the release took place, where reports give it ("shortly after 16:00
   * local time"), on the exchange's day.
   *
   * @return the local time, or empty when not reported
   */
  public abstract Optional<LocalTime> timeOfDay();

  /**
   * Returns a copy with {@link #timeOfDay()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Exchange withTimeOfDay(LocalTime value);

  /**
   * Returns the zone of the exchange's date and time of day: the local zone the reports used.
   *
   * @return the zone, or empty when not reported
   */
  public abstract Optional<ZoneId> zone();

  /**
   * Returns a copy with {@link #zone()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Exchange withZone(ZoneId value);

  /**
   * Returns the instant of the release, when its day, time of day and zone are all known.
   *
   * @return the zoned date-time, or empty when the date is not a single day or the time of day or
   *     the zone is not reported
   */
  public Optional<ZonedDateTime> at() {
    if (timeOfDay().isEmpty() || zone().isEmpty() || !date().start().equals(date().end())) {
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.of(date().start(), timeOfDay().get(), zone().get()));
  }

  /**
   * Returns the number of this tranche within its agreement.
   *
   * @return one or more, or empty when the exchange is not numbered
   */
  public abstract OptionalInt trancheNumber();

  /**
   * Returns a copy with {@link #trancheNumber()} set to a present value.
   *
   * @param value the value
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Exchange withTrancheNumber(int value);

  /**
   * Returns who released people to whom, and how many.
   *
   * @return the directions, at least one, immutable
   */
  public abstract List<Direction> directions();

  /**
   * Returns a copy with {@link #directions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Exchange withDirections(Direction... elements);

  /**
   * Returns a copy with {@link #directions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Exchange withDirections(Iterable<? extends Direction> elements);

  /**
   * Returns the other parties involved: mediators, transit or custody states, facilitators, hosts
   * and commentators.
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
  public abstract Exchange withParticipants(Participant... elements);

  /**
   * Returns a copy with {@link #participants()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Exchange withParticipants(Iterable<? extends Participant> elements);

  /**
   * Returns where the handover took place.
   *
   * @return the venue, or empty when unknown
   */
  public abstract Optional<PlaceId> venue();

  /**
   * Returns a copy with {@link #venue()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Exchange withVenue(PlaceId value);

  /**
   * Returns whether the exchange was announced, completed, postponed or cancelled.
   *
   * @return the status, not null
   */
  public abstract ExchangeStatus status();

  /**
   * Returns the running number a source gave the exchange, such as "the 30th exchange since the war
   * began".
   *
   * @return the reported number with its sources, or empty when none was reported
   */
  public abstract Optional<RunningNumber> runningNumber();

  /**
   * Returns a copy with {@link #runningNumber()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Exchange withRunningNumber(RunningNumber value);

  /**
   * Returns a note on the exchange, in words.
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
  public abstract Exchange withNote(String value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Exchange}; not thread-safe. */
  public static final class Builder extends ImmutableExchange.Builder {
    Builder() {}
  }

  /**
   * Returns the parties that release or receive people, in order of first appearance, home states
   * receiving their own nationals included.
   *
   * @return the sides, immutable, at least one (a release into a territory has no receiving party)
   */
  public Set<PartyId> sides() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.builder();
    for (Direction d : directions()) {
      b.add(d.releasing());
      if (d.receiving().isPresent()) {
        b.add(d.receiving().get());
      }
    }
    return b.build();
  }

  /**
   * Returns every party the exchange involves: the sides, then the participants, then the
   * custodians and the participants of its directions.
   *
   * @return the parties, immutable, in order of first appearance
   */
  public Set<PartyId> parties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.<PartyId>builder().addAll(sides());
    for (Participant p : participants()) {
      b.add(p.party());
    }
    for (Direction d : directions()) {
      if (d.custody().isPresent()) {
        b.add(d.custody().get().custodian());
      }
      for (Participant p : d.participants()) {
        b.add(p.party());
      }
    }
    return b.build();
  }

  /**
   * Returns the directions whose people are held in a third party's custody on a day: the exchange
   * is completed, its first possible day is not after the day, and the custody has not certainly
   * ended by then ({@link Custody#isHeld(LocalDate)}). Custody is a status of its own: the release
   * counts toward fulfilment either way.
   *
   * @param day the day
   * @return the directions, in order, immutable, empty when no one is in custody
   */
  public List<Direction> inCustody(LocalDate day) {
    requireNonNull(day, "day");
    if (!isCompleted() || date().start().isAfter(day)) {
      return ImmutableList.of();
    }
    return directions().stream()
        .filter(d -> d.custody().map(k -> k.isHeld(day)).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public RecordType recordType() {
    return RecordType.EXCHANGE;
  }

  @Override
  public ReportedDate recordDate() {
    return date();
  }

  @Override
  public Set<PartyId> referencedParties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.<PartyId>builder().addAll(parties());
    for (Direction d : directions()) {
      for (ReleaseFigure f : d.figures()) {
        References.speakers(b, f.statements());
        for (NotableRelease n : f.notables()) {
          if (n.party().isPresent()) {
            b.add(n.party().get());
          }
        }
      }
    }
    if (runningNumber().isPresent()) {
      References.speakers(b, runningNumber().get().sources());
    }
    return b.build();
  }

  @Override
  public Set<PlaceId> referencedPlaces() {
    ImmutableSet.Builder<PlaceId> b = ImmutableSet.builder();
    if (venue().isPresent()) {
      b.add(venue().get());
    }
    for (Direction d : directions()) {
      if (d.releasedInto().isPresent()) {
        b.add(d.releasedInto().get());
      }
      for (Route r : d.routes()) {
        b.addAll(r.places());
      }
    }
    return b.build();
  }

  @Override
  public Set<RecordId> referencedRecords() {
    return References.of(agreement());
  }

  /**
   * Returns the direction from one party to another.
   *
   * @param releasing the releasing party
   * @param receiving the receiving party
   * @return the direction, or empty if the exchange has none between them in that sense
   */
  public Optional<Direction> direction(PartyId releasing, PartyId receiving) {
    requireNonNull(releasing, "releasing");
    requireNonNull(receiving, "receiving");
    return directions().stream()
        .filter(
            d -> d.releasing().equals(releasing) && d.receiving().equals(Optional.of(receiving)))
        .findFirst();
  }

  /**
   * Returns the accepted number a party released, over all its directions.
   *
   * @param releasing the releasing party
   * @return the sum of the accepted totals of its directions; {@code Estimate.exact(0)} when it
   *     released no one in this exchange; unknown when a direction's count is unknown; not null
   */
  public Estimate released(PartyId releasing) {
    requireNonNull(releasing, "releasing");
    Estimate sum = Estimate.exact(0);
    for (Direction d : directions()) {
      if (d.releasing().equals(releasing)) {
        sum = sum.plus(d.released());
      }
    }
    return sum;
  }

  /**
   * Returns the accepted number a party released that counts against an agreement's quota: the
   * parts of its figures that come in addition ({@link QuotaCounting#IN_ADDITION}) are left out.
   *
   * @param releasing the releasing party
   * @return the sum over its directions of {@link ReleaseFigure#towardQuota()}; {@code
   *     Estimate.exact(0)} when it released no one; never unknown; not null
   */
  public Estimate releasedTowardQuota(PartyId releasing) {
    requireNonNull(releasing, "releasing");
    Estimate sum = Estimate.exact(0);
    for (Direction d : directions()) {
      if (d.releasing().equals(releasing)) {
        sum = sum.plus(d.primaryFigure().orElse(ReleaseFigure.unknown()).towardQuota());
      }
    }
    return sum;
  }

  /**
   * Returns whether the people were actually released.
   *
   * @return true only for {@link ExchangeStatus#COMPLETED}
   */
  public boolean isCompleted() {
    return status() == ExchangeStatus.COMPLETED;
  }

  /**
   * Two directions are the same when they name the same releasing and receiving parties, or, with
   * no receiving party, the same place released into.
   */
  private static final Equivalence<Direction> SAME_PARTIES =
      new Equivalence<>() {
        @Override
        protected boolean doEquivalent(Direction a, Direction b) {
          return a.releasing().equals(b.releasing())
              && a.receiving().equals(b.receiving())
              && (a.receiving().isPresent() || a.releasedInto().equals(b.releasedInto()));
        }

        @Override
        protected int doHash(Direction d) {
          return 31 * d.releasing().hashCode()
              + (d.receiving().isPresent()
                  ? d.receiving().hashCode()
                  : d.releasedInto().hashCode());
        }
      };

  private void checkCustodyDates(Checker c, String path, Custody custody) {
    if (custody.until().isPresent() && custody.until().get().isBefore(date())) {
      c.fail(
          "EXCHANGE_CUSTODY_BEFORE_EXCHANGE",
          path + ".until",
          "custody until %s ends before the exchange of %s",
          custody.until().get(),
          date());
    }
    if (custody.ended().isPresent() && custody.ended().get().isBefore(date())) {
      c.fail(
          "EXCHANGE_CUSTODY_BEFORE_EXCHANGE",
          path + ".ended",
          "custody ended %s, before the exchange of %s",
          custody.ended().get(),
          date());
    }
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Exchange");
    c.check(
        !directions().isEmpty(),
        "EXCHANGE_NO_DIRECTION",
        "directions",
        "an exchange releases people in at least one direction, %s has none",
        id());
    BitSet repeats = Repeats.of(directions(), SAME_PARTIES);
    for (int i = repeats.nextSetBit(0); i >= 0; i = repeats.nextSetBit(i + 1)) {
      Direction d = directions().get(i);
      c.fail(
          "EXCHANGE_DIRECTION_DUPLICATE",
          "directions[" + i + "]",
          "the direction %s to %s is listed twice",
          d.releasing(),
          d.receiverText());
    }
    if (trancheNumber().isPresent()) {
      int n = trancheNumber().getAsInt();
      c.check(
          n >= 1,
          "EXCHANGE_TRANCHE_NUMBER_RANGE",
          "trancheNumber",
          "a tranche number must be one or more, was %s",
          n);
      c.check(
          agreement().isPresent(),
          "EXCHANGE_TRANCHE_WITHOUT_AGREEMENT",
          "trancheNumber",
          "tranche %s names no agreement it is a tranche of",
          n);
    }
    c.check(
        timeOfDay().isEmpty() || date().start().equals(date().end()),
        "EXCHANGE_TIME_WITHOUT_DAY",
        "timeOfDay",
        "a time of day %s needs a date of one day, was %s",
        timeOfDay(),
        date());
    c.check(
        Checker.absentOrNotBlank(note()),
        "EXCHANGE_NOTE_BLANK",
        "note",
        "a note must not be blank, was \"%s\"",
        note().orElse(""));
    if (!participants().isEmpty()) {
      // The sides as a plain list, repeats and all: the check only asks whether it holds a party.
      List<PartyId> sides = new ArrayList<>(directions().size() * 2);
      for (int i = 0; i < directions().size(); i++) {
        Direction d = directions().get(i);
        sides.add(d.releasing());
        if (d.receiving().isPresent()) {
          sides.add(d.receiving().get());
        }
      }
      Participants.check(c, "participants", participants(), sides);
    }
    for (int i = 0; i < directions().size(); i++) {
      Optional<Custody> custody = directions().get(i).custody();
      if (custody.isPresent()) {
        checkCustodyDates(c, "directions[" + i + "].custody", custody.get());
      }
    }
    c.throwIfInvalid();
  }
}
