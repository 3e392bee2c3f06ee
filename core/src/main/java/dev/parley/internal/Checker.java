package dev.parley.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import dev.parley.validation.InvalidValueException;
import dev.parley.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of one value so that construction can fail naming all of them.
 *
 * <pre>{@code
 * Checker.of("Coordinates")
 *     .check(latitude >= -90 && latitude <= 90, "PLACE_LATITUDE_RANGE", "latitude",
 *         "latitude must be within [-90, 90], was %s", latitude)
 *     .check(longitude >= -180 && longitude <= 180, "PLACE_LONGITUDE_RANGE", "longitude",
 *         "longitude must be within [-180, 180], was %s", longitude)
 *     .throwIfInvalid();
 * }</pre>
 *
 * <p>A checker is a short-lived, single-threaded builder; it is not thread-safe. Messages use
 * Guava's {@code %s} templates, as {@code Preconditions.checkArgument} does. An {@link Optional}
 * argument is written as its value, or as nothing when it is empty, so that a check passes the
 * attribute itself and renders it only when the rule is broken.
 */
public final class Checker {
  private final String type;
  private static final List<Violation> NONE = List.of();

  private List<Violation> violations = NONE;

  private Checker(String type) {
    this.type = type;
  }

  /**
   * Starts checking a value of the given type.
   *
   * @param type the simple name of the type, used in the exception message
   * @return a new, empty checker
   */
  public static Checker of(String type) {
    return new Checker(requireNonNull(type, "type"));
  }

  /**
   * Records a violation unless {@code condition} holds.
   *
   * @param condition true when the rule holds
   * @param rule the stable rule code
   * @param path the attribute path
   * @param message the message
   * @return this checker
   */
  public Checker check(boolean condition, String rule, String path, String message) {
    if (!condition) {
      fail(rule, path, message);
    }
    return this;
  }

  /**
   * Records a violation unless {@code condition} holds. Like {@link #check(boolean, String, String,
   * String, Object...)}, without an array for the arguments, as Guava's {@code Preconditions} do:
   * values are checked far more often than they fail.
   *
   * @param condition true when the rule holds
   * @param rule the stable rule code
   * @param path the attribute path
   * @param template the message template, with one {@code %s} placeholder
   * @param arg the value for the placeholder
   * @return this checker
   */
  public Checker check(
      boolean condition, String rule, String path, String template, @Nullable Object arg) {
    if (!condition) {
      fail(rule, path, template, arg);
    }
    return this;
  }

  /**
   * Records a violation unless {@code condition} holds; see {@link #check(boolean, String, String,
   * String, Object)}.
   *
   * @param condition true when the rule holds
   * @param rule the stable rule code
   * @param path the attribute path
   * @param template the message template, with two {@code %s} placeholders
   * @param arg1 the value for the first placeholder
   * @param arg2 the value for the second placeholder
   * @return this checker
   */
  public Checker check(
      boolean condition,
      String rule,
      String path,
      String template,
      @Nullable Object arg1,
      @Nullable Object arg2) {
    if (!condition) {
      fail(rule, path, template, arg1, arg2);
    }
    return this;
  }

  /**
   * Records a violation unless {@code condition} holds; see {@link #check(boolean, String, String,
   * String, Object)}.
   *
   * @param condition true when the rule holds
   * @param rule the stable rule code
   * @param path the attribute path
   * @param template the message template, with three {@code %s} placeholders
   * @param arg1 the value for the first placeholder
   * @param arg2 the value for the second placeholder
   * @param arg3 the value for the third placeholder
   * @return this checker
   */
  public Checker check(
      boolean condition,
      String rule,
      String path,
      String template,
      @Nullable Object arg1,
      @Nullable Object arg2,
      @Nullable Object arg3) {
    if (!condition) {
      fail(rule, path, template, arg1, arg2, arg3);
    }
    return this;
  }

  /**
   * Records a violation unless {@code condition} holds.
   *
   * @param condition true when the rule holds
   * @param rule the stable rule code
   * @param path the attribute path
   * @param template the message template, with {@code %s} placeholders
   * @param args the values for the placeholders, the offending value among them
   * @return this checker
   */
  public Checker check(
      boolean condition, String rule, String path, String template, @Nullable Object... args) {
    if (!condition) {
      fail(rule, path, template, args);
    }
    return this;
  }

  /**
   * Records a violation: for rules whose path or message arguments cost something to build, checked
   * as {@code if (broken) checker.fail(...)} so that valid values never build them.
   *
   * <pre>{@code
   * if (!seen.add(source)) {
   *   c.fail("EXCHANGE_FIGURE_SOURCE_REPEATED", "statements[" + i + "]", "source %s is listed twice", source);
   * }
   * }</pre>
   *
   * @param rule the stable rule code
   * @param path the attribute path
   * @param template the message template, with {@code %s} placeholders
   * @param args the values for the placeholders, the offending value among them
   * @return this checker
   */
  public Checker fail(String rule, String path, String template, @Nullable Object... args) {
    mutable().add(Violation.of(rule, path, Strings.lenientFormat(template, unwrapped(args))));
    return this;
  }

  /** Optional arguments as their value or the empty string, in a copy of the arguments. */
  private static @Nullable Object @Nullable [] unwrapped(@Nullable Object @Nullable [] args) {
    if (args == null) {
      return null;
    }
    @Nullable Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Optional<?> o) {
        out[i] = o.isPresent() ? o.get() : "";
      }
    }
    return out;
  }

  /**
   * Returns whether an optional text is absent or, when present, not blank: the condition of the
   * rules that forbid blank optional texts.
   *
   * @param text the optional text
   * @return true if the text is absent or has a character other than white space
   */
  public static boolean absentOrNotBlank(Optional<String> text) {
    return text.isEmpty() || !text.get().isBlank();
  }

  /**
   * Records a violation unconditionally.
   *
   * @param violation the violation
   * @return this checker
   */
  public Checker add(Violation violation) {
    mutable().add(requireNonNull(violation, "violation"));
    return this;
  }

  /**
   * Records the violations of a nested value under a parent path.
   *
   * @param parent the path of the nested value, such as {@code directions[1]}
   * @param nested the nested value's violations
   * @return this checker
   */
  public Checker addAll(String parent, List<Violation> nested) {
    for (Violation v : nested) {
      mutable().add(v.under(parent));
    }
    return this;
  }

  /** A valid value allocates no list: most values checked are valid. */
  private List<Violation> mutable() {
    if (violations == NONE) {
      violations = new ArrayList<>();
    }
    return violations;
  }

  /**
   * Returns whether no violation has been recorded.
   *
   * @return true if the value is valid so far
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Returns whether no violation has been recorded at an attribute path or anywhere below it
   * ({@code duration} covers {@code duration} itself; {@code events} covers {@code
   * events[2].time}). A derived computation (a lifecycle, a window, a fulfilment) runs only on
   * attributes that passed: it could otherwise fail on a value that the checks have already
   * rejected.
   *
   * @param path the attribute path
   * @return true if nothing at or below {@code path} broke a rule so far
   */
  public boolean passed(String path) {
    for (Violation v : violations) {
      String p = v.path();
      if (p.startsWith(path)
          && (p.length() == path.length()
              || p.charAt(path.length()) == '.'
              || p.charAt(path.length()) == '[')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the violations recorded so far.
   *
   * @return the violations, immutable
   */
  public List<Violation> violations() {
    return ImmutableList.copyOf(violations);
  }

  /**
   * Throws an {@link InvalidValueException} naming every recorded violation, if any.
   *
   * @throws InvalidValueException if at least one violation was recorded
   */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new InvalidValueException(type, violations);
    }
  }
}
