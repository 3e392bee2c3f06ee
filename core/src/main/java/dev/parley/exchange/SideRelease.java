package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import dev.parley.estimate.Estimate;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How many people one side of an agreement has released so far, in all and by category; part of a
 * computed {@link Fulfilment}.
 *
 * <pre>{@code
 * SideRelease russia = Fulfilment.of(agreement, exchanges, asOf).side(PartyId.of("ru"));
 * russia.total();                                  // 390
 * russia.released(ReleaseCategory.MILITARY);       // 270
 * russia.released(ReleaseCategory.MINOR);          // 0..390: no source gave a figure
 * }</pre>
 *
 * <p>Counts are {@link Estimate}s and never unknown: a tranche whose figure is missing adds "at
 * least zero", and a category its breakdown leaves out adds a range up to what the total leaves for
 * it. Instances are immutable and thread-safe.
 */
@Value.Immutable
@ParleyStyle
public abstract class SideRelease {
  SideRelease() {}

  /**
   * Returns the side.
   *
   * @return the releasing side, not null
   */
  public abstract PartyId party();

  /**
   * Returns how many people the side has released in all.
   *
   * @return the estimate, never unknown, not null
   */
  public abstract Estimate total();

  /**
   * Returns how many people the side has released, by category.
   *
   * @return an estimate for every category, never unknown, immutable
   */
  public abstract Map<ReleaseCategory, Estimate> byCategory();

  /**
   * Returns how many people of a category the side has released.
   *
   * @param category the category
   * @return the estimate, never unknown, not null
   */
  public Estimate released(ReleaseCategory category) {
    requireNonNull(category, "category");
    Estimate e = byCategory().get(category);
    return e != null ? e : Estimate.exact(0);
  }

  static SideRelease of(PartyId party, Estimate total, Map<ReleaseCategory, Estimate> byCategory) {
    return ImmutableSideRelease.builder()
        .party(party)
        .total(total)
        .putAllByCategory(byCategory)
        .build();
  }

  /** Returns {@code party: total}. */
  @Override
  public String toString() {
    return party() + ": " + total() + " " + byCategory();
  }
}
