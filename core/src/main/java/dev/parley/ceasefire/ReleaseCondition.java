package dev.parley.ceasefire;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The releases a truce extension depends on: a typed link to the exchange (an {@link
 * dev.parley.exchange.Exchange} or an exchange {@link dev.parley.exchange.Agreement}) that carries
 * them, and, when reported, who releases and how many ("a further ten hostages a day").
 *
 * <pre>{@code
 * ReleaseCondition twentyHostages = ReleaseCondition.builder()
 *     .exchange(RecordId.of("agreement:2023-11-27-gaza-extension"))
 *     .releasedBy(PartyId.of("hamas"))
 *     .count(20)
 *     .build();
 * }</pre>
 *
 * <p>Whether the linked record is an exchange or an agreement is checked across records by {@link
 * TruceFindings}; whether the condition was met is asked of {@link
 * dev.parley.chronicle.CeasefireView#truceStatus}. Instances are immutable and thread-safe. The
 * validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class ReleaseCondition implements WithReleaseCondition {
  ReleaseCondition() {}

  /**
   * Returns the exchange or exchange agreement whose releases the condition depends on.
   *
   * @return the record id, not null
   */
  public abstract RecordId exchange();

  /**
   * Returns the party whose releases are required.
   *
   * @return one of the truce's parties, or empty when the report does not say
   */
  public abstract Optional<PartyId> releasedBy();

  /**
   * Returns a copy with {@link #releasedBy()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract ReleaseCondition withReleasedBy(PartyId value);

  /**
   * Returns how many releases the condition requires, when reported.
   *
   * @return one or more, or empty
   */
  public abstract OptionalLong count();

  /**
   * Returns a copy with {@link #count()} set to a present value.
   *
   * @param value the value
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract ReleaseCondition withCount(long value);

  /**
   * Returns a condition on an exchange without a reported count.
   *
   * @param exchange the exchange or exchange agreement, not null
   * @return the condition, not null
   */
  public static ReleaseCondition of(RecordId exchange) {
    return builder().exchange(exchange).build();
  }

  /**
   * Returns a condition requiring a number of releases by a party.
   *
   * @param exchange the exchange or exchange agreement, not null
   * @param releasedBy the releasing party, not null
   * @param count the number required, one or more
   * @return the condition, not null
   * @throws dev.parley.validation.InvalidValueException if the count is not positive
   */
  public static ReleaseCondition of(RecordId exchange, PartyId releasedBy, long count) {
    return builder().exchange(exchange).releasedBy(releasedBy).count(count).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReleaseCondition}; not thread-safe. */
  public static final class Builder extends ImmutableReleaseCondition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("ReleaseCondition");
    c.check(
        count().orElse(1) >= 1,
        "TRUCE_CONDITION_COUNT_NOT_POSITIVE",
        "count",
        "a condition requires one release or more, was %s",
        count().orElse(1));
    c.check(
        count().isEmpty() || releasedBy().isPresent(),
        "TRUCE_CONDITION_PARTY_MISSING",
        "releasedBy",
        "a condition of %s releases names the releasing party",
        count().orElse(0));
    c.throwIfInvalid();
  }
}
