package dev.parley.ceasefire;

import static dev.parley.testing.GazaPauseStory.FINAL_END;
import static dev.parley.testing.GazaPauseStory.GAZA;
import static dev.parley.testing.GazaPauseStory.HAMAS;
import static dev.parley.testing.GazaPauseStory.NOV_30;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.party.PartyId;
import dev.parley.testing.GazaPauseStory;
import dev.parley.testing.ValueContract;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value contract of truces and their parts: equality, hashing, nulls rejected. */
class TruceValuesTest {
  @Test
  void valueContracts() {
    ValueContract.setDefault(ZoneId.class, GAZA);
    ValueContract.setDefault(LocalDateTime.class, LocalDateTime.of(2023, 11, 24, 7, 0));
    ValueContract.setDefault(Truce.class, GazaPauseStory.pause());
    ValueContract.setDefault(ReleaseCondition.class, ReleaseCondition.of(NOV_30));
    Truce pause = GazaPauseStory.pause();
    ValueContract.check(
        Truce.class,
        List.of(pause, Truce.builder().from(pause).build()),
        List.of(GazaPauseStory.pauseBuilder().build()));
    ValueContract.check(
        TruceExtension.class,
        List.of(
            GazaPauseStory.twoDays(),
            TruceExtension.builder().from(GazaPauseStory.twoDays()).build()),
        List.of(GazaPauseStory.oneDay()));
    ValueContract.check(
        ReleaseCondition.class,
        List.of(ReleaseCondition.of(NOV_30, HAMAS, 10), ReleaseCondition.of(NOV_30, HAMAS, 10)),
        List.of(ReleaseCondition.of(NOV_30)));
    ValueContract.check(
        TruceStatus.class,
        List.of(
            TruceStatus.of(TrucePhase.IN_FORCE, Optional.of(FINAL_END), List.of()),
            TruceStatus.of(TrucePhase.IN_FORCE, Optional.of(FINAL_END), List.of())),
        List.of(TruceStatus.of(TrucePhase.ENDED, Optional.empty(), List.of(ConditionStatus.MET))));
    assertThat(PartyId.of("hamas")).isEqualTo(HAMAS);
  }
}
