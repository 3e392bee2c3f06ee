package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.time.DatePrecision;
import dev.parley.time.ReportedDate;
import java.io.IOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Writes a reported date as its text, {@code 2025-05-23} or {@code 2025-05-23/2025-05-25}, from the
 * date's fields into the writer's buffer: no string per date. Other precisions and years outside 0
 * to 9999 are written as {@link ReportedDate#toString()} gives them.
 */
final class DateText {
  private DateText() {}

  /**
   * Writes a date, as the value of a property when {@code name} is given: the writer then makes one
   * call of its generator's two.
   */
  static void write(@Nullable Name name, ReportedDate d, TokenWriter g) throws IOException {
    DatePrecision precision = d.precision();
    LocalDate start = d.start();
    if (precision == DatePrecision.DAY && plain(start)) {
      char[] b = g.buffer(21);
      put(start, b, 0);
      write(name, b, 10, g);
    } else if (precision == DatePrecision.RANGE && plain(start) && plain(d.end())) {
      char[] b = g.buffer(21);
      put(start, b, 0);
      b[10] = '/';
      put(d.end(), b, 11);
      write(name, b, 21, g);
    } else {
      if (name != null) {
        g.writeFieldName(name);
      }
      g.writeString(d.toString());
    }
  }

  private static void write(@Nullable Name name, char[] b, int length, TokenWriter g)
      throws IOException {
    if (name == null) {
      g.writeString(b, 0, length);
    } else {
      g.writeStringField(name, b, 0, length);
    }
  }

  private static boolean plain(LocalDate d) {
    return d.getYear() >= 0 && d.getYear() <= 9999;
  }

  /** {@code yyyy-MM-dd}, as {@link LocalDate#toString()} writes a year from 0 to 9999. */
  private static void put(LocalDate d, char[] b, int at) {
    int y = d.getYear();
    b[at] = (char) ('0' + y / 1000);
    b[at + 1] = (char) ('0' + y / 100 % 10);
    b[at + 2] = (char) ('0' + y / 10 % 10);
    b[at + 3] = (char) ('0' + y % 10);
    b[at + 4] = '-';
    int m = d.getMonthValue();
    b[at + 5] = (char) ('0' + m / 10);
    b[at + 6] = (char) ('0' + m % 10);
    b[at + 7] = '-';
    int day = d.getDayOfMonth();
    b[at + 8] = (char) ('0' + day / 10);
    b[at + 9] = (char) ('0' + day % 10);
  }
}
