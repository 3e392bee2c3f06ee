package dev.parley.examples.report;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.Truce;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.incident.Incident;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordType;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.DatePrecision;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dated timeline: one lane per kind of event, one mark per record, response and lifecycle
 * event, each as wide as the days its date covers. Past a limit the marks are aggregated into
 * counts per day, week, month or year.
 */
final class Timeline {
  /** The lanes, top to bottom. */
  enum Lane {
    TALKS("Talks", "#4c6a92"),
    AGREEMENTS("Agreements", "#1f4e79"),
    EXCHANGES("Exchanges", "#2e7d5b"),
    PROPOSALS("Ceasefire proposals and truces", "#b5651d"),
    RESPONSES("Responses, lifecycle", "#8a6d1c"),
    CLAIMS("Territorial claims", "#7b3f61"),
    ASSESSMENTS("Assessments", "#555555"),
    INCIDENTS("Incidents", "#a23b3b");

    final String label;
    final String colour;

    Lane(String label, String colour) {
      this.label = label;
      this.colour = colour;
    }
  }

  /** One mark: a record, a response or a lifecycle event. */
  static final class Item {
    final ReportedDate date;
    final Lane lane;
    final String label;
    final String title;
    final String anchor;

    Item(ReportedDate date, Lane lane, String label, String title, String anchor) {
      this.date = date;
      this.lane = lane;
      this.label = label;
      this.title = title;
      this.anchor = anchor;
    }
  }

  private static final double LEFT = 168;
  private static final double WIDTH = 1000 - LEFT - 12;
  private static final double ROW = 22;

  private final Context ctx;
  private final List<Item> items = new ArrayList<>();

  Timeline(Context ctx) {
    this.ctx = ctx;
  }

  void add(ChronicleRecord r, String anchor, String summary, String sources) {
    String title = Context.date(r.recordDate()) + ": " + summary + " (" + r.id() + "). " + sources;
    items.add(new Item(r.recordDate(), lane(r.recordType()), shortLabel(r), title, anchor));
    if (r instanceof CeasefireProposal p) {
      for (Response resp : p.responses()) {
        String what = ctx.name(resp.party()) + " " + Context.lower(resp.stance().name());
        items.add(
            new Item(
                resp.date(),
                Lane.RESPONSES,
                what,
                Context.date(resp.date())
                    + ": "
                    + what
                    + " to "
                    + p.id()
                    + ". "
                    + ctx.sources.cite(
                        resp.provenance(),
                        "the response of " + ctx.name(resp.party()) + " to " + p.id()),
                anchor));
      }
      for (LifecycleEvent e : p.events()) {
        ReportedDate d = dateOf(e.time());
        String what =
            Context.lower(e.type().name())
                + e.party().map(x -> " (" + ctx.name(x) + ")").orElse("");
        items.add(
            new Item(
                d,
                Lane.RESPONSES,
                what,
                Context.date(d)
                    + ": "
                    + p.id()
                    + " "
                    + what
                    + ". "
                    + ctx.sources.cite(
                        e.provenance(), p.id() + " " + Context.lower(e.type().name())),
                anchor));
      }
    }
  }

  static ReportedDate dateOf(TimePoint t) {
    return t.date().orElseGet(() -> ReportedDate.ofDay(t.dateTime().orElseThrow().toLocalDate()));
  }

  private String shortLabel(ChronicleRecord r) {
    if (r instanceof NegotiationRound n) {
      return "Talks in " + ctx.place(n.venue());
    } else if (r instanceof Agreement a) {
      return "Agreement: "
          + a.quotas().stream()
              .map(
                  q ->
                      q.count().isPresent()
                          ? Context.count(q.count().getAsLong())
                          : q.ratio()
                              .map(x -> x.released() + " per " + x.per())
                              .orElse(q.description().orElse("all")))
              .reduce((x, y) -> x + " for " + y)
              .orElse(a.id().value());
    } else if (r instanceof Exchange e) {
      return (e.trancheNumber().isPresent()
              ? "Tranche " + e.trancheNumber().getAsInt()
              : "Exchange")
          + ", "
          + Context.lower(e.status().name());
    } else if (r instanceof CeasefireProposal p) {
      return ctx.name(p.proposer())
          + (p.kind() == dev.parley.ceasefire.ProposalKind.PROPOSAL ? " proposes " : " declares ")
          + p.duration().map(d -> d.toDays() + "-day ceasefire").orElse("ceasefire");
    } else if (r instanceof Truce t) {
      return "Truce: " + ctx.names(t.parties());
    } else if (r instanceof TerritorialClaim c) {
      return ctx.name(c.claimant())
          + " "
          + Context.lower(c.kind().name())
          + " "
          + c.subject().place().map(ctx::place).orElse(c.subject().toString());
    } else if (r instanceof Assessment a) {
      return ctx.name(a.assessor())
          + ": "
          + a.place().map(ctx::place).orElse("claim")
          + " "
          + Context.lower(a.status().name());
    } else if (r instanceof Incident i) {
      return "Strike, " + ctx.place(i.place()) + ": " + Context.estimate(i.killed()) + " killed";
    }
    return r.id().value();
  }

  private static Lane lane(RecordType t) {
    switch (t) {
      case NEGOTIATION_ROUND:
        return Lane.TALKS;
      case AGREEMENT:
        return Lane.AGREEMENTS;
      case EXCHANGE:
        return Lane.EXCHANGES;
      case CEASEFIRE_PROPOSAL:
      case TRUCE:
        return Lane.PROPOSALS;
      case TERRITORIAL_CLAIM:
        return Lane.CLAIMS;
      case ASSESSMENT:
        return Lane.ASSESSMENTS;
      default:
        return Lane.INCIDENTS;
    }
  }

  boolean aggregated() {
    return items.size() > ctx.options.timelineMarks();
  }

  void write(Html html) {
    html.open("figure", "class", "chart", "id", "timeline-chart");
    if (items.isEmpty()) {
      html.element("p", "The file has no records.").close("figure");
      return;
    }
    LocalDate first =
        items.stream().map(i -> i.date.start()).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = items.stream().map(i -> i.date.end()).max(LocalDate::compareTo).orElseThrow();
    TimeAxis axis =
        new TimeAxis(first, last.isBefore(ctx.asOfDay) ? ctx.asOfDay : last, LEFT, WIDTH);
    if (aggregated()) {
      writeAggregated(html, axis);
    } else {
      writeMarks(html, axis);
    }
    html.close("figure");
  }

  private void writeMarks(Html html, TimeAxis axis) {
    Map<Lane, List<List<double[]>>> rows = new EnumMap<>(Lane.class);
    Map<Item, double[]> placed = new java.util.IdentityHashMap<>();
    for (Item item : items) {
      double x = axis.x(item.date);
      double w = axis.width(item.date);
      String label = label(item);
      double textW = label.length() * 6.4 + 8;
      boolean inside = textW <= w;
      double from = x;
      double to = inside ? x + w : x + w + textW;
      if (!inside && to > axis.x0 + axis.width) {
        from = x - textW;
        to = x + w;
      }
      List<List<double[]>> laneRows = rows.computeIfAbsent(item.lane, k -> new ArrayList<>());
      int row = 0;
      while (row < laneRows.size() && overlaps(laneRows.get(row), from, to)) {
        row++;
      }
      if (row == laneRows.size()) {
        laneRows.add(new ArrayList<>());
      }
      laneRows.get(row).add(new double[] {from, to});
      placed.put(item, new double[] {row, inside ? 1 : from < x ? -1 : 0});
    }
    double top = 26;
    Map<Lane, Double> laneTop = new EnumMap<>(Lane.class);
    double y = top;
    for (Lane lane : Lane.values()) {
      if (rows.containsKey(lane)) {
        laneTop.put(lane, y);
        y += rows.get(lane).size() * ROW + 10;
      }
    }
    double height = y + 4;
    String desc = description();
    svgOpen(
        html,
        height,
        "Timeline of " + Context.count(items.size()) + " dated records, responses and events",
        desc);
    axis.draw(html, top - 6, height - 4);
    for (Lane lane : Lane.values()) {
      if (!laneTop.containsKey(lane)) {
        continue;
      }
      double lt = laneTop.get(lane);
      double lh = rows.get(lane).size() * ROW;
      html.empty(
          "rect",
          "class",
          "lane",
          "x",
          "0",
          "y",
          Html.num(lt - 3),
          "width",
          "1000",
          "height",
          Html.num(lh + 6));
      html.element("text", lane.label, "class", "lane-label", "x", "6", "y", Html.num(lt + 14));
    }
    for (Item item : items) {
      double[] p = placed.get(item);
      double x = axis.x(item.date);
      double w = axis.width(item.date);
      double top0 = laneTop.get(item.lane) + p[0] * ROW;
      boolean exact = item.date.precision() == DatePrecision.DAY;
      String label = label(item);
      html.open("a", "href", "#" + item.anchor);
      html.open(
          "g", "class", "mark", "data-lane", item.lane.name().toLowerCase(java.util.Locale.ROOT));
      html.element("title", item.title);
      html.empty(
          "rect",
          "x",
          Html.num(x),
          "y",
          Html.num(top0),
          "width",
          Html.num(w),
          "height",
          Html.num(ROW - 5),
          "rx",
          "2",
          "fill",
          exact ? item.lane.colour : "url(#hatch-" + item.lane.ordinal() + ")",
          "stroke",
          item.lane.colour,
          "stroke-dasharray",
          exact ? null : "3 2");
      double tx = p[1] == 1 ? x + 4 : p[1] < 0 ? x - 4 : x + w + 4;
      html.element(
          "text",
          label,
          "class",
          p[1] == 1 && exact ? "mark-label inside" : "mark-label",
          "x",
          Html.num(tx),
          "y",
          Html.num(top0 + 12.5),
          "text-anchor",
          p[1] < 0 ? "end" : null);
      html.close("g").close("a");
    }
    html.close("svg");
    legend(
        html,
        "Solid: dated to the day. Hatched with a dashed edge: dated only to a week, month, year or range of days,"
            + " drawn across every day it may fall on. Hover a mark for its date, record and sources; click it to jump to the record.");
  }

  private static String label(Item item) {
    String l = item.label.length() > 44 ? item.label.substring(0, 43) + "…" : item.label;
    return item.date.precision() == DatePrecision.DAY ? l : "≈ " + l;
  }

  private static boolean overlaps(List<double[]> row, double from, double to) {
    for (double[] r : row) {
      if (from < r[1] + 4 && to > r[0] - 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts per bucket: records certainly within it, and records dated less precisely that overlap
   * it.
   */
  private void writeAggregated(Html html, TimeAxis axis) {
    ChronoUnit unit =
        axis.days() <= 120
            ? ChronoUnit.DAYS
            : axis.days() <= 900
                ? ChronoUnit.WEEKS
                : axis.days() <= 4000 ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
    Map<Lane, TreeMap<LocalDate, long[]>> counts = new EnumMap<>(Lane.class);
    for (Item item : items) {
      TreeMap<LocalDate, long[]> lane = counts.computeIfAbsent(item.lane, k -> new TreeMap<>());
      LocalDate b0 = bucket(item.date.start(), unit);
      LocalDate b1 = bucket(item.date.end(), unit);
      if (b0.equals(b1)) {
        lane.computeIfAbsent(b0, k -> new long[2])[0]++;
      } else {
        for (LocalDate b = b0; !b.isAfter(b1); b = b.plus(1, unit)) {
          lane.computeIfAbsent(b, k -> new long[2])[1]++;
        }
      }
    }
    double laneH = 46;
    double top = 26;
    double height = top + counts.size() * (laneH + 8) + 4;
    svgOpen(
        html,
        height,
        "Timeline of "
            + Context.count(items.size())
            + " dated records, responses and events, counted per "
            + unitName(unit),
        description());
    axis.draw(html, top - 6, height - 4);
    double y = top;
    for (Map.Entry<Lane, TreeMap<LocalDate, long[]>> e : counts.entrySet()) {
      Lane lane = e.getKey();
      long max = e.getValue().values().stream().mapToLong(c -> c[0] + c[1]).max().orElse(1);
      html.empty(
          "rect",
          "class",
          "lane",
          "x",
          "0",
          "y",
          Html.num(y - 3),
          "width",
          "1000",
          "height",
          Html.num(laneH + 6));
      html.element("text", lane.label, "class", "lane-label", "x", "6", "y", Html.num(y + 14));
      html.element(
          "text",
          "max " + Context.count(max) + " per " + unitName(unit),
          "class",
          "tick",
          "x",
          "6",
          "y",
          Html.num(y + 30));
      for (Map.Entry<LocalDate, long[]> b : e.getValue().entrySet()) {
        LocalDate start = b.getKey();
        LocalDate end = start.plus(1, unit).minusDays(1);
        double x = axis.x(start.isBefore(axis.first) ? axis.first : start);
        double w = Math.max(1, axis.xEnd(end.isAfter(axis.last) ? axis.last : end) - x - 0.5);
        long within = b.getValue()[0];
        long spread = b.getValue()[1];
        double h0 = laneH * within / max;
        double h1 = laneH * spread / max;
        html.open("g", "class", "bucket");
        html.element(
            "title",
            unitName(unit)
                + " from "
                + Context.day(start)
                + ": "
                + Context.count(within)
                + " "
                + lane.label.toLowerCase(java.util.Locale.ROOT)
                + " dated within it, "
                + Context.count(spread)
                + " dated less precisely that may fall in it");
        html.empty(
            "rect",
            "x",
            Html.num(x),
            "y",
            Html.num(y + laneH - h0),
            "width",
            Html.num(w),
            "height",
            Html.num(h0),
            "fill",
            lane.colour);
        if (spread > 0) {
          html.empty(
              "rect",
              "x",
              Html.num(x),
              "y",
              Html.num(y + laneH - h0 - h1),
              "width",
              Html.num(w),
              "height",
              Html.num(h1),
              "fill",
              "url(#hatch-" + lane.ordinal() + ")",
              "stroke",
              lane.colour,
              "stroke-width",
              "0.5");
        }
        html.close("g");
      }
      y += laneH + 8;
    }
    html.close("svg");
    legend(
        html,
        "Too many records to draw one by one ("
            + Context.count(items.size())
            + " marks, more than "
            + Context.count(ctx.options.timelineMarks())
            + "): each bar counts the marks of one "
            + unitName(unit)
            + ". Solid: dated within that "
            + unitName(unit)
            + ". Hatched, on top: dated less precisely, counted in every "
            + unitName(unit)
            + " they may fall in. Every record is listed below.");
  }

  private static LocalDate bucket(LocalDate d, ChronoUnit unit) {
    switch (unit) {
      case DAYS:
        return d;
      case WEEKS:
        return d.minusDays(d.getDayOfWeek().getValue() - 1L);
      case MONTHS:
        return d.withDayOfMonth(1);
      default:
        return d.withDayOfYear(1);
    }
  }

  private static String unitName(ChronoUnit unit) {
    return unit == ChronoUnit.DAYS
        ? "day"
        : unit == ChronoUnit.WEEKS ? "week" : unit == ChronoUnit.MONTHS ? "month" : "year";
  }

  private String description() {
    Map<Lane, long[]> perLane = new EnumMap<>(Lane.class);
    for (Item i : items) {
      long[] c = perLane.computeIfAbsent(i.lane, k -> new long[2]);
      c[0]++;
      if (i.date.precision() != DatePrecision.DAY) {
        c[1]++;
      }
    }
    StringBuilder b = new StringBuilder();
    perLane.forEach(
        (lane, c) ->
            b.append(b.length() == 0 ? "" : "; ")
                .append(lane.label)
                .append(": ")
                .append(Context.count(c[0]))
                .append(c[1] > 0 ? " (" + Context.count(c[1]) + " not dated to the day)" : ""));
    return b.append('.').toString();
  }

  private void svgOpen(Html html, double height, String title, String desc) {
    html.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 1000 " + Html.num(height),
        "role",
        "img",
        "aria-labelledby",
        "timeline-title timeline-desc",
        "class",
        "timeline");
    html.element("title", title, "id", "timeline-title");
    html.element("desc", desc, "id", "timeline-desc");
  }

  private static void legend(Html html, String text) {
    html.element("figcaption", text);
  }
}
