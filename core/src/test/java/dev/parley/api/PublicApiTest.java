package dev.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** Uses the API from outside its packages, as a user does, and checks what is hidden. */
class PublicApiTest {
  @Test
  void buildersAndCopiesWorkFromAnotherPackage() {
    Party p = Party.builder().id(PartyId.of("ua")).name("Ukraine").kind(PartyKind.STATE).build();
    Party q = p.withCountry(CountryCode.of("UA"));
    assertThat(q.country()).contains(CountryCode.of("UA"));
    Place place =
        Place.builder()
            .id(PlaceId.of("by"))
            .name("Belarus")
            .country(CountryCode.of("BY"))
            .precision(LocationPrecision.COUNTRY)
            .build();
    assertThat(place.withName("Republic of Belarus").name()).isEqualTo("Republic of Belarus");
    assertThat(Source.of(PartyId.of("ru")).withOutlet("TASS").outlet()).contains("TASS");
  }

  @Test
  void generatedImplementationsAreNotPublic() throws ClassNotFoundException {
    for (String name :
        new String[] {
          "dev.parley.party.ImmutableParty",
          "dev.parley.place.ImmutablePlace",
          "dev.parley.time.ImmutableReportedDate",
          "dev.parley.estimate.ImmutableEstimate"
        }) {
      assertThat(Modifier.isPublic(Class.forName(name).getModifiers())).as(name).isFalse();
    }
  }
}
