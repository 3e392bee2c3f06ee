package dev.parley.territory;

import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who an assessment says controls a place: one party, nobody for certain (contested), or unknown.
 *
 * <pre>{@code
 * Controller russia = Controller.party(PartyId.of("ru"));
 * Controller frontLine = Controller.contested();
 * russia.party();   // Optional[ru]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The validation rules are listed in {@code
 * docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class Controller {
  private static final Controller CONTESTED =
      ImmutableController.of(ControllerKind.CONTESTED, Optional.empty());
  private static final Controller UNKNOWN =
      ImmutableController.of(ControllerKind.UNKNOWN, Optional.empty());

  Controller() {}

  /**
   * Returns the shape of the answer.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract ControllerKind kind();

  /**
   * Returns the controlling party.
   *
   * @return the party for {@link ControllerKind#PARTY}, otherwise empty
   */
  @Value.Parameter
  public abstract Optional<PartyId> party();

  /**
   * One party controls the place.
   *
   * @param party the controlling party
   * @return the controller, not null
   */
  public static Controller party(PartyId party) {
    return ImmutableController.of(ControllerKind.PARTY, Optional.of(party));
  }

  /**
   * Control is contested.
   *
   * @return the contested controller, not null
   */
  public static Controller contested() {
    return CONTESTED;
  }

  /**
   * The controller is unknown.
   *
   * @return the unknown controller, not null
   */
  public static Controller unknown() {
    return UNKNOWN;
  }

  /**
   * Returns whether this names one controlling party.
   *
   * @return true for {@link ControllerKind#PARTY}
   */
  public boolean isParty() {
    return kind() == ControllerKind.PARTY;
  }

  @Value.Check
  void check() {
    Checker.of("Controller")
        .check(
            party().isPresent() == (kind() == ControllerKind.PARTY),
            "TERRITORY_CONTROLLER_SHAPE",
            "party",
            "a controller of kind %s %s a party, was %s",
            kind(),
            kind() == ControllerKind.PARTY ? "names" : "names no",
            party().isPresent() ? party().get() : "none")
        .throwIfInvalid();
  }

  /** Returns the party id, {@code contested} or {@code unknown}. */
  @Override
  public String toString() {
    return party()
        .map(Object::toString)
        .orElse(kind() == ControllerKind.CONTESTED ? "contested" : "unknown");
  }
}
