package dev.parley.interop.internal;

import java.util.Map;

/**
 * One input row, read by column name: a CSV row through its file's header, or a JSON object's
 * fields. Values are trimmed; an absent column reads as empty.
 */
public final class Row {
  private final long number;
  private final Map<String, Integer> header;
  private final String[] values;
  private final Map<String, String> fields;

  private Row(
      long number, Map<String, Integer> header, String[] values, Map<String, String> fields) {
    this.number = number;
    this.header = header;
    this.values = values;
    this.fields = fields;
  }

  /**
   * A CSV row.
   *
   * @param number the 1-based row number
   * @param header the column index of each name
   * @param values the row's fields in file order
   * @return the row
   */
  public static Row of(long number, Map<String, Integer> header, String[] values) {
    return new Row(number, header, values, Map.of());
  }

  /**
   * A row of named fields.
   *
   * @param number the 1-based row number
   * @param fields the fields by name
   * @return the row
   */
  public static Row of(long number, Map<String, String> fields) {
    return new Row(number, Map.of(), new String[0], fields);
  }

  /**
   * Returns the row number.
   *
   * @return 1 or more
   */
  public long number() {
    return number;
  }

  /**
   * Returns a column's value, trimmed.
   *
   * @param column the column name as the format names it
   * @return the value, empty when the column is absent or blank
   */
  public String get(String column) {
    String v;
    if (values.length == 0 && !fields.isEmpty()) {
      v = fields.get(column);
    } else {
      Integer i = header.get(column);
      v = i == null || i >= values.length ? null : values[i];
    }
    return v == null ? "" : v.strip();
  }
}
