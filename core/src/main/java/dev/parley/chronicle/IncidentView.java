package dev.parley.chronicle;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.parley.estimate.Estimate;
import dev.parley.incident.Incident;
import dev.parley.place.Place;
import dev.parley.place.RegionCode;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The incidents of a chronicle: casualties summed over a period, everywhere or in one region.
 *
 * <pre>{@code
 * chronicle.incidents().casualties(ReportedDate.parse("2025-05"));                          // everywhere
 * chronicle.incidents().casualties(ReportedDate.parse("2025-05"), RegionCode.parse("UA-51"));   // Odesa oblast
 * }</pre>
 *
 * <p>Reached through {@link Chronicle#incidents()}. Sees the latest revision of every record; the
 * incidents are put in story order once, on the first query. Thread-safe.
 */
public final class IncidentView {
  private final Chronicle chronicle;
  private final com.google.common.base.Supplier<ImmutableList<Incident>> byDate;
  private final com.google.common.base.Supplier<Long> maxSpanDays;

  IncidentView(Chronicle chronicle) {
    this.chronicle = chronicle;
    this.byDate = Suppliers.memoize(() -> StoryOrder.sort(chronicle.latest(Incident.class)));
    this.maxSpanDays = Suppliers.memoize(() -> StoryOrder.maxSpanDays(byDate.get()));
  }

  /**
   * Sums the casualties of the incidents whose date overlaps a period.
   *
   * @param period the period
   * @return the summed figures and the incidents counted
   */
  public CasualtySummary casualties(ReportedDate period) {
    return sum(requireNonNull(period, "period"), null);
  }

  /**
   * Sums the casualties of the incidents whose date overlaps a period, at places in one region.
   *
   * @param period the period
   * @param region the region of the incidents' places
   * @return the summed figures and the incidents counted
   */
  public CasualtySummary casualties(ReportedDate period, RegionCode region) {
    return sum(requireNonNull(period, "period"), requireNonNull(region, "region"));
  }

  private CasualtySummary sum(ReportedDate period, @Nullable RegionCode region) {
    List<Incident> sorted = byDate.get();
    int from = StoryOrder.firstStartingFrom(sorted, period.start().minusDays(maxSpanDays.get()));
    List<RecordId> ids = new ArrayList<>();
    Estimate killed = Estimate.exact(0);
    Estimate injured = Estimate.exact(0);
    for (int i = from; i < sorted.size(); i++) {
      Incident incident = sorted.get(i);
      if (incident.date().start().isAfter(period.end())) {
        break;
      }
      if (incident.date().end().isBefore(period.start())) {
        continue;
      }
      if (region != null
          && !chronicle
              .place(incident.place())
              .flatMap(Place::region)
              .map(region::equals)
              .orElse(false)) {
        continue;
      }
      ids.add(incident.id());
      killed = killed.plus(incident.killed());
      injured = injured.plus(incident.injured());
    }
    return CasualtySummary.of(ids, killed, injured);
  }
}
