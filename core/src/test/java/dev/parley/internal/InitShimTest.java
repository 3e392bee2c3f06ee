package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.incident.Casualties;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.territory.ClaimSubject;
import dev.parley.time.ReportedDate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build takes out of the generated value classes the "init shim" that Immutables adds to every
 * class with an encoded attribute: an object allocated in each constructor and a volatile field
 * written twice, which orders the computation of default attributes that depend on each other. The
 * core's defaults are constants, so where the shim is empty it is gone, and where it computes a
 * default its field is a plain one. These tests fail if the build step stops matching what the
 * processor writes.
 */
class InitShimTest {
  @Test
  void noGeneratedValueClassHasAVolatileField() throws Exception {
    List<String> volatiles = new ArrayList<>();
    List<Class<?>> types = GeneratedValueClasses.all();
    for (Class<?> type : types) {
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isVolatile(f.getModifiers())) {
          volatiles.add(type.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertThat(types).hasSizeGreaterThan(50);
    assertThat(volatiles).isEmpty();
  }

  @Test
  void onlyClassesWithDefaultAttributesKeepAShim() throws Exception {
    List<String> withShim = new ArrayList<>();
    for (Class<?> type : GeneratedValueClasses.all()) {
      for (Class<?> nested : type.getDeclaredClasses()) {
        if (nested.getSimpleName().equals("InitShim")) {
          withShim.add(type.getSimpleName());
        }
      }
    }
    assertThat(withShim)
        .containsExactlyInAnyOrder(
            "ImmutableAgreement",
            "ImmutableCeasefireProposal",
            "ImmutableClaimSubject",
            "ImmutableDirection",
            "ImmutableIncident",
            "ImmutableResponse");
  }

  @Test
  void defaultAttributesAreStillComputedOrTakenFromTheBuilder() {
    ClaimSubject plain =
        ClaimSubject.builder().country(CountryCode.of("UA")).percent(BigDecimal.TEN).build();
    ClaimSubject approximate =
        ClaimSubject.builder()
            .country(CountryCode.of("UA"))
            .percent(BigDecimal.TEN)
            .approximate(true)
            .build();
    assertThat(plain.approximate()).isFalse();
    assertThat(approximate.approximate()).isTrue();
    assertThat(approximate.withApproximate(false)).isEqualTo(plain);
    Response response =
        Response.builder()
            .party(PartyId.of("ru"))
            .date(ReportedDate.parse("2025-03-18"))
            .stance(ResponseStance.ACCEPTED)
            .build();
    assertThat(response.supersedesEarlier()).isFalse();
    assertThat(Casualties.unreported().revisions()).isEmpty();
  }
}
