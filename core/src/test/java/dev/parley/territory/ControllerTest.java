package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.party.PartyId;
import dev.parley.testing.ValueContract;
import dev.parley.validation.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControllerTest {
  @Test
  void namesAPartyOnlyForPartyControl() {
    assertThat(Controller.party(Seed.RU).party()).contains(Seed.RU);
    assertThat(Controller.party(Seed.RU).isParty()).isTrue();
    assertThat(Controller.contested().party()).isEmpty();
    assertThat(Controller.unknown().kind()).isEqualTo(ControllerKind.UNKNOWN);
    assertThat(Controller.contested()).hasToString("contested");
  }

  @Test
  void rejectsPartyControlWithoutAParty() {
    assertThatThrownBy(() -> ImmutableController.of(ControllerKind.PARTY, Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("TERRITORY_CONTROLLER_SHAPE"));
  }

  @Test
  void rejectsContestedControlNamingAParty() {
    assertThatThrownBy(
            () -> ImmutableController.of(ControllerKind.CONTESTED, Optional.of(PartyId.of("ru"))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("TERRITORY_CONTROLLER_SHAPE"))
        .hasMessageContaining("was ru");
  }

  @Test
  void honoursTheValueContract() {
    ValueContract.check(
        Controller.class,
        List.of(Controller.party(Seed.RU), Controller.party(PartyId.of("ru"))),
        List.of(Controller.party(Seed.UA)),
        List.of(Controller.contested()),
        List.of(Controller.unknown()));
  }
}
