package dev.parley.json;

import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.Coordinates;
import dev.parley.place.Place;
import dev.parley.testing.SeedStory;
import java.util.List;

/**
 * The parties and places of the seed report, from the shared seed fixture ({@link SeedStory}), with
 * the two the single-value golden files hold beyond it: the ICRC, and Odesa port with its
 * coordinates.
 */
final class Seed {
  private Seed() {}

  static final Party RUSSIA = SeedStory.RUSSIA;
  static final Party UKRAINE = SeedStory.UKRAINE;
  static final Party BELARUS = SeedStory.BELARUS;
  static final Party TURKIYE = SeedStory.TURKIYE;
  static final Party ICRC =
      Party.of(
          PartyId.of("icrc"),
          "International Committee of the Red Cross",
          PartyKind.INTERNATIONAL_ORGANISATION);
  static final Party ZELENSKY = SeedStory.ZELENSKY;

  static final Place ISTANBUL = SeedStory.ISTANBUL;
  static final Place RAKIVKA = SeedStory.RAKIVKA;
  static final Place ODESA_PORT =
      SeedStory.ODESA_PORT.withCoordinates(Coordinates.of(46.4936, 30.7395));
  static final Place KURSK_REGION = SeedStory.KURSK_REGION;
  static final Place BELARUS_COUNTRY = SeedStory.BELARUS_COUNTRY;

  static final List<Object> RECORDS =
      List.of(
          RUSSIA,
          UKRAINE,
          BELARUS,
          TURKIYE,
          ICRC,
          ZELENSKY,
          ISTANBUL,
          RAKIVKA,
          ODESA_PORT,
          KURSK_REGION,
          BELARUS_COUNTRY);
}
