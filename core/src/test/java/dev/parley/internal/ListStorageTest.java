package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import dev.parley.ceasefire.ConditionGroup;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.exchange.Route;
import dev.parley.incident.Attribution;
import dev.parley.incident.Perpetrator;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.validation.InvalidValueException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * List attributes are stored as Guava {@code ImmutableList}s (the core's Immutables encoding): a
 * builder keeps an {@code ImmutableList} it is given instead of copying it, while adding one
 * element at a time, copies, {@code equals}, {@code hashCode} and {@code toString} behave as
 * Immutables' own handling of list attributes.
 */
class ListStorageTest {
  private static final Statement KYIV = Statement.of(Source.of(PartyId.of("ua")), Stance.CLAIMS);
  private static final Statement MOSCOW = Statement.of(Source.of(PartyId.of("ru")), Stance.DENIES);
  private static final Statement ANKARA =
      Statement.of(Source.of(PartyId.of("tr")), Stance.CONFIRMS);

  private static Perpetrator.Builder perpetrator() {
    return Perpetrator.builder().party(PartyId.of("ru")).attribution(Attribution.ATTRIBUTED);
  }

  @Test
  void everyGeneratedListIsStoredAsAnImmutableList() throws Exception {
    int accessors = 0;
    List<String> other = new ArrayList<>();
    for (Class<?> type : GeneratedValueClasses.all()) {
      for (Method m : type.getDeclaredMethods()) {
        if (m.getParameterCount() == 0
            && m.getReturnType() == List.class
            && !Modifier.isStatic(m.getModifiers())) {
          accessors++;
          Field field = GeneratedValueClasses.field(type, m.getName());
          if (field == null || field.getType() != ImmutableList.class) {
            other.add(type.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(accessors).isGreaterThan(45);
    assertThat(other).isEmpty();
  }

  @Test
  void aBuilderKeepsTheImmutableListItIsGiven() {
    ImmutableList<Statement> given = ImmutableList.of(KYIV, MOSCOW);
    assertThat(perpetrator().sources(given).build().sources()).isSameAs(given);
    assertThat(perpetrator().addAllSources(given).build().sources()).isSameAs(given);
    Perpetrator built = perpetrator().sources(given).build();
    assertThat(Perpetrator.builder().from(built).build().sources()).isSameAs(given);
  }

  @Test
  void aBuilderCopiesAMutableList() {
    List<Statement> given = new ArrayList<>(List.of(KYIV));
    Perpetrator built = perpetrator().sources(given).build();
    given.add(MOSCOW);
    assertThat(built.sources()).containsExactly(KYIV).isInstanceOf(ImmutableList.class);
    assertThat(perpetrator().addAllSources(given).build().sources())
        .containsExactly(KYIV, MOSCOW)
        .isNotSameAs(given);
  }

  @Test
  void elementsAddedAfterAGivenListFollowItAndLeaveItAlone() {
    ImmutableList<Statement> given = ImmutableList.of(KYIV);
    Perpetrator.Builder b = perpetrator().addAllSources(given);
    b.addSource(MOSCOW).addSources(ANKARA).addAllSources(ImmutableList.of(KYIV));
    assertThat(b.build().sources()).containsExactly(KYIV, MOSCOW, ANKARA, KYIV);
    assertThat(given).containsExactly(KYIV);
    assertThat(perpetrator().addSource(KYIV).addAllSources(given).build().sources())
        .containsExactly(KYIV, KYIV);
    assertThat(perpetrator().addAllSources(given).addAllSources(given).build().sources())
        .containsExactly(KYIV, KYIV);
  }

  @Test
  void settingReplacesWhatWasAdded() {
    Perpetrator.Builder b = perpetrator().addSource(KYIV).addSources(MOSCOW, ANKARA);
    b.sources(List.of(ANKARA));
    assertThat(b.build().sources()).containsExactly(ANKARA);
    b.addSource(KYIV);
    assertThat(b.build().sources()).containsExactly(ANKARA, KYIV);
    assertThat(perpetrator().build().sources()).isEmpty();
  }

  @Test
  void aBuilderBuildsAgainWithMoreElements() {
    Perpetrator.Builder b = perpetrator().addSource(KYIV);
    Perpetrator first = b.build();
    b.addSource(MOSCOW);
    assertThat(first.sources()).containsExactly(KYIV);
    assertThat(b.build().sources()).containsExactly(KYIV, MOSCOW);
  }

  @Test
  void rejectsNullsAndKeepsTheBuilderAsItWas() {
    Perpetrator.Builder b = perpetrator().addSource(KYIV);
    assertThatThrownBy(() -> b.addSource(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.addAllSources(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.sources(Arrays.asList(MOSCOW, null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.sources(null)).isInstanceOf(NullPointerException.class);
    assertThat(b.build().sources()).containsExactly(KYIV);
    Perpetrator p = b.build();
    assertThatThrownBy(() -> p.withSources(KYIV, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.withSources((Iterable<Statement>) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void copiesReplaceTheListAndReturnThisObjectWhenGivenItsOwnList() {
    Perpetrator p = perpetrator().addSource(KYIV).build();
    assertThat(p.withSources(p.sources())).isSameAs(p);
    assertThat(p.withSources(MOSCOW, ANKARA).sources()).containsExactly(MOSCOW, ANKARA);
    assertThat(p.withSources((Iterable<Statement>) List.of(ANKARA)).sources())
        .containsExactly(ANKARA);
    ImmutableList<Statement> given = ImmutableList.of(MOSCOW);
    assertThat(p.withSources(given).sources()).isSameAs(given);
    assertThat(p.withSources(List.of(KYIV))).isEqualTo(p).isNotSameAs(p);
  }

  @Test
  void copiesAreValidated() {
    SourcedEstimate one = SourcedEstimate.of(Estimate.exact(3), KYIV);
    assertThatThrownBy(() -> Route.of(PlaceId.of("a"), List.of(PlaceId.of("a")), PlaceId.of("b")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SourcedEstimate.of(Estimate.exact(3), List.of()))
        .isInstanceOf(InvalidValueException.class);
    assertThat(SourcedEstimate.of(Estimate.exact(3), ImmutableList.of(KYIV))).isEqualTo(one);
    assertThatThrownBy(() -> ConditionGroup.of(List.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void toStringEqualsAndHashCodeAreImmutablesOwn() {
    for (Perpetrator p :
        List.of(perpetrator().build(), perpetrator().addSources(KYIV, MOSCOW).build())) {
      String text =
          MoreObjects.toStringHelper("Perpetrator")
              .omitNullValues()
              .add("party", p.party())
              .add("attribution", p.attribution())
              .add("sources", p.sources())
              .toString();
      int h = 5381;
      for (Object attribute : new Object[] {p.party(), p.attribution(), p.sources()}) {
        h += (h << 5) + attribute.hashCode();
      }
      assertThat(p.toString()).isEqualTo(text);
      assertThat(p.hashCode()).isEqualTo(h);
      Perpetrator same = perpetrator().sources(new ArrayList<>(p.sources())).build();
      assertThat(same).isEqualTo(p).hasSameHashCodeAs(p);
    }
    assertThat(perpetrator().addSource(KYIV).build())
        .isNotEqualTo(perpetrator().addSource(MOSCOW).build());
  }
}
