package dev.parley.ceasefire;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.validation.Finding;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Rules and queries of truces that span records: the links of extension conditions to exchanges,
 * and whether a condition was met per the linked records.
 *
 * <pre>{@code
 * List<Finding> findings = TruceFindings.checkLinks(pause, typesById);
 * ConditionStatus s = TruceFindings.conditionStatus(pause, condition, linked, tranches, at);
 * }</pre>
 *
 * <p>Paths start with the truce's id. This class has no instances; its functions are pure and
 * thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
public final class TruceFindings {
  private TruceFindings() {}

  /** The record types an extension's condition may link to. */
  private static boolean isExchange(RecordType type) {
    return type == RecordType.EXCHANGE || type == RecordType.AGREEMENT;
  }

  /**
   * Finds conditions that link to a record that is neither an exchange nor an exchange agreement.
   * Links to records that do not exist are left to the chronicle's dangling-reference rule.
   *
   * @param truce the truce, not null
   * @param types the type of every record of the collection by id, not null
   * @return one error finding per such link, in extension order, immutable
   */
  public static List<Finding> checkLinks(Truce truce, Map<RecordId, RecordType> types) {
    requireNonNull(truce, "truce");
    requireNonNull(types, "types");
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (int i = 0; i < truce.extensions().size(); i++) {
      int index = i;
      truce
          .extensions()
          .get(i)
          .condition()
          .ifPresent(
              c -> {
                RecordType t = types.get(c.exchange());
                if (t != null && !isExchange(t)) {
                  out.add(
                      Finding.error(
                          "TRUCE_CONDITION_NOT_EXCHANGE",
                          truce.id() + ".extensions[" + index + "].condition.exchange",
                          "the condition links to "
                              + t.token()
                              + " "
                              + c.exchange()
                              + ", which is neither an exchange nor an agreement"));
                }
              });
    }
    return out.build();
  }

  /**
   * Returns whether a release condition was met by an instant, per the linked record and, for an
   * agreement, its tranches. An exchange counts once it has certainly taken place: the last day of
   * its date is on or before the instant's date in the truce's own zone. A count is compared with
   * the releasing party's releases over those exchanges; a figure too uncertain to decide gives
   * {@link ConditionStatus#UNKNOWN}.
   *
   * @param truce the truce, not null
   * @param condition one of its extensions' conditions, not null
   * @param linked the record the condition links to, or empty when it is not in the collection
   * @param tranches the exchanges that name the linked record as their agreement, not null
   * @param at the instant, in any zone, not null
   * @return the status, never {@link ConditionStatus#UNCONDITIONAL}
   */
  public static ConditionStatus conditionStatus(
      Truce truce,
      ReleaseCondition condition,
      Optional<ChronicleRecord> linked,
      Collection<Exchange> tranches,
      ZonedDateTime at) {
    requireNonNull(truce, "truce");
    requireNonNull(condition, "condition");
    requireNonNull(tranches, "tranches");
    requireNonNull(linked, "linked");
    Instant t = requireNonNull(at, "at").toInstant();
    List<Exchange> done;
    if (linked.orElse(null) instanceof Exchange e) {
      done = List.of(e);
    } else if (linked.orElse(null) instanceof Agreement) {
      done = List.copyOf(tranches);
    } else {
      return ConditionStatus.UNKNOWN;
    }
    done =
        done.stream().filter(e -> !truce.certainlyBy(TimePoint.of(e.date())).isAfter(t)).toList();
    OptionalLong count = condition.count();
    if (count.isEmpty()) {
      return done.isEmpty() ? ConditionStatus.NOT_MET : ConditionStatus.MET;
    }
    Estimate sum = Estimate.exact(0);
    for (Exchange e : done) {
      sum = sum.plus(e.released(condition.releasedBy().orElseThrow()));
    }
    long required = count.getAsLong();
    if (sum.low().isPresent() && sum.low().getAsLong() >= required) {
      return ConditionStatus.MET;
    }
    if (sum.high().isPresent() && sum.high().getAsLong() < required) {
      return ConditionStatus.NOT_MET;
    }
    return ConditionStatus.UNKNOWN;
  }
}
