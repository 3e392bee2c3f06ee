package dev.parley.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value cannot be constructed because it breaks one or more of its invariants.
 *
 * <p>The exception names every violated rule at once, never only the first one:
 *
 * <pre>{@code
 * try {
 *   Coordinates.of(91.0, 200.0);
 * } catch (InvalidValueException e) {
 *   e.violations();   // PLACE_LATITUDE_RANGE and PLACE_LONGITUDE_RANGE
 *   e.ruleCodes();    // [PLACE_LATITUDE_RANGE, PLACE_LONGITUDE_RANGE]
 * }
 * }</pre>
 *
 * <p>It is an {@link IllegalArgumentException}, so code that already guards against bad arguments
 * catches it. Instances are immutable.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the type that could not be constructed. */
  private final String type;

  /** Every violated rule, in the order checked. */
  @SuppressWarnings("serial") // ImmutableList and Violation are serializable
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the type that could not be constructed
   * @param violations every violated rule, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidValueException(String type, List<Violation> violations) {
    super(message(type, violations));
    checkArgument(!violations.isEmpty(), "an InvalidValueException needs at least one violation");
    this.type = type;
    this.violations = ImmutableList.copyOf(violations);
  }

  private static String message(String type, List<Violation> violations) {
    return "invalid "
        + type
        + " ("
        + violations.size()
        + (violations.size() == 1 ? " violation" : " violations")
        + "): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns the simple name of the type that could not be constructed.
   *
   * @return the type name, not null
   */
  public String type() {
    return type;
  }

  /**
   * Returns every violated rule, in the order they were checked.
   *
   * @return the violations, at least one, immutable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the distinct rule codes of the violations, in order.
   *
   * @return the rule codes, at least one, immutable
   */
  public List<String> ruleCodes() {
    return violations.stream()
        .map(Violation::rule)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }
}
