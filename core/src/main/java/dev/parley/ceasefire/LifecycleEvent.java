package dev.parley.ceasefire;

import dev.parley.estimate.SourcedEstimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.TimeRanges;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated event in the life of a ceasefire: accepted by all, in effect, extended, breach alleged,
 * expired, terminated, withdrawn.
 *
 * <pre>{@code
 * LifecycleEvent start = LifecycleEvent.of(LifecycleEventType.IN_EFFECT,
 *     TimePoint.of(ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, ZoneId.of("Europe/Moscow"))));
 * LifecycleEvent breach = LifecycleEvent.builder()
 *     .type(LifecycleEventType.BREACH_ALLEGED)
 *     .time(TimePoint.parse("2025-04-20"))
 *     .party(PartyId.of("ua"))
 *     .accused(PartyId.of("ru"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #party()} is who acted: the party alleging a breach (required), or the party that
 * extended, terminated or withdrew. For an alleged breach, {@link #time()} is when the breach
 * allegedly happened and {@link #allegedAt()} when it was alleged, which may be after the ceasefire
 * ended; {@link #violations()} counts the violations alleged, as sourced estimates. Whether the
 * event may follow the ones before it is checked by {@link CeasefireProposal}. Instances are
 * immutable and thread-safe. Its validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class LifecycleEvent implements WithLifecycleEvent {
  LifecycleEvent() {}

  /**
   * Returns what happened.
   *
   * @return the type, not null
   */
  public abstract LifecycleEventType type();

  /**
   * Returns when it happened: an instant with its zone, or a date with its precision.
   *
   * @return the time, not null
   */
  public abstract TimePoint time();

  /**
   * Returns the party that acted: who alleged a breach, or who extended, terminated or withdrew.
   *
   * @return the party's id; present for {@link LifecycleEventType#BREACH_ALLEGED}
   */
  public abstract Optional<PartyId> party();

  /**
   * Returns a copy with {@link #party()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract LifecycleEvent withParty(PartyId value);

  /**
   * Returns the party accused of a breach.
   *
   * @return the accused party's id, or empty
   */
  public abstract Optional<PartyId> accused();

  /**
   * Returns a copy with {@link #accused()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract LifecycleEvent withAccused(PartyId value);

  /**
   * Returns where it happened, such as the place of an alleged breach.
   *
   * @return the place's id, or empty
   */
  public abstract Optional<PlaceId> place();

  /**
   * Returns a copy with {@link #place()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract LifecycleEvent withPlace(PlaceId value);

  /**
   * Returns by how much an extension prolongs the ceasefire.
   *
   * @return the positive extension, only for {@link LifecycleEventType#EXTENDED}; empty for an
   *     extension with no new end (open-ended from then on)
   */
  public abstract Optional<Duration> extendedBy();

  /**
   * Returns a copy with {@link #extendedBy()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract LifecycleEvent withExtendedBy(Duration value);

  /**
   * Returns when a breach was alleged, when that is not when it allegedly happened: an allegation
   * made after the ceasefire expired about a breach during its window keeps {@link #time()} as the
   * time of the alleged breach (which places the event in the lifecycle) and this as the time of
   * the allegation.
   *
   * @return the time of the allegation, only for {@link LifecycleEventType#BREACH_ALLEGED}, not
   *     before the alleged breach; empty when the report does not separate the two
   */
  public abstract Optional<TimePoint> allegedAt();

  /**
   * Returns a copy with {@link #allegedAt()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract LifecycleEvent withAllegedAt(TimePoint value);

  /**
   * Returns how many violations the allegation counts, as each source gave the figure.
   *
   * @return the sourced counts, only for {@link LifecycleEventType#BREACH_ALLEGED}, possibly empty,
   *     immutable
   */
  public abstract List<SourcedEstimate> violations();

  /**
   * Returns a copy with {@link #violations()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract LifecycleEvent withViolations(SourcedEstimate... elements);

  /**
   * Returns a copy with {@link #violations()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract LifecycleEvent withViolations(Iterable<? extends SourcedEstimate> elements);

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
  public abstract LifecycleEvent withNote(String value);

  /**
   * Returns who reported the event.
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
  public abstract LifecycleEvent withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract LifecycleEvent withProvenance(Iterable<? extends Statement> elements);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an event with no party, place, extension, note or provenance.
   *
   * @param type what happened, not {@link LifecycleEventType#BREACH_ALLEGED}, which needs a party
   * @param time when it happened
   * @return the event, not null
   * @throws dev.parley.validation.InvalidValueException if the type needs a party
   */
  public static LifecycleEvent of(LifecycleEventType type, TimePoint time) {
    return builder().type(type).time(time).build();
  }

  /**
   * Creates an alleged breach.
   *
   * @param time when the breach allegedly happened (or was alleged)
   * @param allegedBy the party alleging it
   * @param accused the party accused of it
   * @return the event, not null
   */
  public static LifecycleEvent breachAlleged(TimePoint time, PartyId allegedBy, PartyId accused) {
    return builder()
        .type(LifecycleEventType.BREACH_ALLEGED)
        .time(time)
        .party(allegedBy)
        .accused(accused)
        .build();
  }

  /**
   * Creates an extension by a duration.
   *
   * @param time when it was extended
   * @param by the extension, positive
   * @return the event, not null
   * @throws dev.parley.validation.InvalidValueException if the extension is not positive
   */
  public static LifecycleEvent extended(TimePoint time, Duration by) {
    return builder().type(LifecycleEventType.EXTENDED).time(time).extendedBy(by).build();
  }

  /** Builds a {@link LifecycleEvent}; not thread-safe. */
  public static final class Builder extends ImmutableLifecycleEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("LifecycleEvent");
    TimeRanges.checkIfPresent(c, "extendedBy", extendedBy());
    c.check(
            type() != LifecycleEventType.BREACH_ALLEGED || party().isPresent(),
            "CEASEFIRE_BREACH_ALLEGER_MISSING",
            "party",
            "an alleged breach names the party alleging it; the one at %s names none",
            time())
        .check(
            type() == LifecycleEventType.EXTENDED || extendedBy().isEmpty(),
            "CEASEFIRE_EXTENSION_MISPLACED",
            "extendedBy",
            "only an extension has an extension duration, but a %s event has %s",
            type(),
            extendedBy())
        .check(
            TimeRanges.absentOrPositive(extendedBy()),
            "CEASEFIRE_DURATION_NOT_POSITIVE",
            "extendedBy",
            "an extension must be positive, was %s",
            extendedBy())
        .check(
            type() == LifecycleEventType.BREACH_ALLEGED
                || (allegedAt().isEmpty() && violations().isEmpty()),
            "CEASEFIRE_ALLEGATION_MISPLACED",
            "allegedAt",
            "only an alleged breach has a time of allegation or violation counts, but a %s event"
                + " has %s %s",
            type(),
            allegedAt(),
            violations())
        .check(
            allegedAt().isEmpty() || !allegedAt().get().isBefore(time()),
            "CEASEFIRE_ALLEGATION_BEFORE_BREACH",
            "allegedAt",
            "a breach is not alleged before it allegedly happened: alleged at %s, breach at %s",
            allegedAt(),
            time())
        .check(
            Checker.absentOrNotBlank(note()),
            "CEASEFIRE_TEXT_BLANK",
            "note",
            "note must not be blank when present, was \"%s\"",
            note().orElse(""))
        .throwIfInvalid();
  }
}
