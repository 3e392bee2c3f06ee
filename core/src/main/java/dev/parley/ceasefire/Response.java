package dev.parley.ceasefire;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One addressee's answer to a ceasefire proposal: who answered, when, how, with which conditions,
 * and who reported it.
 *
 * <pre>{@code
 * Response russia = Response.builder()
 *     .party(PartyId.of("ru"))
 *     .date(ReportedDate.parse("2025-05-16"))
 *     .stance(ResponseStance.COUNTER_PROPOSAL)
 *     .counterProposal(RecordId.of("ceasefire:ru-conditions"))
 *     .addCondition(Condition.precondition(ConditionType.NEUTRALITY, PartyId.of("ru"),
 *         "stay out of Western military alliances"))
 *     .build();
 * }</pre>
 *
 * <p>A party may answer more than once over time (a conditional answer, later an acceptance); a
 * later answer must say that it supersedes the earlier one ({@link #supersedesEarlier()}), so that
 * each party has exactly one final stance at any instant. When sources report one answer
 * differently, the response keeps the account the record follows and lists the others in {@link
 * #accounts()}, each with its provenance. Rules that involve the proposal (the responder is an
 * addressee, the date is not before the proposal, supersession) are checked by {@link
 * CeasefireProposal}. Instances are immutable and thread-safe. The validation rules are listed in
 * {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Response implements WithResponse {
  Response() {}

  /**
   * Returns the responding party.
   *
   * @return the party's id, not null
   */
  public abstract PartyId party();

  /**
   * Returns the date of the response.
   *
   * @return the date, not null
   */
  public abstract ReportedDate date();

  /**
   * Returns how the party answered.
   *
   * @return the stance, not null
   */
  public abstract ResponseStance stance();

  /**
   * Returns the conditions the answer sets or restates.
   *
   * @return the conditions, at least one for {@link ResponseStance#ACCEPTED_WITH_CONDITIONS},
   *     immutable
   */
  public abstract List<Condition> conditions();

  /**
   * Returns a copy with {@link #conditions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Response withConditions(Condition... elements);

  /**
   * Returns a copy with {@link #conditions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Response withConditions(Iterable<? extends Condition> elements);

  /**
   * Returns alternative demands: the party asks for all conditions of one of these groups, on top
   * of all of {@link #conditions()} ("either withdrawal from A or an end to B").
   *
   * @return the groups, none or at least two, immutable
   */
  public abstract List<ConditionGroup> alternatives();

  /**
   * Returns a copy with {@link #alternatives()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Response withAlternatives(ConditionGroup... elements);

  /**
   * Returns a copy with {@link #alternatives()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Response withAlternatives(Iterable<? extends ConditionGroup> elements);

  /**
   * Returns the proposal made in answer.
   *
   * @return the counter-proposal's id, present exactly for {@link ResponseStance#COUNTER_PROPOSAL}
   */
  public abstract Optional<RecordId> counterProposal();

  /**
   * Returns a copy with {@link #counterProposal()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Response withCounterProposal(RecordId value);

  /**
   * Returns whether this response replaces the same party's earlier response to the proposal.
   *
   * @return true for a second or later response of a party; false by default
   */
  @Value.Default
  public boolean supersedesEarlier() {
    return false;
  }

  /**
   * Returns who reported the response.
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
  public abstract Response withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Response withProvenance(Iterable<? extends Statement> elements);

  /**
   * Returns other sources' accounts of this response that report it differently, each with its
   * provenance. The response's own stance is the one the proposal's status follows.
   *
   * @return the accounts, possibly empty, immutable
   */
  public abstract List<ResponseAccount> accounts();

  /**
   * Returns a copy with {@link #accounts()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Response withAccounts(ResponseAccount... elements);

  /**
   * Returns a copy with {@link #accounts()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Response withAccounts(Iterable<? extends ResponseAccount> elements);

  /**
   * Returns a short note on the response, as reported.
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
  public abstract Response withNote(String value);

  /**
   * Returns whether the response demands anything: a condition, or alternatives.
   *
   * @return true if {@link #conditions()} or {@link #alternatives()} is not empty
   */
  public boolean hasConditions() {
    return !conditions().isEmpty() || !alternatives().isEmpty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a response with no conditions, counter-proposal or provenance.
   *
   * @param party the responding party
   * @param date the date of the response
   * @param stance {@link ResponseStance#ACCEPTED}, {@link ResponseStance#REJECTED} or {@link
   *     ResponseStance#NO_ANSWER}
   * @return the response, not null
   * @throws dev.parley.validation.InvalidValueException if the stance needs conditions or a
   *     counter-proposal
   */
  public static Response of(PartyId party, ReportedDate date, ResponseStance stance) {
    return builder().party(party).date(date).stance(stance).build();
  }

  /** Builds a {@link Response}; not thread-safe. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker.of("Response")
        .check(
            stance() != ResponseStance.ACCEPTED_WITH_CONDITIONS || hasConditions(),
            "CEASEFIRE_CONDITIONS_MISSING",
            "conditions",
            "an acceptance with conditions lists at least one condition or alternative; %s gave"
                + " none",
            party())
        .check(
            alternatives().size() != 1,
            "CEASEFIRE_ALTERNATIVES_SINGLE",
            "alternatives",
            "alternatives offer a choice of at least two groups; a single group belongs in the"
                + " conditions, was %s",
            alternatives())
        .check(
            Checker.absentOrNotBlank(note()),
            "CEASEFIRE_TEXT_BLANK",
            "note",
            "note must not be blank when present, was \"%s\"",
            note().orElse(""))
        .check(
            stance() != ResponseStance.COUNTER_PROPOSAL || counterProposal().isPresent(),
            "CEASEFIRE_COUNTER_PROPOSAL_MISSING",
            "counterProposal",
            "a counter-proposal points to the proposal made in answer; %s's points to none",
            party())
        .check(
            stance() == ResponseStance.COUNTER_PROPOSAL || counterProposal().isEmpty(),
            "CEASEFIRE_COUNTER_PROPOSAL_UNEXPECTED",
            "counterProposal",
            "only a counter-proposal points to a proposal, but a response with stance %s points to %s",
            stance(),
            counterProposal())
        .throwIfInvalid();
  }
}
