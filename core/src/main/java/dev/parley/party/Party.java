package dev.parley.party;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.place.CountryCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor in a conflict or a peace process: a state, an armed group, an international
 * organisation, or a person acting for one of them.
 *
 * <pre>{@code
 * Party ukraine = Party.builder()
 *     .id(PartyId.of("ua")).name("Ukraine").kind(PartyKind.STATE)
 *     .country(CountryCode.of("UA"))
 *     .build();
 * Party zelensky = Party.builder()
 *     .id(PartyId.of("ua:president")).name("Volodymyr Zelensky").kind(PartyKind.PERSON)
 *     .actingFor(PartyId.of("ua"))
 *     .build();
 * }</pre>
 *
 * <p>What a party does in a record is its {@link Role} there, not an attribute of the party.
 * Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Party implements WithParty {
  Party() {}

  /**
   * Returns the stable id.
   *
   * @return the id, not null
   */
  public abstract PartyId id();

  /**
   * Returns the display name, such as {@code Ukraine} or {@code ICRC}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns what kind of actor this is.
   *
   * @return the kind, not null
   */
  public abstract PartyKind kind();

  /**
   * Returns the ISO 3166-1 country the party belongs to, when it has one.
   *
   * @return the country, or empty (international organisations usually have none)
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns a copy with {@link #country()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Party withCountry(CountryCode value);

  /**
   * Returns the party a person acts for.
   *
   * @return the party acted for; present for {@link PartyKind#PERSON}, otherwise usually empty
   */
  public abstract Optional<PartyId> actingFor();

  /**
   * Returns a copy with {@link #actingFor()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Party withActingFor(PartyId value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a party with no country and acting for nobody.
   *
   * @param id the id
   * @param name the display name, not blank
   * @param kind the kind, not {@link PartyKind#PERSON}
   * @return the party, not null
   * @throws dev.parley.validation.InvalidValueException if a rule is broken
   */
  public static Party of(PartyId id, String name, PartyKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /** Builds a {@link Party}; not thread-safe. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Party");
    c.check(
        !name().isBlank(),
        "PARTY_NAME_BLANK",
        "name",
        "name must not be blank, was \"%s\"",
        name());
    c.check(
        kind() != PartyKind.PERSON || actingFor().isPresent(),
        "PARTY_PERSON_ACTING_FOR",
        "actingFor",
        "a person must name the party it acts for: %s has none",
        id());
    c.check(
        actingFor().isEmpty() || !actingFor().get().equals(id()),
        "PARTY_ACTING_FOR_SELF",
        "actingFor",
        "a party cannot act for itself, was %s",
        id());
    c.throwIfInvalid();
  }
}
