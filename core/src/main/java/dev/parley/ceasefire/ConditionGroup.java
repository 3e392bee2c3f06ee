package dev.parley.ceasefire;

import com.google.common.collect.ImmutableList;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One alternative among several demands: all conditions of the group are meant together, and a
 * proposal or response with {@code alternatives} asks for one of its groups ("either withdrawal
 * from A, or an end to B").
 *
 * <pre>{@code
 * PartyId hamas = PartyId.of("hamas");
 * List<ConditionGroup> either = List.of(
 *     ConditionGroup.of(Condition.precondition(ConditionType.WITHDRAWAL, hamas, "withdrawal from Gaza")),
 *     ConditionGroup.of(Condition.precondition(ConditionType.OTHER, hamas, "an end to the blockade")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class ConditionGroup {
  ConditionGroup() {}

  /**
   * Returns the conditions meant together.
   *
   * @return the conditions, at least one, immutable
   */
  @Value.Parameter
  public abstract List<Condition> conditions();

  /**
   * Creates a group.
   *
   * @param conditions the conditions meant together, at least one
   * @return the group, not null
   * @throws dev.parley.validation.InvalidValueException if there is no condition
   */
  public static ConditionGroup of(Iterable<? extends Condition> conditions) {
    return ImmutableConditionGroup.of(ImmutableList.copyOf(conditions));
  }

  /**
   * Creates a group.
   *
   * @param conditions the conditions meant together, at least one
   * @return the group, not null
   * @throws dev.parley.validation.InvalidValueException if there is no condition
   */
  public static ConditionGroup of(Condition... conditions) {
    return of(List.of(conditions));
  }

  @Value.Check
  void check() {
    Checker.of("ConditionGroup")
        .check(
            !conditions().isEmpty(),
            "CEASEFIRE_CONDITION_GROUP_EMPTY",
            "conditions",
            "an alternative holds at least one condition, was %s",
            conditions())
        .throwIfInvalid();
  }
}
