package dev.parley.examples;

import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import java.io.PrintStream;
import java.util.List;

/**
 * The May 2025 report Parley started from, built through the public API: the parties and
 * places of the Russia-Ukraine prisoner exchange, the Istanbul talks, the ceasefire offer, the
 * Rakivka claim and the Odesa port strike.
 */
public final class SeedStory {
  private SeedStory() {}

  /** Russia. */
  public static final Party RUSSIA = state("ru", "Russia", "RU");
  /** Ukraine. */
  public static final Party UKRAINE = state("ua", "Ukraine", "UA");
  /** Belarus, where freed Russians were taken. */
  public static final Party BELARUS = state("by", "Belarus", "BY");
  /** Turkiye, host of the Istanbul talks. */
  public static final Party TURKIYE = state("tr", "Turkiye", "TR");
  /** The United States, whose former president commented. */
  public static final Party UNITED_STATES = state("us", "United States", "US");
  /** Ukraine's president, who confirmed the figures. */
  public static final Party ZELENSKY =
      Party.builder()
          .id(PartyId.of("ua:zelensky"))
          .name("Volodymyr Zelensky")
          .kind(PartyKind.PERSON)
          .country(CountryCode.of("UA"))
          .actingFor(UKRAINE.id())
          .build();
  /** Russia's president. */
  public static final Party PUTIN =
      Party.builder()
          .id(PartyId.of("ru:putin"))
          .name("Vladimir Putin")
          .kind(PartyKind.PERSON)
          .country(CountryCode.of("RU"))
          .actingFor(RUSSIA.id())
          .build();
  /** Donald Trump, who posted congratulations. */
  public static final Party TRUMP =
      Party.builder()
          .id(PartyId.of("us:trump"))
          .name("Donald Trump")
          .kind(PartyKind.PERSON)
          .country(CountryCode.of("US"))
          .actingFor(UNITED_STATES.id())
          .build();

  /** Istanbul, venue of the talks. */
  public static final Place ISTANBUL =
      place("tr:istanbul", "Istanbul", "TR", "TR-34", LocationPrecision.SETTLEMENT);
  /** The Chernihiv region, where freed prisoners were expected to arrive. */
  public static final Place CHERNIHIV_REGION =
      place("ua:chernihiv-oblast", "Chernihiv region", "UA", "UA-74", LocationPrecision.REGION);
  /** Rakivka, the village Russia claimed to have taken. */
  public static final Place RAKIVKA =
      place("ua:rakivka", "Rakivka", "UA", "UA-63", LocationPrecision.SETTLEMENT);
  /** Odesa's port, struck by missiles. */
  public static final Place ODESA_PORT =
      place("ua:odesa-port", "Odesa port", "UA", "UA-51", LocationPrecision.NEAR_SETTLEMENT);
  /** The Kursk region, where some of the released civilians were captured. */
  public static final Place KURSK_REGION =
      place("ru:kursk-oblast", "Kursk region", "RU", "RU-KRS", LocationPrecision.REGION);
  /** Belarus as a whole, where freed Russians were treated. */
  public static final Place BELARUS_COUNTRY =
      Place.builder()
          .id(PlaceId.of("by"))
          .name("Belarus")
          .country(CountryCode.of("BY"))
          .precision(LocationPrecision.COUNTRY)
          .build();

  /** Every party of the story. */
  public static final List<Party> PARTIES =
      List.of(RUSSIA, UKRAINE, BELARUS, TURKIYE, UNITED_STATES, ZELENSKY, PUTIN, TRUMP);

  /** Every place of the story. */
  public static final List<Place> PLACES =
      List.of(ISTANBUL, CHERNIHIV_REGION, RAKIVKA, ODESA_PORT, KURSK_REGION, BELARUS_COUNTRY);

  private static Party state(String id, String name, String country) {
    return Party.builder()
        .id(PartyId.of(id))
        .name(name)
        .kind(PartyKind.STATE)
        .country(CountryCode.of(country))
        .build();
  }

  private static Place place(
      String id, String name, String country, String region, LocationPrecision precision) {
    return Place.builder()
        .id(PlaceId.of(id))
        .name(name)
        .country(CountryCode.of(country))
        .region(RegionCode.parse(region))
        .precision(precision)
        .build();
  }

  /**
   * Prints a readable digest of the story.
   *
   * @param out where to print
   */
  public static void printDigest(PrintStream out) {
    out.println("Parley demo: the May 2025 Russia-Ukraine prisoner exchange");
    out.println();
    out.println("Parties");
    for (Party p : PARTIES) {
      out.printf(
          "  %-14s %-20s %-10s%s%n",
          p.id(),
          p.name(),
          p.kind().name().toLowerCase(java.util.Locale.ROOT),
          p.actingFor().map(a -> " acting for " + a).orElse(""));
    }
    out.println();
    out.println("Places");
    for (Place p : PLACES) {
      out.printf(
          "  %-20s %-18s %s %-7s %s%n",
          p.id(),
          p.name(),
          p.country(),
          p.region().map(Object::toString).orElse("-"),
          p.precision().name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
