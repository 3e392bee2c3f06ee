package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each reader has its own bounded tables: what one reads never fills another's. */
class LookupTablesTest {
  private static final Interner<String> WORDS = new Interner<>(2, s -> s);

  @Test
  void eachReaderHasItsOwnTablePerInterner() {
    LookupTables one = new LookupTables();
    LookupTables other = new LookupTables();
    TextTable<String> table = one.table(WORDS);
    assertThat(one.table(WORDS)).isSameAs(table);
    assertThat(other.table(WORDS)).isNotSameAs(table);
    table.put("ua", "ua");
    assertThat(one.table(WORDS).get("ua")).isEqualTo("ua");
    assertThat(other.table(WORDS).get("ua")).isNull();
  }

  @Test
  void aTableKeepsNoMoreThanItsInternersCapacity() {
    TextTable<String> table = new LookupTables().table(WORDS);
    table.put("a", "a");
    table.put("b", "b");
    table.put("c", "c");
    assertThat(table.get("a")).isEqualTo("a");
    assertThat(table.get("b")).isEqualTo("b");
    assertThat(table.get("c")).isNull();
  }
}
