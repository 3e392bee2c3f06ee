package dev.parley.ceasefire;

import dev.parley.validation.InvalidValueException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The lifecycle state machine of one proposal, folded over its events in order. Package-private:
 * the table is documented on {@link CeasefireProposal}, which is the public entry point.
 */
final class Lifecycle {
  /** The phase the events alone put a ceasefire in. */
  enum Phase {
    OPEN,
    ACCEPTED,
    IN_EFFECT,
    EXPIRED,
    TERMINATED,
    WITHDRAWN
  }

  private final ProposalKind kind;
  private final Optional<Duration> duration;
  private Phase phase = Phase.OPEN;
  private Optional<TimePoint> expiry = Optional.empty();
  private boolean expiredByTerm;
  private boolean expiryRecorded;

  Lifecycle(ProposalKind kind, Optional<Duration> duration) {
    this.kind = kind;
    this.duration = duration;
  }

  Phase phase() {
    return phase;
  }

  /**
   * Applies an event. An illegal event leaves the state unchanged.
   *
   * @return empty if the transition is legal, otherwise a message naming it
   */
  Optional<String> apply(LifecycleEvent event) {
    if (phase == Phase.IN_EFFECT
        && expiry.isPresent()
        && expiry.get().hasOccurredBy(event.time())) {
      phase = Phase.EXPIRED;
      expiredByTerm = true;
    }
    Optional<Phase> next = next(event.type());
    if (next.isEmpty()) {
      return Optional.of(
          String.format(
              "illegal transition %s -> %s at %s: %s%s",
              phaseName(),
              event.type(),
              event.time(),
              reason(event.type()),
              expiredByTerm ? " (its term ended at " + expiry.orElseThrow() + ")" : ""));
    }
    switch (event.type()) {
      case IN_EFFECT:
        expiry = duration.flatMap(d -> later(event.time(), d));
        break;
      case EXPIRED:
        expiryRecorded = true;
        break;
      case EXTENDED:
        expiry =
            event.extendedBy().isPresent()
                ? expiry.flatMap(e -> later(e, event.extendedBy().get()))
                : Optional.empty();
        break;
      default:
        break;
    }
    phase = next.get();
    return Optional.empty();
  }

  /**
   * Returns the point a duration after another, or empty when it lies beyond the last supported
   * day: a term that ends after 9999-12-31 never ends within the time Parley represents.
   */
  private static Optional<TimePoint> later(TimePoint point, Duration d) {
    try {
      return Optional.of(point.plus(d));
    } catch (InvalidValueException beyondTheSupportedSpan) {
      return Optional.empty();
    }
  }

  /** Moves a ceasefire in effect to expired once its term has run out by the given instant. */
  void settle(ZonedDateTime at) {
    if (phase == Phase.IN_EFFECT && expiry.isPresent() && expiry.get().hasOccurredBy(at)) {
      phase = Phase.EXPIRED;
      expiredByTerm = true;
    }
  }

  private Optional<Phase> next(LifecycleEventType type) {
    boolean beforeEffect = phase == Phase.OPEN || phase == Phase.ACCEPTED;
    switch (type) {
      case ACCEPTED_BY_ALL:
        return phase == Phase.OPEN && kind == ProposalKind.PROPOSAL
            ? Optional.of(Phase.ACCEPTED)
            : Optional.empty();
      case IN_EFFECT:
        return beforeEffect ? Optional.of(Phase.IN_EFFECT) : Optional.empty();
      case EXTENDED:
      case BREACH_ALLEGED:
        return phase == Phase.IN_EFFECT ? Optional.of(Phase.IN_EFFECT) : Optional.empty();
      case EXPIRED:
        return phase == Phase.IN_EFFECT
                || (phase == Phase.EXPIRED && expiredByTerm && !expiryRecorded)
            ? Optional.of(Phase.EXPIRED)
            : Optional.empty();
      case TERMINATED:
        return phase == Phase.IN_EFFECT ? Optional.of(Phase.TERMINATED) : Optional.empty();
      case WITHDRAWN:
        return beforeEffect ? Optional.of(Phase.WITHDRAWN) : Optional.empty();
      default:
        throw new AssertionError(type);
    }
  }

  private String phaseName() {
    if (phase == Phase.OPEN) {
      return kind == ProposalKind.PROPOSAL
          ? CeasefireStatus.PROPOSED.name()
          : CeasefireStatus.DECLARED.name();
    }
    return phase.name();
  }

  private String reason(LifecycleEventType type) {
    switch (type) {
      case ACCEPTED_BY_ALL:
        return kind == ProposalKind.UNILATERAL_DECLARATION
            ? "a unilateral declaration has no addressees to accept it"
            : "acceptance by all comes once, before the ceasefire takes effect";
      case IN_EFFECT:
        return "a ceasefire takes effect once, before it has ended";
      case EXTENDED:
        return "a ceasefire can only be extended while it is in effect";
      case BREACH_ALLEGED:
        return "a breach can only be alleged while the ceasefire is in effect";
      case EXPIRED:
        return "a ceasefire can only expire while it is in effect";
      case TERMINATED:
        return "a ceasefire can only be terminated while it is in effect; before that it is withdrawn";
      case WITHDRAWN:
        return "a ceasefire can only be withdrawn before it takes effect; after that it is terminated";
      default:
        throw new AssertionError(type);
    }
  }
}
