package dev.parley.exchange;

import com.google.common.collect.ImmutableSet;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What one side of an {@link Agreement} undertakes to release: a number of people (of any category,
 * or of one), or a whole category however many that turns out to be.
 *
 * <pre>{@code
 * Quota thousand = Quota.of(PartyId.of("ru"), 1000);
 * Quota bodies = Quota.of(PartyId.of("ua"), 6000, ReleaseCategory.BODIES);
 * Quota wounded = Quota.all(PartyId.of("ru"), ReleaseCategory.WOUNDED_OR_SICK, "all seriously wounded");
 * Quota young = Quota.builder().releasing(PartyId.of("ua")).count(300)
 *     .category(ReleaseCategory.MILITARY).ages(AgeRange.of(18, 25))
 *     .description("servicemen aged 18 to 25").build();
 * wounded.isNumeric();   // false: a whole category cannot be checked against a count
 * Quota threePerHostage = Quota.builder().releasing(PartyId.of("il"))
 *     .ratio(QuotaRatio.of(3, 1, PartyId.of("hamas"))).description("women and minors").build();
 * Quota jointly = Quota.builder().releasing(PartyId.of("ye-gov")).addJointWith(PartyId.of("coalition"))
 *     .count(706).build();
 * }</pre>
 *
 * <p>A numeric quota without a category counts everyone the side releases; with a category it
 * counts that category only. A subgroup is a category, an optional age bracket ({@link #ages()})
 * and the agreement's words ({@link #description()}). A <em>ratio quota</em> ({@link #ratio()}) has
 * no count of its own: what it asks for follows from what the counterpart actually released ({@link
 * QuotaProgress#due()}). A <em>joint quota</em> is shared by several releasing parties ({@link
 * #jointWith()}, "the government and the coalition"): what any of them releases counts toward it.
 * Instances are immutable and thread-safe. Its validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Quota implements WithQuota {
  Quota() {}

  /**
   * Returns the side that undertakes to release.
   *
   * @return the releasing side, not null
   */
  public abstract PartyId releasing();

  /**
   * Returns the other parties that share this quota with {@link #releasing()}, as "the government
   * and the coalition" release jointly: what any of them releases counts toward it.
   *
   * @return the other releasing parties, distinct, immutable, empty for a quota of one side
   */
  public abstract List<PartyId> jointWith();

  /**
   * Returns a copy with {@link #jointWith()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Quota withJointWith(PartyId... elements);

  /**
   * Returns a copy with {@link #jointWith()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Quota withJointWith(Iterable<? extends PartyId> elements);

  /**
   * Returns the ratio a ratio quota asks for, such as three released per one released by the other
   * side.
   *
   * @return the ratio, or empty for a count or a whole category
   */
  public abstract Optional<QuotaRatio> ratio();

  /**
   * Returns a copy with {@link #ratio()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Quota withRatio(QuotaRatio value);

  /**
   * Returns the number to release.
   *
   * @return zero or more, or empty for a whole category
   */
  public abstract OptionalLong count();

  /**
   * Returns a copy with {@link #count()} set to a present value.
   *
   * @param value the value
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Quota withCount(long value);

  /**
   * Returns the category the quota counts.
   *
   * @return the category, or empty when every released person counts
   */
  public abstract Optional<ReleaseCategory> category();

  /**
   * Returns a copy with {@link #category()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Quota withCategory(ReleaseCategory value);

  /**
   * Returns the age bracket of the quota's subgroup, such as 18 to 25 for "servicemen aged 18 to
   * 25". Release figures give no ages, so fulfilment counts such a quota as anywhere from none to
   * all of the released people of its category.
   *
   * @return the bracket, or empty when the quota has none
   */
  public abstract Optional<AgeRange> ages();

  /**
   * Returns a copy with {@link #ages()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Quota withAges(AgeRange value);

  /**
   * Returns the agreement's own words for the quota, such as {@code all seriously wounded} or
   * {@code aged 18-25}.
   *
   * @return the description, not blank, present for a whole-category quota
   */
  public abstract Optional<String> description();

  /**
   * Returns a copy with {@link #description()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Quota withDescription(String value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A number of people of any category.
   *
   * @param releasing the releasing side
   * @param count zero or more
   * @return the quota, not null
   * @throws dev.parley.validation.InvalidValueException if {@code count} is negative
   */
  public static Quota of(PartyId releasing, long count) {
    return builder().releasing(releasing).count(count).build();
  }

  /**
   * A number of people of one category.
   *
   * @param releasing the releasing side
   * @param count zero or more
   * @param category the category counted
   * @return the quota, not null
   * @throws dev.parley.validation.InvalidValueException if {@code count} is negative
   */
  public static Quota of(PartyId releasing, long count, ReleaseCategory category) {
    return builder().releasing(releasing).count(count).category(category).build();
  }

  /**
   * A whole category, however many people it turns out to hold.
   *
   * @param releasing the releasing side
   * @param category the category released
   * @param description the agreement's words, not blank, such as {@code all seriously wounded}
   * @return the quota, not null
   * @throws dev.parley.validation.InvalidValueException if {@code description} is blank
   */
  public static Quota all(PartyId releasing, ReleaseCategory category, String description) {
    return builder().releasing(releasing).category(category).description(description).build();
  }

  /**
   * Everyone the side holds, "all for all".
   *
   * @param releasing the releasing side
   * @param description the agreement's words, not blank, such as {@code all for all}
   * @return the quota, not null
   * @throws dev.parley.validation.InvalidValueException if {@code description} is blank
   */
  public static Quota all(PartyId releasing, String description) {
    return builder().releasing(releasing).description(description).build();
  }

  /** Builds a {@link Quota}; not thread-safe. */
  public static final class Builder extends ImmutableQuota.Builder {
    Builder() {}
  }

  /**
   * Returns every party whose releases count toward the quota: {@link #releasing()}, then {@link
   * #jointWith()}.
   *
   * @return the parties, immutable, at least one
   */
  public Set<PartyId> releasingParties() {
    if (jointWith().isEmpty()) {
      return ImmutableSet.of(releasing());
    }
    return ImmutableSet.<PartyId>builder().add(releasing()).addAll(jointWith()).build();
  }

  /**
   * Returns whether the quota is a ratio of what its counterpart releases.
   *
   * @return true if {@link #ratio()} is present
   */
  public boolean isRatio() {
    return ratio().isPresent();
  }

  /**
   * Returns whether the quota is a number that released counts can be checked against.
   *
   * @return true if {@link #count()} is present
   */
  public boolean isNumeric() {
    return count().isPresent();
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Quota");
    for (int i = 0; i < jointWith().size(); i++) {
      PartyId p = jointWith().get(i);
      c.check(
          !p.equals(releasing()) && jointWith().indexOf(p) == i,
          "EXCHANGE_QUOTA_JOINT_REPEATED",
          "jointWith[" + i + "]",
          "%s shares the quota twice, or is its releasing party",
          p);
    }
    if (ratio().isPresent()) {
      QuotaRatio r = ratio().get();
      c.check(
          count().isEmpty(),
          "EXCHANGE_QUOTA_RATIO_AND_COUNT",
          "count",
          "a ratio quota (%s) has no count of its own, was %s",
          r,
          count().orElse(0));
      c.check(
          !r.counterpart().equals(releasing()) && !jointWith().contains(r.counterpart()),
          "EXCHANGE_QUOTA_RATIO_COUNTERPART",
          "ratio.counterpart",
          "a ratio counts the releases of another side, but %s releases under the quota",
          r.counterpart());
    }
    c.check(
            count().orElse(0) >= 0,
            "EXCHANGE_COUNT_NEGATIVE",
            "count",
            "a quota must be zero or more, was %s",
            count().orElse(0))
        .check(
            count().isPresent() || ratio().isPresent() || description().isPresent(),
            "EXCHANGE_QUOTA_DESCRIPTION",
            "description",
            "a whole-category quota of %s needs a description such as \"all seriously wounded\"",
            releasing())
        .check(
            Checker.absentOrNotBlank(description()),
            "EXCHANGE_QUOTA_DESCRIPTION",
            "description",
            "a description must not be blank, was \"%s\"",
            description().orElse(""))
        .throwIfInvalid();
  }

  /**
   * Returns a short text such as {@code ru: 1000}, {@code ua: 6000 BODIES} or {@code ru: all
   * seriously wounded}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(releasing());
    jointWith().forEach(p -> b.append('+').append(p));
    b.append(": ");
    if (ratio().isPresent()) {
      b.append(ratio().get());
      category().ifPresent(k -> b.append(' ').append(k));
    } else if (count().isPresent()) {
      b.append(count().getAsLong());
      category().ifPresent(c -> b.append(' ').append(c));
    } else {
      b.append(description().orElse("all"));
      category().ifPresent(c -> b.append(" (").append(c).append(')'));
    }
    ages().ifPresent(a -> b.append(" aged ").append(a));
    return b.toString();
  }
}
