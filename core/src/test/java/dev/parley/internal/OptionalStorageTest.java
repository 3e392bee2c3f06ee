package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.MoreObjects;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.AgeRange;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Optional attributes are stored as their {@code Optional} (the core's Immutables encoding), so an
 * accessor returns the stored instance, while builders, copies, {@code equals}, {@code hashCode}
 * and {@code toString} behave as Immutables' own handling of optional attributes.
 */
class OptionalStorageTest {
  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class);
  private static final RegionCode KHARKIV = RegionCode.parse("UA-63");

  private static Place.Builder rakivka() {
    return Place.builder()
        .id(PlaceId.of("ua:rakivka"))
        .name("Rakivka")
        .country(CountryCode.of("UA"))
        .precision(LocationPrecision.SETTLEMENT);
  }

  @Test
  void everyGeneratedOptionalAccessorReturnsAStoredOptional() throws Exception {
    List<Class<?>> generated = GeneratedValueClasses.all();
    int accessors = 0;
    List<String> wrapping = new ArrayList<>();
    for (Class<?> type : generated) {
      for (Method m : type.getDeclaredMethods()) {
        if (m.getParameterCount() == 0
            && OPTIONALS.contains(m.getReturnType())
            && !Modifier.isStatic(m.getModifiers())) {
          accessors++;
          Field field = GeneratedValueClasses.field(type, m.getName());
          if (field == null || field.getType() != m.getReturnType()) {
            wrapping.add(type.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(generated).hasSizeGreaterThan(30);
    assertThat(accessors).isGreaterThan(90);
    assertThat(wrapping).isEmpty();
  }

  @Test
  void theAccessorReturnsTheSameInstanceOnEveryCall() {
    Place place = rakivka().region(KHARKIV).build();
    assertThat(place.region()).isSameAs(place.region()).contains(KHARKIV);
    assertThat(place.coordinates()).isSameAs(Optional.empty());
  }

  @Test
  void primitiveOptionalsAreStoredToo() {
    Estimate range = Estimate.range(3, 5);
    assertThat(range.low()).isSameAs(range.low()).hasValue(3);
    assertThat(range.toString())
        .isEqualTo(Estimate.range(3, 5).toString())
        .doesNotContain("Optional");
    AgeRange adults = AgeRange.builder().from(18).build();
    assertThat(adults.from()).isSameAs(adults.from()).hasValue(18);
    assertThat(adults.to()).isEmpty();
    assertThat(adults.withFrom(18)).isSameAs(adults);
    assertThat(adults.withFrom(OptionalInt.of(18))).isSameAs(adults);
    assertThat(adults.withTo(OptionalInt.empty())).isSameAs(adults);
    assertThat(AgeRange.builder().from(OptionalInt.of(18)).build()).isEqualTo(adults);
  }

  @Test
  void builderTakesAValueOrAnOptional() {
    Place byValue = rakivka().region(KHARKIV).build();
    Place byOptional = rakivka().region(Optional.of(KHARKIV)).build();
    Place cleared = rakivka().region(KHARKIV).region(Optional.empty()).build();
    assertThat(byOptional).isEqualTo(byValue).hasSameHashCodeAs(byValue);
    assertThat(cleared.region()).isEmpty();
    assertThat(cleared).isNotEqualTo(byValue);
    assertThat(Place.builder().from(byValue).build()).isEqualTo(byValue);
  }

  @Test
  void copiesReturnThisObjectWhenNothingChanges() {
    Place place = rakivka().region(KHARKIV).build();
    assertThat(place.withRegion(KHARKIV)).isSameAs(place);
    assertThat(place.withRegion(Optional.of(KHARKIV))).isSameAs(place);
    Place empty = rakivka().build();
    assertThat(empty.withCoordinates(Optional.empty())).isSameAs(empty);
    assertThat(empty.withRegion(KHARKIV)).isEqualTo(place);
    assertThat(place.withRegion(Optional.empty())).isEqualTo(empty);
  }

  @Test
  void rejectsNullsAsBefore() {
    assertThatThrownBy(() -> rakivka().region((RegionCode) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> rakivka().region((Optional<RegionCode>) null))
        .isInstanceOf(NullPointerException.class);
    Place place = rakivka().build();
    assertThatThrownBy(() -> place.withRegion((RegionCode) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> place.withRegion((Optional<RegionCode>) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringAndHashCodeAreImmutablesOwn() {
    for (Place place : List.of(rakivka().build(), rakivka().region(KHARKIV).build())) {
      // What Immutables generates for an optional attribute it stores unwrapped.
      String text =
          MoreObjects.toStringHelper("Place")
              .omitNullValues()
              .add("id", place.id())
              .add("name", place.name())
              .add("country", place.country())
              .add("region", place.region().orElse(null))
              .add("coordinates", place.coordinates().orElse(null))
              .add("precision", place.precision())
              .add("borderWith", place.borderWith().orElse(null))
              .toString();
      int h = 5381;
      for (Object attribute :
          new Object[] {
            place.id(),
            place.name(),
            place.country(),
            place.region().orElse(null),
            place.coordinates().orElse(null),
            place.precision(),
            place.borderWith().orElse(null)
          }) {
        h += (h << 5) + Objects.hashCode(attribute);
      }
      assertThat(place.toString()).isEqualTo(text).doesNotContain("Optional");
      assertThat(place.hashCode()).isEqualTo(h);
    }
  }
}
