package dev.parley.ceasefire;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a ceasefire covers: everything (comprehensive), or one domain (energy infrastructure,
 * maritime, a front sector, a humanitarian pause, a holiday truce, other).
 *
 * <pre>{@code
 * Scope all = Scope.comprehensive();
 * Scope energy = Scope.partial(ScopeDomain.ENERGY_INFRASTRUCTURE);
 * Scope kharkivFront = Scope.builder().domain(ScopeDomain.FRONT_SECTOR)
 *     .addRegion(RegionCode.parse("UA-63")).build();
 * }</pre>
 *
 * <p>Places and regions may narrow any partial scope (a maritime truce in the Black Sea ports of
 * UA-51). A front sector is named by places or regions, or, when reports leave its sectors unnamed,
 * described in text ("on parts of the front to be agreed"). A holiday truce over all hostilities is
 * comprehensive, with the holiday as the proposal's {@link CeasefireProposal#occasion() occasion};
 * {@link ScopeDomain#HOLIDAY_TRUCE} is for a truce the holiday limits in kind. Instances are
 * immutable and thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract class Scope implements WithScope {
  Scope() {}

  /**
   * Returns the domain of a partial ceasefire.
   *
   * @return the domain, or empty for a comprehensive ceasefire
   */
  public abstract Optional<ScopeDomain> domain();

  /**
   * Returns a copy with {@link #domain()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Scope withDomain(ScopeDomain value);

  /**
   * Returns the places a partial ceasefire is limited to.
   *
   * @return the places' ids, possibly empty, immutable
   */
  public abstract List<PlaceId> places();

  /**
   * Returns a copy with {@link #places()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Scope withPlaces(PlaceId... elements);

  /**
   * Returns a copy with {@link #places()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Scope withPlaces(Iterable<? extends PlaceId> elements);

  /**
   * Returns the ISO 3166-2 regions a partial ceasefire is limited to.
   *
   * @return the regions, possibly empty, immutable
   */
  public abstract List<RegionCode> regions();

  /**
   * Returns a copy with {@link #regions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Scope withRegions(RegionCode... elements);

  /**
   * Returns a copy with {@link #regions()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Scope withRegions(Iterable<? extends RegionCode> elements);

  /**
   * Returns a description of the scope, as reported.
   *
   * @return the description, not blank when present
   */
  public abstract Optional<String> description();

  /**
   * Returns a copy with {@link #description()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Scope withDescription(String value);

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A comprehensive ceasefire: all hostilities, everywhere.
   *
   * @return the scope, not null
   */
  public static Scope comprehensive() {
    return builder().build();
  }

  /**
   * A partial ceasefire in one domain, not limited to places.
   *
   * @param domain the domain, not {@link ScopeDomain#FRONT_SECTOR} or {@link ScopeDomain#OTHER},
   *     which need more detail
   * @return the scope, not null
   * @throws dev.parley.validation.InvalidValueException if the domain needs places or a description
   */
  public static Scope partial(ScopeDomain domain) {
    return builder().domain(domain).build();
  }

  /**
   * Returns whether the ceasefire covers all hostilities everywhere.
   *
   * @return true when there is no domain
   */
  public boolean isComprehensive() {
    return domain().isEmpty();
  }

  /** Builds a {@link Scope}; not thread-safe. */
  public static final class Builder extends ImmutableScope.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean limited = !places().isEmpty() || !regions().isEmpty();
    boolean described = description().isPresent();
    Checker.of("Scope")
        .check(
            !hasDomain(ScopeDomain.FRONT_SECTOR) || limited || described,
            "CEASEFIRE_SCOPE_AREA_MISSING",
            "places",
            "a front-sector ceasefire names at least one place or region, or describes its"
                + " sectors")
        .check(
            domain().isPresent() || !limited,
            "CEASEFIRE_SCOPE_COMPREHENSIVE_LIMITED",
            "domain",
            "a comprehensive ceasefire names no places or regions, was limited to %s %s",
            places(),
            regions())
        .check(
            !hasDomain(ScopeDomain.OTHER) || described,
            "CEASEFIRE_SCOPE_UNDESCRIBED",
            "description",
            "a ceasefire of domain other has a description")
        .check(
            Checker.absentOrNotBlank(description()),
            "CEASEFIRE_TEXT_BLANK",
            "description",
            "description must not be blank when present, was \"%s\"",
            description().orElse(""))
        .throwIfInvalid();
  }

  private boolean hasDomain(ScopeDomain domain) {
    return domain().isPresent() && domain().get() == domain;
  }

  /** Returns {@code comprehensive}, or the domain in lower case with its places and regions. */
  @Override
  public String toString() {
    if (isComprehensive()) {
      return "comprehensive";
    }
    StringBuilder b =
        new StringBuilder(domain().orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
    if (!places().isEmpty() || !regions().isEmpty()) {
      b.append(' ').append(places()).append(' ').append(regions());
    }
    description().ifPresent(d -> b.append(" (").append(d).append(')'));
    return b.toString();
  }
}
