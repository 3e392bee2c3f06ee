package dev.parley.chronicle;

import dev.parley.estimate.Estimate;
import dev.parley.internal.ParleyStyle;
import dev.parley.record.RecordId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The casualties of the incidents in a period (and optionally a region), summed so that low, best
 * and high figures stay apart and an unknown never becomes a zero.
 *
 * <pre>{@code
 * CasualtySummary may = chronicle.incidents().casualties(ReportedDate.parse("2025-05"), RegionCode.parse("UA-51"));
 * may.killed();      // 1
 * may.injured();     // 8
 * may.incidents();   // [incident:2025-05-23-odesa-port]
 * }</pre>
 *
 * <p>Each incident contributes its current (latest revised) figures. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class CasualtySummary {
  CasualtySummary() {}

  /**
   * Returns the incidents counted, in story order.
   *
   * @return the incident ids, immutable
   */
  @Value.Parameter
  public abstract List<RecordId> incidents();

  /**
   * Returns the sum of the killed figures.
   *
   * @return the sum; exact zero when there are no incidents, unknown if any figure is unknown
   */
  @Value.Parameter
  public abstract Estimate killed();

  /**
   * Returns the sum of the injured figures.
   *
   * @return the sum; exact zero when there are no incidents, unknown if any figure is unknown
   */
  @Value.Parameter
  public abstract Estimate injured();

  static CasualtySummary of(List<RecordId> incidents, Estimate killed, Estimate injured) {
    return ImmutableCasualtySummary.of(incidents, killed, injured);
  }
}
