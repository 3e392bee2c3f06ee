package dev.parley.json;

import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import java.util.List;

/** The parties and places of the seed report, as the golden files hold them. */
final class Seed {
  private Seed() {}

  static final Party RUSSIA = state("ru", "Russia", "RU");
  static final Party UKRAINE = state("ua", "Ukraine", "UA");
  static final Party BELARUS = state("by", "Belarus", "BY");
  static final Party TURKIYE = state("tr", "Turkiye", "TR");
  static final Party ICRC = Party.of(PartyId.of("icrc"), "International Committee of the Red Cross",
      PartyKind.INTERNATIONAL_ORGANISATION);
  static final Party ZELENSKY = Party.builder()
      .id(PartyId.of("ua:zelensky"))
      .name("Volodymyr Zelensky")
      .kind(PartyKind.PERSON)
      .country(CountryCode.of("UA"))
      .actingFor(PartyId.of("ua"))
      .build();

  static final Place ISTANBUL = place("tr:istanbul", "Istanbul", "TR", "TR-34", LocationPrecision.SETTLEMENT);
  static final Place RAKIVKA = place("ua:rakivka", "Rakivka", "UA", "UA-63", LocationPrecision.SETTLEMENT);
  static final Place ODESA_PORT = Place.builder()
      .id(PlaceId.of("ua:odesa-port"))
      .name("Odesa port")
      .country(CountryCode.of("UA"))
      .region(RegionCode.parse("UA-51"))
      .coordinates(Coordinates.of(46.4936, 30.7395))
      .precision(LocationPrecision.NEAR_SETTLEMENT)
      .build();
  static final Place KURSK_REGION = place("ru:kursk-oblast", "Kursk region", "RU", "RU-KRS", LocationPrecision.REGION);
  static final Place BELARUS_COUNTRY = Place.builder()
      .id(PlaceId.of("by"))
      .name("Belarus")
      .country(CountryCode.of("BY"))
      .precision(LocationPrecision.COUNTRY)
      .build();

  static final List<Object> RECORDS = List.of(
      RUSSIA, UKRAINE, BELARUS, TURKIYE, ICRC, ZELENSKY,
      ISTANBUL, RAKIVKA, ODESA_PORT, KURSK_REGION, BELARUS_COUNTRY);

  private static Party state(String id, String name, String country) {
    return Party.builder().id(PartyId.of(id)).name(name).kind(PartyKind.STATE).country(CountryCode.of(country)).build();
  }

  private static Place place(String id, String name, String country, String region, LocationPrecision precision) {
    return Place.builder().id(PlaceId.of(id)).name(name).country(CountryCode.of(country))
        .region(RegionCode.parse(region)).precision(precision).build();
  }
}
