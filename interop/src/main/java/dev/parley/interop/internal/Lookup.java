package dev.parley.interop.internal;

import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parties and places an exporter has seen so far, so that records written after them can carry
 * their names and coordinates. Grows with distinct parties and places, not with records.
 */
public final class Lookup {
  private final Map<PartyId, Party> parties = new HashMap<>();
  private final Map<PlaceId, Place> places = new HashMap<>();

  /**
   * Remembers a party or place; ignores anything else.
   *
   * @param value the value
   */
  public void see(Object value) {
    if (value instanceof Party p) {
      parties.put(p.id(), p);
    } else if (value instanceof Place p) {
      places.put(p.id(), p);
    }
  }

  /**
   * Returns a party seen earlier.
   *
   * @param id the id
   * @return the party, or empty
   */
  public Optional<Party> party(PartyId id) {
    return Optional.ofNullable(parties.get(id));
  }

  /**
   * Returns a place seen earlier.
   *
   * @param id the id
   * @return the place, or empty
   */
  public Optional<Place> place(PlaceId id) {
    return Optional.ofNullable(places.get(id));
  }
}
