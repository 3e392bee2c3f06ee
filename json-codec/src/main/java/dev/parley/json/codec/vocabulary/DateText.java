package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.TokenWriter;
import dev.parley.time.DatePrecision;
import dev.parley.time.ReportedDate;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Writes a reported date as its text, {@code 2025-05-23} or {@code 2025-05-23/2025-05-25}, from the
 * date's fields into a buffer of the writing thread: no string per date. Other precisions and years
 * outside 0 to 9999 are written as {@link ReportedDate#toString()} gives them.
 */
final class DateText {
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[21]);

  private DateText() {}

  static void write(ReportedDate d, TokenWriter g) throws IOException {
    DatePrecision precision = d.precision();
    LocalDate start = d.start();
    if (precision == DatePrecision.DAY && plain(start)) {
      char[] b = BUFFER.get();
      put(start, b, 0);
      g.writeString(b, 0, 10);
    } else if (precision == DatePrecision.RANGE && plain(start) && plain(d.end())) {
      char[] b = BUFFER.get();
      put(start, b, 0);
      b[10] = '/';
      put(d.end(), b, 11);
      g.writeString(b, 0, 21);
    } else {
      g.writeString(d.toString());
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
