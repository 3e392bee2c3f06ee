package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each reader has its own bounded tables: what one reads never fills another's. */
class LookupTablesTest {
  private static final Interner<String> WORDS = new Interner<>(2, s -> s);

  @Test
  void eachReaderHasItsOwnTablePerInterner() {
    LookupTables one = new LookupTables();
    LookupTables other = new LookupTables();
    TextTable<Optional<String>> table = one.table(WORDS);
    assertThat(one.table(WORDS)).isSameAs(table);
    assertThat(other.table(WORDS)).isNotSameAs(table);
    table.put("ua", Optional.of("ua"));
    assertThat(one.table(WORDS).get("ua")).contains("ua");
    assertThat(other.table(WORDS).get("ua")).isNull();
  }

  @Test
  void aTableKeepsNoMoreThanItsInternersCapacity() {
    TextTable<Optional<String>> table = new LookupTables().table(WORDS);
    table.put("a", Optional.of("a"));
    table.put("b", Optional.of("b"));
    table.put("c", Optional.of("c"));
    assertThat(table.get("a")).contains("a");
    assertThat(table.get("b")).contains("b");
    assertThat(table.get("c")).isNull();
  }
}
