package dev.parley.negotiation;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One party's delegation to a negotiation round: the party, and as reported the head of the
 * delegation and its members.
 *
 * <pre>{@code
 * Delegation russia = Delegation.builder()
 *     .party(PartyId.of("ru"))
 *     .head("Vladimir Medinsky")
 *     .build();
 * Delegation ukraine = Delegation.of(PartyId.of("ua"));
 * }</pre>
 *
 * <p>Names are kept as reported text; a person who is also a {@link dev.parley.party.Party} of the
 * chronicle can be linked through the party's name. Instances are immutable and thread-safe. Its
 * validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Delegation implements WithDelegation {
  Delegation() {}

  /**
   * Returns the party the delegation represents.
   *
   * @return the party's id, not null
   */
  public abstract PartyId party();

  /**
   * Returns the head of the delegation, as reported.
   *
   * @return the name, not blank when present
   */
  public abstract Optional<String> head();

  /**
   * Returns a copy with {@link #head()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Delegation withHead(String value);

  /**
   * Returns the other members, as reported.
   *
   * @return the names, none blank, possibly empty, immutable
   */
  public abstract List<String> members();

  /**
   * Returns a copy with {@link #members()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Delegation withMembers(String... elements);

  /**
   * Returns a copy with {@link #members()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Delegation withMembers(Iterable<? extends String> elements);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A delegation known only by its party.
   *
   * @param party the party
   * @return the delegation, not null
   */
  public static Delegation of(PartyId party) {
    return builder().party(party).build();
  }

  /** Builds a {@link Delegation}; not thread-safe. */
  public static final class Builder extends ImmutableDelegation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Delegation");
    c.check(
        Checker.absentOrNotBlank(head()),
        "NEGOTIATION_TEXT_BLANK",
        "head",
        "the head's name must not be blank when present, was \"%s\"",
        head().orElse(""));
    for (int i = 0; i < members().size(); i++) {
      if (members().get(i).isBlank()) {
        c.fail(
            "NEGOTIATION_TEXT_BLANK",
            "members[" + i + "]",
            "a member's name must not be blank, was \"%s\"",
            members().get(i));
      }
    }
    c.throwIfInvalid();
  }
}
