package dev.parley.interop.internal;

import dev.parley.place.Coordinates;
import dev.parley.validation.InvalidValueException;
import dev.parley.validation.Violation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reading typed values out of row fields, each failure a {@link RowError} naming its column. */
public final class Values {
  private static final DateTimeFormatter[] DAY_FORMS = {
    DateTimeFormatter.ISO_LOCAL_DATE,
    new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern("d MMMM uuuu")
        .toFormatter(Locale.ENGLISH),
    new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern("d-MMM-uuuu")
        .toFormatter(Locale.ENGLISH),
    new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern("d MMM uuuu")
        .toFormatter(Locale.ENGLISH),
  };

  private Values() {}

  /**
   * Reads a required non-blank text.
   *
   * @param row the row
   * @param column the column
   * @param rule the rule code when missing
   * @return the value, not blank
   */
  public static String required(Row row, String column, String rule) {
    String v = row.get(column);
    if (v.isEmpty()) {
      throw new RowError(column, rule, column + " is empty");
    }
    return v;
  }

  /**
   * Reads a whole number; a decimal with only zeros after the point is accepted.
   *
   * @param row the row
   * @param column the column
   * @param rule the rule code when not a number
   * @return the number, or empty when the field is empty
   */
  public static OptionalLong whole(Row row, String column, String rule) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(v));
    } catch (NumberFormatException e) {
      try {
        java.math.BigDecimal d = new java.math.BigDecimal(v);
        return OptionalLong.of(d.longValueExact());
      } catch (NumberFormatException | ArithmeticException e2) {
        throw new RowError(column, rule, column + " must be a whole number, was \"" + v + "\"");
      }
    }
  }

  /**
   * Reads a decimal number.
   *
   * @param row the row
   * @param column the column
   * @param rule the rule code when not a number
   * @return the number, or empty when the field is empty
   */
  public static OptionalDouble decimal(Row row, String column, String rule) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return OptionalDouble.of(d);
    } catch (NumberFormatException e) {
      throw new RowError(column, rule, column + " must be a decimal number, was \"" + v + "\"");
    }
  }

  /**
   * Reads a day: ISO ({@code 2025-05-23}), optionally followed by a time, or in words ({@code 23
   * May 2025}, {@code 23-May-2025}).
   *
   * @param row the row
   * @param column the column
   * @param rule the rule code when not a day
   * @return the day, or empty when the field is empty
   */
  public static Optional<LocalDate> day(Row row, String column, String rule) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String s =
        v.length() > 10 && (v.charAt(10) == ' ' || v.charAt(10) == 'T') ? v.substring(0, 10) : v;
    for (DateTimeFormatter f : DAY_FORMS) {
      try {
        return Optional.of(LocalDate.parse(s, f));
      } catch (DateTimeException e) {
        // try the next form
      }
    }
    throw new RowError(
        column,
        rule,
        column + " must be a day such as 2025-05-23 or 23 May 2025, was \"" + v + "\"");
  }

  /**
   * Reads latitude and longitude.
   *
   * @param row the row
   * @param latitude the latitude column
   * @param longitude the longitude column
   * @param rule the rule code when not numbers
   * @return the coordinates, or empty when both are empty
   */
  public static Optional<Coordinates> coordinates(
      Row row, String latitude, String longitude, String rule) {
    OptionalDouble lat = decimal(row, latitude, rule);
    OptionalDouble lon = decimal(row, longitude, rule);
    if (lat.isEmpty() && lon.isEmpty()) {
      return Optional.empty();
    }
    if (lat.isEmpty() || lon.isEmpty()) {
      String missing = lat.isEmpty() ? latitude : longitude;
      throw new RowError(missing, rule, missing + " is empty while the other coordinate is given");
    }
    return Optional.of(
        at(
            lat.isPresent() && (lat.getAsDouble() < -90 || lat.getAsDouble() > 90)
                ? latitude
                : longitude,
            () -> Coordinates.of(lat.getAsDouble(), lon.getAsDouble())));
  }

  /**
   * Builds a value from one column's text, turning a broken core rule into a row error naming the
   * column and every broken rule.
   *
   * @param column the column
   * @param build builds the value
   * @param <T> the value's type
   * @return the value
   */
  public static <T> T at(String column, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw new RowError(
          column,
          e.violations().get(0).rule(),
          e.violations().stream().map(Violation::message).collect(Collectors.joining("; ")));
    }
  }
}
