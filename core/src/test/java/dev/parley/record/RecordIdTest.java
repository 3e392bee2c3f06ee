package dev.parley.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.testing.ValueContract;
import dev.parley.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordIdTest {
  @Test
  void acceptsTheSeedIdsAndRejectsMalformedOnes() {
    assertThat(RecordId.of("exchange:2025-05-23").toString()).isEqualTo("exchange:2025-05-23");
    assertThat(RecordId.of("a").compareTo(RecordId.of("b"))).isNegative();
    assertThatThrownBy(() -> RecordId.of("exchange 2025"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("ID_FORMAT"));
  }

  @Test
  void recordTypeTokensRoundTrip() {
    for (RecordType t : RecordType.values()) {
      assertThat(RecordType.fromToken(t.token())).isEqualTo(t);
    }
    assertThatThrownBy(() -> RecordType.fromToken("treaty"))
        .hasMessage("unknown record type \"treaty\"");
  }

  @Test
  void valueContract() {
    ValueContract.check(
        RecordId.class, List.of(RecordId.of("x"), RecordId.of("x")), List.of(RecordId.of("y")));
  }
}
