package dev.parley.examples.report;

import dev.parley.chronicle.Chronicle;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Quota;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.record.ChronicleRecord;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What every section of one report shares: the chronicle, the day it is drawn as of, the sources.
 */
final class Context {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  final Chronicle chronicle;
  final ZonedDateTime asOf;
  final LocalDate asOfDay;
  final HtmlReport options;
  final Sources sources;

  Context(Chronicle chronicle, ZonedDateTime asOf, HtmlReport options) {
    this.chronicle = chronicle;
    this.asOf = asOf;
    this.asOfDay = asOf.toLocalDate();
    this.options = options;
    this.sources = new Sources(this::describe);
  }

  /**
   * The time axis every chart over time shares: from the first day any record may fall on to the
   * day the report is drawn as of.
   */
  TimeAxis storyAxis(double x0, double width) {
    LocalDate first =
        chronicle.records().stream()
            .map(r -> r.recordDate().start())
            .min(LocalDate::compareTo)
            .orElse(asOfDay);
    return new TimeAxis(first.isAfter(asOfDay) ? asOfDay : first, asOfDay, x0, width);
  }

  /** The latest revision of every record of a type (the one lookups by id see), in story order. */
  <T extends ChronicleRecord> List<T> latest(Class<T> type) {
    return chronicle.records(type).stream()
        .filter(r -> chronicle.record(r.id()).orElse(null) == r)
        .sorted(
            java.util.Comparator.comparing(ChronicleRecord::recordDate)
                .thenComparing(ChronicleRecord::id))
        .collect(Collectors.toList());
  }

  /** The last {@code max} of a list in story order, for sections that draw a bounded number. */
  static <T> List<T> mostRecent(List<T> all, int max) {
    return all.size() <= max ? all : all.subList(all.size() - max, all.size());
  }

  /** A quota's terms in words: its count and category, its ratio, or its own words. */
  String quotaTerms(Quota q) {
    if (q.count().isPresent()) {
      return count(q.count().getAsLong()) + q.category().map(c -> " " + lower(c.name())).orElse("");
    }
    return q.ratio()
        .map(r -> r.released() + " per " + r.per() + " released by " + name(r.counterpart()))
        .orElse(q.description().orElse("all"));
  }

  String name(PartyId id) {
    return chronicle.party(id).map(Party::name).orElse(id.value());
  }

  /** The receiving party's name, or the place released into. */
  String receiver(dev.parley.exchange.Direction d) {
    return d.receiving()
        .map(this::name)
        .orElseGet(() -> "the population of " + d.releasedInto().map(this::place).orElse("?"));
  }

  String names(Collection<PartyId> ids) {
    return ids.stream().map(this::name).collect(Collectors.joining(", "));
  }

  String place(PlaceId id) {
    return chronicle.place(id).map(Place::name).orElse(id.value());
  }

  String describe(Source s) {
    StringBuilder b = new StringBuilder();
    s.speaker().ifPresent(p -> b.append(name(p)));
    s.organ().ifPresent(o -> b.append(b.length() == 0 ? "" : ", ").append(o));
    s.outlet().ifPresent(o -> b.append(b.length() == 0 ? "" : " in ").append(o));
    s.published()
        .ifPresent(d -> b.append(b.length() == 0 ? "published " : ", published ").append(date(d)));
    return b.length() == 0 ? "unnamed source" : b.toString();
  }

  /** A date as a reader says it, with its precision: "16 May 2025", "May 2025 (month)". */
  static String date(ReportedDate d) {
    switch (d.precision()) {
      case DAY:
        return DAY.format(d.start());
      case MONTH:
        return MONTH.format(d.start()) + " (month)";
      case YEAR:
        return d.start().getYear() + " (year)";
      case WEEK:
        return "week " + d + ", " + DAY.format(d.start()) + " to " + DAY.format(d.end());
      default:
        return DAY.format(d.start()) + " to " + DAY.format(d.end()) + " (range)";
    }
  }

  static String day(LocalDate d) {
    return DAY.format(d);
  }

  /** A count with thousands separators, such as {@code 10,000}. */
  static String count(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder b = new StringBuilder(digits.length() + 8);
    if (n < 0) {
      b.append('-');
    }
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      b.append(',').append(digits, i, i + 3);
    }
    return b.toString();
  }

  /** An estimate in words: "390", "at least 20", "6 to 10, best 8", "about 887", "unknown". */
  static String estimate(Estimate e) {
    switch (e.kind()) {
      case EXACT:
        return count(e.best().orElse(e.low().orElse(0)));
      case AT_LEAST:
        return "at least " + count(e.low().orElse(0));
      case RANGE:
        String range = count(e.low().orElse(0)) + " to " + count(e.high().orElse(0));
        return e.best().isPresent() ? range + ", best " + count(e.best().getAsLong()) : range;
      case APPROXIMATE:
        return "about " + count(e.best().orElse(0));
      default:
        return "unknown";
    }
  }

  /**
   * An enum constant's name in words: {@code COUNTER_PROPOSAL} becomes {@code counter proposal}.
   */
  static String lower(String constant) {
    return LOWER.computeIfAbsent(constant, k -> k.toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  /** The words of the enum constants seen so far: a few dozen names at most. */
  private static final java.util.concurrent.ConcurrentMap<String, String> LOWER =
      new java.util.concurrent.ConcurrentHashMap<>();
}
