package dev.parley.exchange;

import dev.parley.internal.ParleyStyle;
import dev.parley.record.RecordId;
import org.immutables.value.Value;

/**
 * The link from an {@link Agreement} to the earlier agreement it extends or amends, so that queries
 * can see the whole chain ({@link AgreementChain}).
 *
 * <pre>{@code
 * AgreementRevision twoMoreDays =
 *     AgreementRevision.of(RecordId.of("agreement:2023-11-22-pause"), RevisionKind.EXTENSION);
 * }</pre>
 *
 * <p>The chronicle checks the link: it must resolve to an agreement agreed no later than the
 * revising one, and a chain of links must not run in a circle. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class AgreementRevision {
  AgreementRevision() {}

  /**
   * Returns the agreement that is extended or amended.
   *
   * @return its record id, not null
   */
  @Value.Parameter
  public abstract RecordId agreement();

  /**
   * Returns whether the link is an extension or an amendment.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract RevisionKind kind();

  /**
   * A link to the agreement that is extended or amended.
   *
   * @param agreement the revised agreement's id
   * @param kind extension or amendment
   * @return the link, not null
   */
  public static AgreementRevision of(RecordId agreement, RevisionKind kind) {
    return ImmutableAgreementRevision.of(agreement, kind);
  }

  /** Returns such as {@code EXTENSION of agreement:2023-11-22-pause}. */
  @Override
  public String toString() {
    return kind() + " of " + agreement();
  }
}
