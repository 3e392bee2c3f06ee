package dev.parley.ceasefire;

import dev.parley.internal.ParleyStyle;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import org.immutables.value.Value;

/**
 * A condition together with where and when it was demanded: in which proposal's record, on which
 * date, and whether in a response or in the proposal itself. Returned by {@link
 * CeasefireQueries#conditionsDemandedBy}.
 *
 * <pre>{@code
 * for (DemandedCondition d : CeasefireQueries.conditionsDemandedBy(PartyId.of("ru"), proposals)) {
 *   System.out.println(d.date() + " " + d.proposal() + " " + d.condition().type());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class DemandedCondition {
  DemandedCondition() {}

  /**
   * Returns the proposal whose record holds the condition.
   *
   * @return the proposal's id, not null
   */
  @Value.Parameter
  public abstract RecordId proposal();

  /**
   * Returns the condition.
   *
   * @return the condition, not null
   */
  @Value.Parameter
  public abstract Condition condition();

  /**
   * Returns the date of the proposal or response that carries the condition.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract ReportedDate date();

  /**
   * Returns whether the condition was set in a response to the proposal, rather than in the
   * proposal itself.
   *
   * @return true if it comes from a response
   */
  @Value.Parameter
  public abstract boolean inResponse();

  /**
   * Returns whether the condition belongs to one of several alternative groups (see {@link
   * CeasefireProposal#alternatives()}), so that it is demanded only if its group is chosen.
   *
   * @return true for a condition of an alternative; false from {@link #of}
   */
  @Value.Parameter
  public abstract boolean alternative();

  /**
   * Creates a demanded condition.
   *
   * @param proposal the proposal whose record holds it
   * @param condition the condition
   * @param date the date of the proposal or response carrying it
   * @param inResponse whether it comes from a response
   * @return the demanded condition, not part of an alternative, not null
   */
  public static DemandedCondition of(
      RecordId proposal, Condition condition, ReportedDate date, boolean inResponse) {
    return ImmutableDemandedCondition.of(proposal, condition, date, inResponse, false);
  }
}
