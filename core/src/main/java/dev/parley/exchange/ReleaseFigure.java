package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.EstimateKind;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.provenance.Source;
import dev.parley.provenance.Statement;
import dev.parley.validation.InvalidValueException;
import dev.parley.validation.Violation;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One figure for one direction of an exchange, as one or more sources gave it: the total released,
 * an optional and possibly partial breakdown by {@link ReleaseCategory}, and the statements that
 * gave or confirmed it.
 *
 * <pre>{@code
 * ReleaseFigure fromMoscow = ReleaseFigure.builder()
 *     .total(Estimate.exact(390))
 *     .putBreakdown(ReleaseCategory.MILITARY, 270L)
 *     .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
 *     .addStatement(Statement.of(russianMod, Stance.CLAIMS))
 *     .addStatement(Statement.of(zelensky, Stance.CONFIRMS))
 *     .build();
 * fromMoscow.count(ReleaseCategory.MILITARY);   // 270
 * fromMoscow.count(ReleaseCategory.BODIES);     // 0: the exclusive categories already add up to 390
 * fromMoscow.count(ReleaseCategory.MINOR);      // empty: not reported
 * }</pre>
 *
 * <p>A missing category means "not reported", never zero. People the report names ({@link
 * #notables()}) are counted inside the figure. Instances are immutable and thread-safe. The
 * validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class ReleaseFigure implements WithReleaseFigure {
  /** The categories in the order of the enum, read without a copy. */
  private static final ReleaseCategory[] CATEGORIES = ReleaseCategory.values();

  ReleaseFigure() {}

  /**
   * Returns the number released.
   *
   * @return the total: exact, at least, a range, or {@link Estimate#unknown()} when the source
   *     gives no figure; not null
   */
  public abstract Estimate total();

  /**
   * Returns the breakdown by category; categories the source does not give are absent.
   *
   * @return the counts by category, each zero or more, immutable, possibly empty
   */
  public abstract Map<ReleaseCategory, Long> breakdown();

  /**
   * Returns the released people the report names, such as commanders or politicians. They are
   * counted inside the total and the breakdown, never in addition: naming a person adds no one.
   *
   * @return the named people, in order, immutable, possibly empty
   */
  public abstract List<NotableRelease> notables();

  /**
   * Returns a copy with {@link #notables()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract ReleaseFigure withNotables(NotableRelease... elements);

  /**
   * Returns a copy with {@link #notables()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract ReleaseFigure withNotables(Iterable<? extends NotableRelease> elements);

  /**
   * Returns the parts the figure is made of, when the report gives it in parts, such as "84 for 84,
   * plus 20 seriously wounded in addition": each part says whether it counts against the
   * agreement's quota or comes in addition. The parts add up to the total.
   *
   * @return the parts, in order, immutable, empty when the figure is not given in parts
   */
  public abstract List<FigurePart> parts();

  /**
   * Returns a copy with {@link #parts()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract ReleaseFigure withParts(FigurePart... elements);

  /**
   * Returns a copy with {@link #parts()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract ReleaseFigure withParts(Iterable<? extends FigurePart> elements);

  /**
   * Returns the statements that gave, confirmed or disputed this figure.
   *
   * @return the statements, in order, immutable, possibly empty
   */
  public abstract List<Statement> statements();

  /**
   * Returns a copy with {@link #statements()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract ReleaseFigure withStatements(Statement... elements);

  /**
   * Returns a copy with {@link #statements()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract ReleaseFigure withStatements(Iterable<? extends Statement> elements);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A figure with an exact total, no breakdown and no source.
   *
   * @param total zero or more
   * @return the figure, not null
   * @throws dev.parley.validation.InvalidValueException if {@code total} is negative
   */
  public static ReleaseFigure of(long total) {
    return builder().total(Estimate.exact(total)).build();
  }

  /**
   * A figure with no total, no breakdown and no source: the number released is unknown.
   *
   * @return the figure, not null; one shared instance
   */
  public static ReleaseFigure unknown() {
    return Unknown.FIGURE;
  }

  /** Holds the unknown figure, built once on first use: queries ask for it per direction. */
  private static final class Unknown {
    static final ReleaseFigure FIGURE = builder().total(Estimate.unknown()).build();
  }

  /** Builds a {@link ReleaseFigure}; not thread-safe. */
  public static final class Builder extends ImmutableReleaseFigure.Builder {
    Builder() {}

    /**
     * Builds the figure.
     *
     * @return the figure, not null
     * @throws InvalidValueException if a rule is broken, or a category was put into the breakdown
     *     twice ({@code EXCHANGE_BREAKDOWN_DUPLICATE})
     * @throws IllegalStateException if the total was not set
     */
    @Override
    public ReleaseFigure build() {
      try {
        return super.build();
      } catch (InvalidValueException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        // The breakdown's map builder refuses a category put twice; nothing else here throws it.
        throw new InvalidValueException(
            "ReleaseFigure",
            List.of(
                Violation.of(
                    "EXCHANGE_BREAKDOWN_DUPLICATE",
                    "breakdown",
                    "a category is given twice in the breakdown: " + e.getMessage())));
      }
    }
  }

  /**
   * Returns the count of a category, as given or as it follows from the figure: an exclusive
   * category that is absent counts zero when the exclusive categories given already add up to an
   * exact total, and every category counts zero when the total is exactly zero.
   *
   * @param category the category
   * @return the count, zero or more, or empty when the figure does not tell
   */
  public OptionalLong count(ReleaseCategory category) {
    requireNonNull(category, "category");
    Long given = breakdown().get(category);
    if (given != null) {
      return OptionalLong.of(given);
    }
    boolean exactTotal = total().kind() == EstimateKind.EXACT;
    if (exactTotal && total().low().getAsLong() == 0) {
      return OptionalLong.of(0);
    }
    if (exactTotal && category.isExclusive() && exclusiveSum() == total().low().getAsLong()) {
      return OptionalLong.of(0);
    }
    return OptionalLong.empty();
  }

  /**
   * Returns whether the exclusive categories given add up to an exact total, so that every released
   * person or body is accounted for.
   *
   * @return true if the breakdown is complete
   */
  public boolean isBreakdownComplete() {
    return total().kind() == EstimateKind.EXACT && exclusiveSum() == total().low().getAsLong();
  }

  /**
   * Returns the least number this figure says was released: the low end of the total, or, when the
   * total is unknown, what the breakdown alone implies.
   *
   * @return zero or more
   */
  public long minimum() {
    if (total().isKnown()) {
      return total().lowerBound();
    }
    long most = notables().size();
    for (Long n : breakdown().values()) {
      most = Math.max(most, n);
    }
    return Math.max(most, exclusiveSum());
  }

  /**
   * Returns the count of a category as an estimate that is never unknown: exact when {@link #count}
   * tells, otherwise a range from zero to what the total leaves for it, or "at least zero" when the
   * total has no upper bound.
   *
   * @param category the category
   * @return the estimate, not null
   */
  public Estimate estimate(ReleaseCategory category) {
    OptionalLong known = count(category);
    if (known.isPresent()) {
      return Estimate.exact(known.getAsLong());
    }
    if (total().high().isEmpty()) {
      return Estimate.atLeast(0);
    }
    long room = total().high().getAsLong() - (category.isExclusive() ? exclusiveSum() : 0);
    return room <= 0 ? Estimate.exact(0) : Estimate.range(0, room);
  }

  /**
   * Returns the total as an estimate that is never unknown: the total when known, otherwise "at
   * least" what the breakdown implies.
   *
   * @return the estimate, not null
   */
  public Estimate knownTotal() {
    return total().isKnown() ? total() : Estimate.atLeast(minimum());
  }

  /**
   * Returns how many of the people count against an agreement's quota: the whole figure ({@link
   * #knownTotal()}) when it has no part in addition, else the sum of the parts that count against
   * the quota (a part of unknown count adds "at least zero").
   *
   * @return the estimate, never unknown, not null
   */
  public Estimate towardQuota() {
    if (!hasPartsInAddition()) {
      return knownTotal();
    }
    Estimate sum = Estimate.exact(0);
    for (FigurePart p : parts()) {
      if (p.countsAgainstQuota()) {
        sum = sum.plus(p.count().isKnown() ? p.count() : Estimate.atLeast(0));
      }
    }
    return sum;
  }

  /**
   * Whether a part of this figure comes in addition to the quota instead of counting against it.
   */
  boolean hasPartsInAddition() {
    for (FigurePart p : parts()) {
      if (!p.countsAgainstQuota()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns how many people of a category count against a quota of that category: {@link
   * #estimate(ReleaseCategory)} less the parts of that category that come in addition.
   *
   * @param category the category
   * @return the estimate, never unknown, not null
   */
  public Estimate towardQuota(ReleaseCategory category) {
    requireNonNull(category, "category");
    Estimate all = estimate(category);
    long extraLow = 0;
    long extraHigh = 0;
    boolean extraUnbounded = false;
    for (FigurePart p : parts()) {
      if (!p.countsAgainstQuota() && p.category().equals(java.util.Optional.of(category))) {
        extraLow = LongMath.saturatedAdd(extraLow, p.count().low().orElse(0));
        if (p.count().high().isPresent()) {
          extraHigh = LongMath.saturatedAdd(extraHigh, p.count().high().getAsLong());
        } else {
          extraUnbounded = true;
        }
      }
    }
    if (extraHigh == 0 && !extraUnbounded) {
      return all;
    }
    long low = extraUnbounded ? 0 : Math.max(0, all.lowerBound() - extraHigh);
    if (all.high().isEmpty()) {
      return Estimate.atLeast(low);
    }
    long high = Math.max(low, all.high().getAsLong() - extraLow);
    return low == high ? Estimate.exact(low) : Estimate.range(low, high);
  }

  /**
   * Returns whether one of this figure's statements comes from a source.
   *
   * @param source the source
   * @return true if the source gave, confirmed or disputed this figure
   */
  public boolean isFrom(Source source) {
    requireNonNull(source, "source");
    return statements().stream().anyMatch(s -> s.source().equals(source));
  }

  private long exclusiveSum() {
    Map<ReleaseCategory, Long> breakdown = breakdown();
    if (breakdown.isEmpty()) {
      return 0;
    }
    long sum = 0;
    for (ReleaseCategory category : CATEGORIES) {
      Long n = breakdown.get(category);
      if (n != null && category.isExclusive() && n > 0) {
        sum = LongMath.saturatedAdd(sum, n);
      }
    }
    return sum;
  }

  /** The rules of a breakdown that is not empty, each category in the order of the enum. */
  private void checkBreakdown(Checker c, Map<ReleaseCategory, Long> breakdown) {
    for (ReleaseCategory category : CATEGORIES) {
      Long n = breakdown.get(category);
      if (n != null && n < 0) {
        c.fail(
            "EXCHANGE_COUNT_NEGATIVE",
            "breakdown." + category,
            "a %s count must be zero or more, was %s",
            category,
            n);
      }
    }
    OptionalLong high = total().high();
    if (high.isPresent()) {
      long max = high.getAsLong();
      int exclusiveGiven = 0;
      for (ReleaseCategory category : CATEGORIES) {
        Long n = breakdown.get(category);
        if (n == null) {
          continue;
        }
        if (category.isExclusive()) {
          exclusiveGiven++;
        }
        if (n > max) {
          c.fail(
              "EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL",
              "breakdown." + category,
              "%s count %s is larger than the total %s",
              category,
              n,
              total());
        }
      }
      long exclusive = exclusiveSum();
      if (exclusive > max && exclusiveGiven >= 2) {
        c.fail(
            "EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL",
            "breakdown",
            "military, civilian, bodies and other add up to %s, more than the total %s",
            exclusive,
            total());
      }
    }
  }

  private void checkParts(Checker c) {
    Estimate sum = Estimate.exact(0);
    for (FigurePart p : parts()) {
      sum = sum.plus(p.count());
    }
    if (!sum.isKnown() || !total().isKnown()) {
      return;
    }
    boolean sumBelowTotal = sum.high().isPresent() && sum.high().getAsLong() < total().lowerBound();
    boolean sumAboveTotal =
        total().high().isPresent() && sum.lowerBound() > total().high().getAsLong();
    c.check(
        !sumBelowTotal && !sumAboveTotal,
        "EXCHANGE_PARTS_TOTAL",
        "parts",
        "the parts add up to %s, which cannot be the total %s",
        sum,
        total());
  }

  private void checkNotables(Checker c) {
    Set<String> names = new HashSet<>();
    Map<ReleaseCategory, Integer> perCategory = new EnumMap<>(ReleaseCategory.class);
    for (int i = 0; i < notables().size(); i++) {
      NotableRelease n = notables().get(i);
      if (!names.add(n.name())) {
        c.fail(
            "EXCHANGE_NOTABLE_DUPLICATE",
            "notables[" + i + "]",
            "%s is named twice in the same figure",
            n.name());
      }
      if (n.category().isPresent()) {
        ReleaseCategory k = n.category().get();
        perCategory.put(k, perCategory.getOrDefault(k, 0) + 1);
      }
    }
    OptionalLong high = total().high();
    if (high.isPresent() && notables().size() > high.getAsLong()) {
      c.fail(
          "EXCHANGE_NOTABLES_EXCEED_TOTAL",
          "notables",
          "%s people are named, more than the total %s",
          notables().size(),
          total());
    }
    for (Map.Entry<ReleaseCategory, Integer> e : perCategory.entrySet()) {
      Long given = breakdown().get(e.getKey());
      if (given != null && given >= 0 && e.getValue() > given) {
        c.fail(
            "EXCHANGE_NOTABLES_EXCEED_TOTAL",
            "notables",
            "%s people are named as %s, more than the %s count %s",
            e.getValue(),
            e.getKey(),
            e.getKey(),
            given);
      }
    }
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("ReleaseFigure");
    Map<ReleaseCategory, Long> breakdown = breakdown();
    if (!breakdown.isEmpty()) {
      checkBreakdown(c, breakdown);
    }
    if (!notables().isEmpty()) {
      checkNotables(c);
    }
    if (!parts().isEmpty()) {
      checkParts(c);
    }
    if (statements().size() > 1) {
      Set<Source> seen = new HashSet<>();
      for (int i = 0; i < statements().size(); i++) {
        Source s = statements().get(i).source();
        if (!seen.add(s)) {
          c.fail(
              "EXCHANGE_FIGURE_SOURCE_REPEATED",
              "statements[" + i + "]",
              "source %s is listed twice for the same figure",
              s);
        }
      }
    }
    c.throwIfInvalid();
  }
}
