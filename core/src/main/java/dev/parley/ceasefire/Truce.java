package dev.parley.ceasefire;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.TimeRanges;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.time.ReportedDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A truce agreed by two or more sides through mediators, such as a humanitarian pause: who agreed
 * it, who brokered it, when it was announced, when it entered into force in local time, its initial
 * length or end, and its extensions, each possibly conditional on releases; a record of a
 * chronicle.
 *
 * <pre>{@code
 * ZoneId gaza = ZoneId.of("Asia/Jerusalem");
 * Truce pause = Truce.builder()
 *     .id(RecordId.of("truce:2023-11-gaza-pause"))
 *     .addParties(PartyId.of("il"), PartyId.of("hamas"))
 *     .addMediators(PartyId.of("qa"), PartyId.of("eg"), PartyId.of("us"))
 *     .announced(TimePoint.parse("2023-11-22"))
 *     .zone(gaza)
 *     .inForce(LocalDateTime.of(2023, 11, 24, 7, 0))
 *     .length(Duration.ofDays(4))
 *     .addExtensions(twoDays, oneDay)
 *     .build();
 * pause.effectiveEnd();   // Optional[2023-12-01T07:00+02:00[Asia/Jerusalem]]
 * pause.phaseAt(ZonedDateTime.parse("2023-11-29T12:00Z"));   // IN_FORCE
 * }</pre>
 *
 * <p>Unlike a {@link CeasefireProposal}, a truce has no proposer: its mediators brokered it and are
 * not its parties. <b>The truce's own zone decides.</b> Its entry into force is a local date-time
 * in {@link #zone()}, and every date-only value of the truce (the announcement, a date-only end or
 * extension, the dates of the exchanges its conditions link to) is read in that zone, in validation
 * and in queries alike, so a status never depends on the zone of the instant asked about. A
 * date-only end stands for the end of its last day. The length is elapsed time from the entry into
 * force. Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}; the time rule in {@code docs/time.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract non-sealed class Truce implements WithTruce, ChronicleRecord {
  Truce() {}

  public abstract RecordId id();

  /**
   * Returns the parties who agreed the truce.
   *
   * @return two or more distinct parties, in order, immutable
   */
  public abstract List<PartyId> parties();

  /**
   * Returns a copy with {@link #parties()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Truce withParties(PartyId... elements);

  /**
   * Returns a copy with {@link #parties()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Truce withParties(Iterable<? extends PartyId> elements);

  /**
   * Returns the mediators who brokered it; none of them is a party.
   *
   * @return the mediators, in order, possibly empty, immutable
   */
  public abstract List<PartyId> mediators();

  /**
   * Returns a copy with {@link #mediators()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Truce withMediators(PartyId... elements);

  /**
   * Returns a copy with {@link #mediators()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Truce withMediators(Iterable<? extends PartyId> elements);

  /**
   * Returns when the truce was announced.
   *
   * @return an instant or a date, not null
   */
  public abstract TimePoint announced();

  /**
   * Returns the truce's own time zone, in which its entry into force is given and its date-only
   * values are read.
   *
   * @return the zone, not null
   */
  public abstract ZoneId zone();

  /**
   * Returns the local date-time of the entry into force, in {@link #zone()}.
   *
   * @return the local date-time, not null
   */
  public abstract LocalDateTime inForce();

  /**
   * Returns the initial length, as reported ("four days").
   *
   * @return the positive length, or empty
   */
  public abstract Optional<Duration> length();

  /**
   * Returns a copy with {@link #length()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Truce withLength(Duration value);

  /**
   * Returns the initial end, as reported.
   *
   * @return an instant or a date (its last day), or empty
   */
  public abstract Optional<TimePoint> end();

  /**
   * Returns a copy with {@link #end()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Truce withEnd(TimePoint value);

  /**
   * Returns the extensions, in the order they were announced; each extends the end the one before
   * it set.
   *
   * @return the extensions, possibly empty, immutable
   */
  public abstract List<TruceExtension> extensions();

  /**
   * Returns a copy with {@link #extensions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Truce withExtensions(TruceExtension... elements);

  /**
   * Returns a copy with {@link #extensions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Truce withExtensions(Iterable<? extends TruceExtension> elements);

  /**
   * Returns a short note, as reported.
   *
   * @return the note, not blank when present
   */
  public abstract Optional<String> note();

  /**
   * Returns a copy with {@link #note()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Truce withNote(String value);

  /**
   * Returns who reported the truce.
   *
   * @return the statements, possibly empty, immutable
   */
  public abstract List<Statement> provenance();

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Truce withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Truce withProvenance(Iterable<? extends Statement> elements);

  @Override
  public RecordType recordType() {
    return RecordType.TRUCE;
  }

  /**
   * The announcement's date; for an instant, its date in the truce's own zone, or in the instant's
   * own zone when that date would fall outside the supported span.
   */
  @Override
  public ReportedDate recordDate() {
    return announced()
        .dateTime()
        .map(
            t -> {
              java.time.LocalDate local = t.withZoneSameInstant(zone()).toLocalDate();
              return ReportedDate.ofDay(TimeRanges.contains(local) ? local : t.toLocalDate());
            })
        .orElseGet(() -> announced().date().orElseThrow());
  }

  @Override
  public Set<PartyId> referencedParties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.builder();
    b.addAll(parties()).addAll(mediators());
    for (TruceExtension e : extensions()) {
      e.condition().flatMap(ReleaseCondition::releasedBy).ifPresent(b::add);
    }
    provenance().forEach(s -> s.source().speaker().ifPresent(b::add));
    return b.build();
  }

  @Override
  public Set<PlaceId> referencedPlaces() {
    return ImmutableSet.of();
  }

  @Override
  public Set<RecordId> referencedRecords() {
    ImmutableSet.Builder<RecordId> b = ImmutableSet.builder();
    for (TruceExtension e : extensions()) {
      e.condition().ifPresent(c -> b.add(c.exchange()));
    }
    return b.build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Truce}; not thread-safe. */
  public static final class Builder extends ImmutableTruce.Builder {
    Builder() {}
  }

  /**
   * Returns the entry into force in the truce's zone.
   *
   * @return the zoned date-time, not null
   */
  public ZonedDateTime start() {
    return inForce().atZone(zone());
  }

  /**
   * Returns the initial end: the reported end, or else the entry into force plus the length.
   *
   * @return the end in the truce's zone, or empty for an open-ended truce
   */
  public Optional<ZonedDateTime> initialEnd() {
    if (end().isPresent()) {
      return Optional.of(resolve(end().get()));
    }
    return length().map(d -> start().plus(d));
  }

  /**
   * Returns the effective end after every extension: the end set by the last extension, else the
   * initial end.
   *
   * @return the end in the truce's zone, or empty for an open-ended truce
   */
  public Optional<ZonedDateTime> effectiveEnd() {
    if (!extensions().isEmpty()) {
      return Optional.of(resolve(extensions().get(extensions().size() - 1).end()));
    }
    return initialEnd();
  }

  /**
   * Returns the effective end as known at an instant: the end set by the last extension announced
   * by then (date-only announcements read in the truce's zone), else the initial end.
   *
   * @param at the instant, in any zone, not null
   * @return the end in the truce's zone, or empty for an open-ended truce
   */
  public Optional<ZonedDateTime> effectiveEndAsKnownAt(ZonedDateTime at) {
    Instant t = requireNonNull(at, "at").toInstant();
    Optional<ZonedDateTime> end = initialEnd();
    for (TruceExtension e : extensions()) {
      if (!certainlyBy(e.announced()).isAfter(t)) {
        end = Optional.of(resolve(e.end()));
      }
    }
    return end;
  }

  /**
   * Returns where the truce stands at an instant, after every extension. The answer depends on the
   * instant only, never on its zone.
   *
   * @param at the instant, in any zone, not null
   * @return the phase, not null
   */
  public TrucePhase phaseAt(ZonedDateTime at) {
    Instant t = requireNonNull(at, "at").toInstant();
    if (t.isBefore(start().toInstant())) {
      return TrucePhase.NOT_YET_IN_FORCE;
    }
    Optional<ZonedDateTime> end = effectiveEnd();
    return end.isPresent() && !t.isBefore(end.get().toInstant())
        ? TrucePhase.ENDED
        : TrucePhase.IN_FORCE;
  }

  /**
   * Returns the instant a point of this truce stands for as an end: an instant as it is, a date as
   * the start of the day after its last day, in the truce's zone.
   *
   * @param end an end of this truce or of one of its extensions, not null
   * @return the end in the truce's zone, not null
   */
  public ZonedDateTime resolve(TimePoint end) {
    requireNonNull(end, "end");
    if (end.dateTime().isPresent()) {
      return end.dateTime().get().withZoneSameInstant(zone());
    }
    return end.date().orElseThrow().end().plusDays(1).atStartOfDay(zone());
  }

  /**
   * The instant from which a point has certainly occurred: an instant itself, a date from the start
   * of its last day in the truce's zone, as {@link TimePoint#hasOccurredBy} reads dates.
   */
  Instant certainlyBy(TimePoint p) {
    if (p.dateTime().isPresent()) {
      return p.dateTime().get().toInstant();
    }
    return p.date().orElseThrow().end().atStartOfDay(zone()).toInstant();
  }

  /** The earliest instant a point may stand for, dates read in the truce's zone. */
  private Instant earliest(TimePoint p) {
    if (p.dateTime().isPresent()) {
      return p.dateTime().get().toInstant();
    }
    return p.date().orElseThrow().start().atStartOfDay(zone()).toInstant();
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Truce");
    c.check(
        parties().size() >= 2,
        "TRUCE_PARTIES_TOO_FEW",
        "parties",
        "a truce is agreed by at least two parties, was %s",
        parties().size());
    Set<PartyId> seen = new HashSet<>();
    for (int i = 0; i < parties().size(); i++) {
      if (!seen.add(parties().get(i))) {
        c.fail(
            "TRUCE_PARTY_DUPLICATE",
            "parties[" + i + "]",
            "%s is listed twice among the parties",
            parties().get(i));
      }
    }
    Set<PartyId> mediatorsSeen = new HashSet<>();
    for (int i = 0; i < mediators().size(); i++) {
      PartyId m = mediators().get(i);
      c.check(
          !parties().contains(m),
          "TRUCE_MEDIATOR_IS_PARTY",
          "mediators[" + i + "]",
          "%s brokered the truce and cannot also be one of its parties",
          m);
      if (!mediatorsSeen.add(m)) {
        c.fail("TRUCE_MEDIATOR_DUPLICATE", "mediators[" + i + "]", "%s is listed twice", m);
      }
    }
    c.check(
        Checker.absentOrNotBlank(note()),
        "TRUCE_TEXT_BLANK",
        "note",
        "note must not be blank when present, was \"%s\"",
        note().orElse(""));
    TimeRanges.check(c, "inForce", inForce().toLocalDate());
    length()
        .ifPresent(
            d -> {
              c.check(
                  !d.isNegative() && !d.isZero(),
                  "TRUCE_LENGTH_NOT_POSITIVE",
                  "length",
                  "a length must be positive, was %s",
                  d);
              TimeRanges.check(c, "length", d);
            });
    if (c.passed("inForce") && c.passed("length")) {
      checkTimes(c);
    }
    c.throwIfInvalid();
  }

  /** The rules that compare times; run only on an entry into force and length that passed. */
  private void checkTimes(Checker c) {
    Instant start = start().toInstant();
    c.check(
        !start.isBefore(earliest(announced())),
        "TRUCE_FORCE_BEFORE_ANNOUNCEMENT",
        "inForce",
        "the truce enters into force at %s, before it was announced (%s)",
        start(),
        announced());
    Optional<ZonedDateTime> reportedEnd = end().map(this::resolve);
    Optional<ZonedDateTime> byLength = length().map(d -> start().plus(d));
    reportedEnd.ifPresent(
        e ->
            c.check(
                e.toInstant().isAfter(start),
                "TRUCE_END_NOT_AFTER_START",
                "end",
                "the truce ends at %s, not after it enters into force at %s",
                e,
                start()));
    if (reportedEnd.isPresent() && byLength.isPresent()) {
      c.check(
          reportedEnd.get().toInstant().equals(byLength.get().toInstant()),
          "TRUCE_LENGTH_MISMATCH",
          "length",
          "a length of %s from %s ends at %s, not at the reported end %s",
          length().orElseThrow(),
          start(),
          byLength.get(),
          reportedEnd.get());
    }
    if (!c.passed("end") || !c.passed("length")) {
      return;
    }
    Optional<ZonedDateTime> previous = initialEnd();
    for (int i = 0; i < extensions().size(); i++) {
      TruceExtension e = extensions().get(i);
      String path = "extensions[" + i + "]";
      ZonedDateTime newEnd = resolve(e.end());
      if (previous.isEmpty()) {
        c.fail(
            "TRUCE_EXTENSION_OF_OPEN_TRUCE",
            path,
            "an extension to %s extends a truce without an end",
            newEnd);
      } else {
        c.check(
            newEnd.toInstant().isAfter(previous.get().toInstant()),
            "TRUCE_EXTENSION_NOT_LATER",
            path + ".end",
            "the extension's end %s is not later than the end it extends, %s",
            newEnd,
            previous.get());
        c.check(
            !earliest(e.announced()).isAfter(previous.get().toInstant()),
            "TRUCE_EXTENSION_AFTER_END",
            path + ".announced",
            "the extension was announced (%s) after the end it extends, %s",
            e.announced(),
            previous.get());
      }
      e.condition()
          .flatMap(ReleaseCondition::releasedBy)
          .ifPresent(
              p ->
                  c.check(
                      parties().contains(p),
                      "TRUCE_CONDITION_PARTY_NOT_PARTY",
                      path + ".condition.releasedBy",
                      "the releases of %s are a condition, but it is not a party to the truce",
                      p));
      previous = Optional.of(newEnd);
    }
  }

  /**
   * Returns the ids of the records the extensions' conditions link to, in extension order.
   *
   * @return the linked ids, one per conditional extension, immutable
   */
  public List<RecordId> linkedExchanges() {
    return extensions().stream()
        .flatMap(e -> e.condition().stream())
        .map(ReleaseCondition::exchange)
        .collect(ImmutableList.toImmutableList());
  }
}
