package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import dev.parley.estimate.Estimate;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.Participants;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One direction of an exchange: who released people to whom, and the figures the sources gave.
 *
 * <pre>{@code
 * Direction toUkraine = Direction.builder()
 *     .releasing(PartyId.of("ru")).receiving(PartyId.of("ua"))
 *     .addFigure(ReleaseFigure.builder().total(Estimate.exact(390))
 *         .putBreakdown(ReleaseCategory.MILITARY, 270L)
 *         .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
 *         .addStatement(Statement.of(russianMod, Stance.CLAIMS))
 *         .addStatement(Statement.of(zelensky, Stance.CONFIRMS))
 *         .build())
 *     .build();
 * toUkraine.released();           // 390
 * toUkraine.figureBy(zelenskySource);   // the 390 figure
 * }</pre>
 *
 * <p>The receiving party is the side whose people they are; a third state or organisation that
 * takes them into custody (held in Turkiye until the end of the war, say) is the direction's {@link
 * #custody()}, never its receiving party, so a mediator that holds people stays a mediator. When
 * sources disagree, every figure is kept, each with the statements that gave it; the first is the
 * one the record accepts (its {@link #primaryFigure()}), so a pipeline that prefers another source
 * puts that figure first. A direction with no figure has an unknown count, never a zero.
 *
 * <p>Who receives. The receiver is a party, a place, or both: a side of the agreement (the usual
 * case), a state that is no side of it and receives its own nationals ({@link #receiverRole()}
 * {@link Role#HOME_STATE}: Thai hostages sent home from Gaza, Saudi detainees flown to Abha), or,
 * with no receiving party at all, a territory or place the people were released into ({@link
 * #releasedInto()}: Palestinian prisoners released into the West Bank). Whoever receives, the
 * people count for the <em>releasing</em> side's quotas in {@link Fulfilment}, as every release
 * does; a release outside the agreement says so with a figure part {@link
 * QuotaCounting#IN_ADDITION}. Roles that hold only for this direction (the transit state and the
 * facilitator of this flight) are its {@link #participants()}, so one state can receive its own
 * nationals in one direction and be the transit state for others in another.
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Direction implements WithDirection {
  Direction() {}

  /**
   * Returns the party that released the people.
   *
   * @return the releasing party, not null
   */
  public abstract PartyId releasing();

  /**
   * Returns the party the people were released to.
   *
   * @return the receiving party, different from the releasing one, or empty when the people were
   *     released into a territory or to a population rather than to a party ({@link
   *     #releasedInto()})
   */
  public abstract Optional<PartyId> receiving();

  /**
   * Returns a copy with {@link #receiving()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Direction withReceiving(PartyId value);

  /**
   * Returns how the receiving party stands to the agreement: {@link Role#SIDE}, the default, for a
   * side of it; {@link Role#HOME_STATE} for a state that is no side and receives its own nationals.
   *
   * @return {@code SIDE} or {@code HOME_STATE}, not null
   */
  @Value.Default
  public Role receiverRole() {
    return Role.SIDE;
  }

  /**
   * Returns the territory or place the people were released into: a region, a city or a crossing,
   * when they went to a population rather than to a party (Palestinian prisoners released into the
   * West Bank and East Jerusalem), or where a receiving party took them in.
   *
   * @return the place, or empty when not reported
   */
  public abstract Optional<PlaceId> releasedInto();

  /**
   * Returns a copy with {@link #releasedInto()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Direction withReleasedInto(PlaceId value);

  /**
   * Returns the roles that hold for this direction only: the transit state the people passed
   * through, the facilitator that carried them, the host of this handover. Record-wide roles are
   * {@link Exchange#participants()}.
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
  public abstract Direction withParticipants(Participant... elements);

  /**
   * Returns a copy with {@link #participants()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Direction withParticipants(Iterable<? extends Participant> elements);

  /**
   * Returns the ways the people were taken: one route per flight or convoy, from a place through
   * stops to a place.
   *
   * @return the routes, immutable, possibly empty
   */
  public abstract List<Route> routes();

  /**
   * Returns a copy with {@link #routes()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Direction withRoutes(Route... elements);

  /**
   * Returns a copy with {@link #routes()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Direction withRoutes(Iterable<? extends Route> elements);

  /**
   * Returns the figures the sources gave, the accepted one first.
   *
   * @return the figures, immutable, possibly empty when no figure was reported
   */
  public abstract List<ReleaseFigure> figures();

  /**
   * Returns a copy with {@link #figures()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Direction withFigures(ReleaseFigure... elements);

  /**
   * Returns a copy with {@link #figures()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Direction withFigures(Iterable<? extends ReleaseFigure> elements);

  /**
   * Returns the third party that took custody of the released people, if any: a state or
   * organisation that holds them on the receiving side's behalf, on terms of its own. The people
   * are still released to {@link #receiving()}, and count for the release; the custodian is not a
   * side.
   *
   * @return the custody, or empty when the people went straight to the receiving side
   */
  public abstract Optional<Custody> custody();

  /**
   * Returns a copy with {@link #custody()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Direction withCustody(Custody value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A direction with one figure.
   *
   * @param releasing the releasing party
   * @param receiving the receiving party, not the releasing one
   * @param figure the figure
   * @return the direction, not null
   * @throws dev.parley.validation.InvalidValueException if the parties are the same
   */
  public static Direction of(PartyId releasing, PartyId receiving, ReleaseFigure figure) {
    return builder().releasing(releasing).receiving(receiving).addFigure(figure).build();
  }

  /**
   * A direction with one exact count and no source.
   *
   * @param releasing the releasing party
   * @param receiving the receiving party, not the releasing one
   * @param count the number released, zero or more
   * @return the direction, not null
   * @throws dev.parley.validation.InvalidValueException if the parties are the same or the count is
   *     negative
   */
  public static Direction of(PartyId releasing, PartyId receiving, long count) {
    return of(releasing, receiving, ReleaseFigure.of(count));
  }

  /**
   * A direction with one figure, released into a territory or to a population rather than to a
   * party.
   *
   * @param releasing the releasing party
   * @param into the territory or place the people were released into
   * @param figure the figure
   * @return the direction, not null
   */
  public static Direction into(PartyId releasing, PlaceId into, ReleaseFigure figure) {
    return builder().releasing(releasing).releasedInto(into).addFigure(figure).build();
  }

  /** Builds a {@link Direction}; not thread-safe. */
  public static final class Builder extends ImmutableDirection.Builder {
    Builder() {}
  }

  /**
   * Returns the figure the record accepts: the first one.
   *
   * @return the accepted figure, or empty when no figure was reported
   */
  public Optional<ReleaseFigure> primaryFigure() {
    return figures().isEmpty() ? Optional.empty() : Optional.of(figures().get(0));
  }

  /**
   * Returns the accepted number released.
   *
   * @return the total of the primary figure, or {@link Estimate#unknown()} when there is none; not
   *     null
   */
  public Estimate released() {
    return primaryFigure().map(ReleaseFigure::total).orElse(Estimate.unknown());
  }

  /**
   * Returns the accepted count of a category.
   *
   * @param category the category
   * @return the primary figure's count of the category, or empty when it does not tell
   */
  public OptionalLong released(ReleaseCategory category) {
    requireNonNull(category, "category");
    return primaryFigure().map(f -> f.count(category)).orElse(OptionalLong.empty());
  }

  /**
   * Returns the figure a source gave.
   *
   * @param source the source
   * @return the figure one of whose statements comes from the source, or empty if it gave none
   */
  public Optional<ReleaseFigure> figureBy(Source source) {
    requireNonNull(source, "source");
    return figures().stream().filter(f -> f.isFrom(source)).findFirst();
  }

  /**
   * Returns whether the people went to a receiving party: false when they were released into a
   * territory or to a population only.
   *
   * @return true if {@link #receiving()} is present
   */
  public boolean hasReceivingParty() {
    return receiving().isPresent();
  }

  /**
   * Returns the receiver in words: the receiving party's id, or the place released into.
   *
   * @return such as {@code ua} or {@code into ps:west-bank}, not null
   */
  public String receiverText() {
    if (receiving().isPresent()) {
      return receiving().get().toString();
    }
    return "into " + (releasedInto().isPresent() ? releasedInto().get().toString() : "?");
  }

  /**
   * Returns whether the sources disagree: two figures with different totals or breakdowns.
   *
   * @return true if at least two figures differ in total or breakdown
   */
  public boolean isDisputed() {
    return figures().stream().map(f -> List.of(f.total(), f.breakdown())).distinct().count() > 1;
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Direction");
    if (receiving().isPresent() && receiving().get().equals(releasing())) {
      c.fail(
          "EXCHANGE_DIRECTION_SAME_PARTY",
          "receiving",
          "a party cannot release people to itself, was %s to %s",
          releasing(),
          receiverText());
    }
    c.check(
        receiving().isPresent() || releasedInto().isPresent(),
        "EXCHANGE_DIRECTION_NO_RECEIVER",
        "receiving",
        "a direction from %s names neither a receiving party nor a place released into",
        releasing());
    if (receiverRole() != Role.SIDE
        && (receiverRole() != Role.HOME_STATE || receiving().isEmpty())) {
      c.fail(
          "EXCHANGE_RECEIVER_ROLE",
          "receiverRole",
          "a receiver is a side or a home state receiving its own nationals, and a home state is a"
              + " receiving party; was %s for %s",
          receiverRole(),
          receiverText());
    }
    if (!participants().isEmpty()) {
      Participants.check(
          c,
          "participants",
          participants(),
          receiving().isPresent() ? List.of(releasing(), receiving().get()) : List.of(releasing()));
    }
    if (custody().isPresent()) {
      PartyId custodian = custody().get().custodian();
      if (custodian.equals(releasing())
          || (receiving().isPresent() && receiving().get().equals(custodian))) {
        c.fail(
            "EXCHANGE_CUSTODY_PARTY",
            "custody.custodian",
            "the custodian %s is a third party, neither the releasing %s nor the receiving %s",
            custodian,
            releasing(),
            receiverText());
      }
    }
    if (custody().isPresent()
        && custody().get().count().isPresent()
        && released().high().isPresent()
        && custody().get().count().getAsLong() > released().high().getAsLong()) {
      c.fail(
          "EXCHANGE_CUSTODY_EXCEEDS_RELEASED",
          "custody.count",
          "%s are held in custody, more than the %s released",
          custody().get().count().getAsLong(),
          released());
    }
    if (figures().size() > 1) {
      Map<Source, Integer> firstFigure = new HashMap<>();
      for (int i = 0; i < figures().size(); i++) {
        for (var s : figures().get(i).statements()) {
          Integer earlier = firstFigure.putIfAbsent(s.source(), i);
          if (earlier != null && earlier != i) {
            c.fail(
                "EXCHANGE_FIGURE_SOURCE_REPEATED",
                "figures[" + i + "]",
                "source %s already gave figures[%s] of the same direction",
                s.source(),
                earlier);
          }
        }
      }
    }
    c.throwIfInvalid();
  }
}
