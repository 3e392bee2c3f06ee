package dev.parley.interop.internal;

import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.EstimateKind;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.time.ReportedDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Flat text forms of Parley values, shared by the CSV and GeoJSON exporters. */
public final class Flat {
  /** The separator of list items in one field. */
  public static final String SEPARATOR = "|";

  private Flat() {}

  /**
   * Returns an enum constant in lower case with underscores, as the exports write it.
   *
   * @param e the constant
   * @return such as {@code at_least} or {@code port_infrastructure}
   */
  public static String token(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns an estimate's kind, low, best and high as texts, empty where absent.
   *
   * @param e the estimate
   * @return four texts
   */
  public static String[] estimate(Estimate e) {
    return new String[] {
      e.kind() == EstimateKind.UNKNOWN ? "unknown" : token(e.kind()),
      e.low().isPresent() ? Long.toString(e.low().getAsLong()) : "",
      e.best().isPresent() ? Long.toString(e.best().getAsLong()) : "",
      e.high().isPresent() ? Long.toString(e.high().getAsLong()) : ""
    };
  }

  /**
   * Returns a date's ISO form, first day, last day and precision.
   *
   * @param d the date
   * @return four texts
   */
  public static String[] date(ReportedDate d) {
    return new String[] {
      d.toString(), d.start().toString(), d.end().toString(), token(d.precision())
    };
  }

  /**
   * Joins list items with {@link #SEPARATOR}; a {@code |} or {@code \} inside an item is escaped
   * with a backslash.
   *
   * @param items the items
   * @return the joined text, empty for no items
   */
  public static String join(Collection<String> items) {
    return items.stream()
        .map(s -> s.replace("\\", "\\\\").replace("|", "\\|"))
        .collect(Collectors.joining(SEPARATOR));
  }

  /**
   * Returns the outlets of statements, in order.
   *
   * @param statements the statements
   * @return the joined outlets (organ or speaker where there is no outlet)
   */
  public static String outlets(List<Statement> statements) {
    return join(
        statements.stream()
            .map(
                s ->
                    s.source()
                        .outlet()
                        .or(() -> s.source().organ())
                        .or(() -> s.source().speaker().map(Object::toString))
                        .orElse(""))
            .collect(Collectors.toList()));
  }

  /**
   * Returns the links of statements, in order, skipping statements without one.
   *
   * @param statements the statements
   * @return the joined links
   */
  public static String links(List<Statement> statements) {
    return join(
        statements.stream()
            .map(s -> s.source().link())
            .flatMap(Optional::stream)
            .map(Object::toString)
            .collect(Collectors.toList()));
  }

  /**
   * Returns the CAMEO code, PLOVER type and PLOVER mode of the record itself (not its parts).
   *
   * @param r the record
   * @return three texts, empty where no code fits
   */
  public static String[] codes(ChronicleRecord r) {
    for (EventCode c : Crosswalk.codes(r)) {
      if (c.path().isEmpty()) {
        return new String[] {c.cameo(), c.ploverType().orElse(""), c.ploverMode().orElse("")};
      }
    }
    return new String[] {"", "", ""};
  }
}
