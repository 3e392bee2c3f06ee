package dev.parley.ceasefire;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import org.immutables.value.Value;

/**
 * A typed condition attached to a ceasefire proposal or a response: what is demanded, by whom, and
 * whether it must be met before the ceasefire begins or applies while it lasts.
 *
 * <pre>{@code
 * Condition neutrality = Condition.of(ConditionType.NEUTRALITY, PartyId.of("ru"),
 *     "stay out of Western military alliances", ConditionTiming.PRECONDITION);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class Condition {
  Condition() {}

  /**
   * Returns what is demanded.
   *
   * @return the type, not null
   */
  @Value.Parameter
  public abstract ConditionType type();

  /**
   * Returns the party that demands it.
   *
   * @return the party's id, not null
   */
  @Value.Parameter
  public abstract PartyId demandedBy();

  /**
   * Returns the condition in a few words, as reported.
   *
   * @return the text, not blank
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns whether the condition must be met before the ceasefire or applies during it.
   *
   * @return the timing, not null
   */
  @Value.Parameter
  public abstract ConditionTiming timing();

  /**
   * Creates a condition.
   *
   * @param type what is demanded
   * @param demandedBy the party demanding it
   * @param text the condition in a few words, not blank
   * @param timing precondition or term
   * @return the condition, not null
   * @throws dev.parley.validation.InvalidValueException if the text is blank
   */
  public static Condition of(
      ConditionType type, PartyId demandedBy, String text, ConditionTiming timing) {
    return ImmutableCondition.of(type, demandedBy, text, timing);
  }

  /**
   * Creates a precondition: something that must happen before the ceasefire begins.
   *
   * @param type what is demanded
   * @param demandedBy the party demanding it
   * @param text the condition in a few words, not blank
   * @return the condition, not null
   * @throws dev.parley.validation.InvalidValueException if the text is blank
   */
  public static Condition precondition(ConditionType type, PartyId demandedBy, String text) {
    return of(type, demandedBy, text, ConditionTiming.PRECONDITION);
  }

  /**
   * Creates a term: something that applies while the ceasefire is in effect.
   *
   * @param type what is demanded
   * @param demandedBy the party demanding it
   * @param text the condition in a few words, not blank
   * @return the condition, not null
   * @throws dev.parley.validation.InvalidValueException if the text is blank
   */
  public static Condition term(ConditionType type, PartyId demandedBy, String text) {
    return of(type, demandedBy, text, ConditionTiming.TERM);
  }

  /**
   * Returns whether the condition must be met before the ceasefire begins.
   *
   * @return true for {@link ConditionTiming#PRECONDITION}
   */
  public boolean isPrecondition() {
    return timing() == ConditionTiming.PRECONDITION;
  }

  @Value.Check
  void check() {
    Checker.of("Condition")
        .check(
            !text().isBlank(),
            "CEASEFIRE_TEXT_BLANK",
            "text",
            "condition text must not be blank, was \"%s\"",
            text())
        .throwIfInvalid();
  }
}
