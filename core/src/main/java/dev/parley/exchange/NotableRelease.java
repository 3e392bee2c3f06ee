package dev.parley.exchange;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A released person a report names, such as a commander, a politician or a journalist, counted
 * inside the {@link ReleaseFigure} that names them: naming a person never adds to the figure's
 * total or breakdown.
 *
 * <pre>{@code
 * NotableRelease medvedchuk = NotableRelease.builder()
 *     .name("Viktor Medvedchuk")
 *     .category(ReleaseCategory.CIVILIAN)
 *     .build();
 * NotableRelease commander = NotableRelease.of("Denys Prokopenko", PartyId.of("ua:azov"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class NotableRelease implements WithNotableRelease {
  NotableRelease() {}

  /**
   * Returns the person's name as reported.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the party the person belongs to or acts for, such as a unit or a political party.
   *
   * @return the party, or empty when the report gives none
   */
  public abstract Optional<PartyId> party();

  /**
   * Returns a copy with {@link #party()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract NotableRelease withParty(PartyId value);

  /**
   * Returns the category the person is counted in, within the figure's breakdown.
   *
   * @return the category, or empty when the report does not say
   */
  public abstract Optional<ReleaseCategory> category();

  /**
   * Returns a copy with {@link #category()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract NotableRelease withCategory(ReleaseCategory value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A named person with no party or category.
   *
   * @param name the name, not blank
   * @return the person, not null
   * @throws dev.parley.validation.InvalidValueException if {@code name} is blank
   */
  public static NotableRelease of(String name) {
    return builder().name(name).build();
  }

  /**
   * A named person of a party.
   *
   * @param name the name, not blank
   * @param party the party the person belongs to or acts for
   * @return the person, not null
   * @throws dev.parley.validation.InvalidValueException if {@code name} is blank
   */
  public static NotableRelease of(String name, PartyId party) {
    return builder().name(name).party(party).build();
  }

  /** Builds a {@link NotableRelease}; not thread-safe. */
  public static final class Builder extends ImmutableNotableRelease.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker.of("NotableRelease")
        .check(
            !name().isBlank(),
            "EXCHANGE_NOTABLE_NAME_BLANK",
            "name",
            "a released person's name must not be blank, was \"%s\"",
            name())
        .throwIfInvalid();
  }

  /** Returns such as {@code Viktor Medvedchuk} or {@code Denys Prokopenko (ua:azov)}. */
  @Override
  public String toString() {
    return name() + party().map(p -> " (" + p + ")").orElse("");
  }
}
