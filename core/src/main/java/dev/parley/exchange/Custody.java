package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A third party that takes custody of the people of one {@link Direction}: the state or
 * organisation that holds them, and on what terms. The people are still released <em>to</em> the
 * direction's receiving side, whose people they are; custody is a separate fact, and the custodian
 * is not a side of the exchange (a mediator that takes custody is not rejected as a side).
 *
 * <pre>{@code
 * // Azovstal commanders released to Ukraine, 21 September 2022, to stay in Turkiye until the end
 * // of the war.
 * Custody turkiye = Custody.untilEvent(PartyId.of("tr"), "until the end of the war").withCount(5);
 * turkiye.isHeld(LocalDate.of(2023, 1, 1));                           // true
 * turkiye.withEnded(ReportedDate.parse("2023-07-08")).isHeld(LocalDate.of(2023, 7, 9));   // false
 * }</pre>
 *
 * <p>Fulfilment counts the release, whatever the custody: custody is a status of its own ({@link
 * #isHeld(LocalDate)}). Instances are immutable and thread-safe. The validation rules are listed in
 * {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Custody implements WithCustody {
  Custody() {}

  /**
   * Returns the party that holds the released people.
   *
   * @return the custodian, not null
   */
  public abstract PartyId custodian();

  /**
   * Returns how many of the direction's people the custodian holds, when not all of them (five
   * commanders of a release of 215, say).
   *
   * @return zero or more, or empty when the custodian holds every person of the direction
   */
  public abstract OptionalLong count();

  /**
   * Returns a copy with {@link #count()} set to a present value.
   *
   * @param value the value
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Custody withCount(long value);

  /**
   * Returns how long the custodian is to hold them.
   *
   * @return the terms, not null
   */
  public abstract CustodyTerms terms();

  /**
   * Returns the date until which the custodian is to hold them.
   *
   * @return the date, present exactly when the terms are {@link CustodyTerms#UNTIL_DATE}
   */
  public abstract Optional<ReportedDate> until();

  /**
   * Returns a copy with {@link #until()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Custody withUntil(ReportedDate value);

  /**
   * Returns the event until which the custodian is to hold them, in the report's words.
   *
   * @return the text, not blank, present exactly when the terms are {@link
   *     CustodyTerms#UNTIL_EVENT}
   */
  public abstract Optional<String> condition();

  /**
   * Returns a copy with {@link #condition()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Custody withCondition(String value);

  /**
   * Returns when the custody ended, where a report says so (the people were handed on or went
   * home).
   *
   * @return the date, or empty while the custody is held or its end is not known
   */
  public abstract Optional<ReportedDate> ended();

  /**
   * Returns a copy with {@link #ended()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Custody withEnded(ReportedDate value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Custody with no end given.
   *
   * @param custodian the party that holds the people
   * @return the custody, not null
   */
  public static Custody open(PartyId custodian) {
    return builder().custodian(custodian).terms(CustodyTerms.OPEN).build();
  }

  /**
   * Custody until a date.
   *
   * @param custodian the party that holds the people
   * @param until the date
   * @return the custody, not null
   */
  public static Custody until(PartyId custodian, ReportedDate until) {
    return builder().custodian(custodian).terms(CustodyTerms.UNTIL_DATE).until(until).build();
  }

  /**
   * Custody until an event described in words.
   *
   * @param custodian the party that holds the people
   * @param condition the event, not blank, such as {@code until the end of the war}
   * @return the custody, not null
   * @throws dev.parley.validation.InvalidValueException if {@code condition} is blank
   */
  public static Custody untilEvent(PartyId custodian, String condition) {
    return builder()
        .custodian(custodian)
        .terms(CustodyTerms.UNTIL_EVENT)
        .condition(condition)
        .build();
  }

  /** Builds a {@link Custody}; not thread-safe. */
  public static final class Builder extends ImmutableCustody.Builder {
    Builder() {}
  }

  /**
   * Returns whether the custody is held on a day, as far as the record tells: it has not certainly
   * ended by then (its end is not given, or the end's last possible day is after the day). Whether
   * it had begun is the exchange's date, see {@link Exchange#inCustody(LocalDate)}.
   *
   * @param day the day
   * @return true unless the custody certainly ended on or before the day
   */
  public boolean isHeld(LocalDate day) {
    requireNonNull(day, "day");
    return ended().map(e -> e.end().isAfter(day)).orElse(true);
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Custody");
    c.check(
        count().orElse(0) >= 0,
        "EXCHANGE_COUNT_NEGATIVE",
        "count",
        "a count held in custody must be zero or more, was %s",
        count().orElse(0));
    c.check(
        until().isPresent() == (terms() == CustodyTerms.UNTIL_DATE),
        "EXCHANGE_CUSTODY_TERMS",
        "until",
        "a date is given exactly for custody until a date; the terms are %s and the date %s",
        terms(),
        until().isPresent() ? until().get() : "absent");
    c.check(
        condition().isPresent() == (terms() == CustodyTerms.UNTIL_EVENT),
        "EXCHANGE_CUSTODY_TERMS",
        "condition",
        "an event is given exactly for custody until an event; the terms are %s and the event %s",
        terms(),
        condition().orElse("absent"));
    c.check(
        Checker.absentOrNotBlank(condition()),
        "EXCHANGE_CUSTODY_TERMS",
        "condition",
        "the event must not be blank, was \"%s\"",
        condition().orElse(""));
    c.throwIfInvalid();
  }

  /** Returns such as {@code 5 held by tr until the end of the war}. */
  @Override
  public String toString() {
    String held =
        terms() == CustodyTerms.UNTIL_DATE
            ? " until " + until().map(Object::toString).orElse("?")
            : terms() == CustodyTerms.UNTIL_EVENT ? " " + condition().orElse("") : " (open)";
    String how = count().isPresent() ? count().getAsLong() + " held by " : "held by ";
    return how + custodian() + held + ended().map(e -> ", ended " + e).orElse("");
  }
}
