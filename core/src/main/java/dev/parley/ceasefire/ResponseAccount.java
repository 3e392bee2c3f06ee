package dev.parley.ceasefire;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.provenance.Statement;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another source's account of a response, which reports the answer differently: one outlet says the
 * party accepted, another that it accepted only with conditions.
 *
 * <pre>{@code
 * ResponseAccount other = ResponseAccount.builder()
 *     .stance(ResponseStance.ACCEPTED_WITH_CONDITIONS)
 *     .addProvenance(Statement.of(Source.builder().outlet("Reuters").build(), Stance.CLAIMS))
 *     .note("according to two officials briefed on the talks")
 *     .build();
 * }</pre>
 *
 * <p>The response itself carries the account the record follows (its stance decides the status of
 * the proposal); its {@link Response#accounts()} keep the others, each with its provenance, neither
 * overwriting the other. Instances are immutable and thread-safe. The validation rules are listed
 * in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class ResponseAccount implements WithResponseAccount {
  ResponseAccount() {}

  /**
   * Returns the stance this source reports.
   *
   * @return the stance, not null
   */
  public abstract ResponseStance stance();

  /**
   * Returns who gives this account.
   *
   * @return the statements, at least one, immutable
   */
  public abstract List<Statement> provenance();

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract ResponseAccount withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract ResponseAccount withProvenance(Iterable<? extends Statement> elements);

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
  public abstract ResponseAccount withNote(String value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponseAccount}; not thread-safe. */
  public static final class Builder extends ImmutableResponseAccount.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker.of("ResponseAccount")
        .check(
            !provenance().isEmpty(),
            "CEASEFIRE_ACCOUNT_UNSOURCED",
            "provenance",
            "an account of a response names its source; the %s account names none",
            stance())
        .check(
            Checker.absentOrNotBlank(note()),
            "CEASEFIRE_TEXT_BLANK",
            "note",
            "note must not be blank when present, was \"%s\"",
            note().orElse(""))
        .throwIfInvalid();
  }
}
