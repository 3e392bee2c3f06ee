package dev.parley.exchange;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.provenance.Statement;
import java.util.List;
import org.immutables.value.Value;

/**
 * A reported running number of an exchange, such as "the 30th exchange since the war began", with
 * the statements that gave it. It is what a source says, kept beside the record, never computed.
 *
 * <pre>{@code
 * RunningNumber fifty = RunningNumber.of(50, Statement.of(coordinationHeadquarters, Stance.CLAIMS));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class RunningNumber implements WithRunningNumber {
  RunningNumber() {}

  /**
   * Returns the number.
   *
   * @return one or more
   */
  public abstract int number();

  /**
   * Returns who gave the number.
   *
   * @return the statements, at least one, immutable
   */
  public abstract List<Statement> sources();

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract RunningNumber withSources(Statement... elements);

  /**
   * Returns a copy with {@link #sources()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract RunningNumber withSources(Iterable<? extends Statement> elements);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A running number given by one source.
   *
   * @param number one or more
   * @param source who gave it
   * @return the running number, not null
   * @throws dev.parley.validation.InvalidValueException if {@code number} is less than one
   */
  public static RunningNumber of(int number, Statement source) {
    return builder().number(number).addSource(source).build();
  }

  /** Builds a {@link RunningNumber}; not thread-safe. */
  public static final class Builder extends ImmutableRunningNumber.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker.of("RunningNumber")
        .check(
            number() >= 1,
            "EXCHANGE_RUNNING_NUMBER_RANGE",
            "number",
            "a running number is one or more, was %s",
            number())
        .check(
            !sources().isEmpty(),
            "EXCHANGE_RUNNING_NUMBER_UNSOURCED",
            "sources",
            "a running number names the source that gave it; number %s has none",
            number())
        .throwIfInvalid();
  }

  /** Returns such as {@code no. 50}. */
  @Override
  public String toString() {
    return "no. " + number();
  }
}
