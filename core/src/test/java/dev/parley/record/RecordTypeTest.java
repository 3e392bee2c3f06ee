package dev.parley.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.testing.ChronicleGen;
import dev.parley.testing.Laws;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link RecordType} is the one list of record types: the sealed interface permits its classes. */
class RecordTypeTest {
  @Test
  void permittedClassesAreTheRecordTypesClasses() {
    Set<Class<?>> permitted = Set.of(ChronicleRecord.class.getPermittedSubclasses());
    Set<Class<?>> listed =
        Arrays.stream(RecordType.values()).map(RecordType::javaType).collect(Collectors.toSet());
    assertThat(permitted)
        .as("classes permitted by ChronicleRecord, and RecordType's classes")
        .containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void everyRecordSaysItsOwnType() {
    Set<RecordType> seen = EnumSet.noneOf(RecordType.class);
    Laws.qt()
        .forAll(ChronicleGen.anyRecords())
        .checkAssert(
            r -> {
              assertThat(r).isInstanceOf(r.recordType().javaType());
              assertThat(RecordType.of(r.getClass())).isEqualTo(r.recordType());
              seen.add(r.recordType());
            });
    assertThat(seen)
        .as("record types the generators make")
        .containsExactlyInAnyOrder(RecordType.values());
  }

  @Test
  void tokensAreUniqueAndReadBack() {
    for (RecordType t : RecordType.values()) {
      assertThat(RecordType.fromToken(t.token())).isEqualTo(t);
    }
    assertThatThrownBy(() -> RecordType.fromToken("party"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("party");
  }
}
