package dev.parley.exchange;

import com.google.common.collect.ImmutableList;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.place.PlaceId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The way released people were taken: from a place, through places in order, to a place. An ICRC
 * flight from Sanaa to Aden is a route without stops; hostages taken from Gaza through the Rafah
 * crossing into Egypt and on to Israel are a route with one stop, the crossing.
 *
 * <pre>{@code
 * Route toIsrael = Route.of(PlaceId.of("ps:gaza"), List.of(PlaceId.of("eg:rafah-crossing")),
 *     PlaceId.of("il:hatzerim"));
 * Route flight = Route.of(PlaceId.of("ye:sanaa"), PlaceId.of("ye:aden"));
 * }</pre>
 *
 * <p>A place is visited once: the start, the stops and the end are all different. Instances are
 * immutable and thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable(builder = false)
@ParleyStyle
public abstract class Route {
  Route() {}

  /**
   * Returns where the people were taken from.
   *
   * @return the first place, not null
   */
  @Value.Parameter
  public abstract PlaceId from();

  /**
   * Returns the places the people were taken through, in order: a border crossing, a transit
   * airport.
   *
   * @return the stops, immutable, possibly empty
   */
  @Value.Parameter
  public abstract List<PlaceId> via();

  /**
   * Returns where the people were taken to.
   *
   * @return the last place, not null
   */
  @Value.Parameter
  public abstract PlaceId to();

  /**
   * A route without stops.
   *
   * @param from where the people were taken from
   * @param to where they were taken to, another place
   * @return the route, not null
   * @throws dev.parley.validation.InvalidValueException if {@code from} and {@code to} are the same
   */
  public static Route of(PlaceId from, PlaceId to) {
    return ImmutableRoute.of(from, ImmutableList.of(), to);
  }

  /**
   * A route through stops.
   *
   * @param from where the people were taken from
   * @param via the places they were taken through, in order; copied
   * @param to where they were taken to
   * @return the route, not null
   * @throws dev.parley.validation.InvalidValueException if a place is visited twice
   */
  public static Route of(PlaceId from, List<PlaceId> via, PlaceId to) {
    return ImmutableRoute.of(from, via, to);
  }

  /**
   * Returns every place of the route in order: the start, the stops and the end.
   *
   * @return the places, immutable, at least two
   */
  public List<PlaceId> places() {
    return ImmutableList.<PlaceId>builder().add(from()).addAll(via()).add(to()).build();
  }

  /** Returns such as {@code ps:gaza -> eg:rafah-crossing -> il:hatzerim}. */
  @Override
  public String toString() {
    return String.join(" -> ", places().stream().map(PlaceId::toString).toList());
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("Route");
    Set<PlaceId> seen = new HashSet<>();
    List<PlaceId> all = places();
    for (int i = 0; i < all.size(); i++) {
      if (!seen.add(all.get(i))) {
        c.fail(
            "EXCHANGE_ROUTE_PLACE_REPEATED",
            i == 0 ? "from" : i == all.size() - 1 ? "to" : "via[" + (i - 1) + "]",
            "the route %s visits %s twice",
            this,
            all.get(i));
      }
    }
    c.throwIfInvalid();
  }
}
