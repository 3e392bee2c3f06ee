package dev.parley.examples.report;

import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaProgress;
import dev.parley.party.PartyId;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per agreement, one bar per quota as of the report's day: released (counted by the core's {@link
 * Fulfilment}), uncertain (tranches dated to a range the day falls in, and the spread of ranged
 * figures) and remaining.
 */
final class FulfilmentChart {
  static final String RELEASED = "#1f4e79";
  static final String UNCERTAIN = "#c7761f";
  static final String REMAINING = "#e8edf3";

  private static final double LEFT = 190;
  private static final double BAR = 560;

  private final Context ctx;
  private int drawn;

  FulfilmentChart(Context ctx) {
    this.ctx = ctx;
  }

  void write(Html html) {
    List<Agreement> all = ctx.latest(Agreement.class);
    if (all.isEmpty()) {
      html.element("p", "The file has no agreements.");
      return;
    }
    Map<RecordId, List<Exchange>> tranches = new HashMap<>();
    for (Exchange e : ctx.latest(Exchange.class)) {
      e.agreement().ifPresent(a -> tranches.computeIfAbsent(a, k -> new ArrayList<>()).add(e));
    }
    List<Agreement> shown = Context.mostRecent(all, ctx.options.chartItems());
    if (shown.size() < all.size()) {
      html.element(
          "p",
          "Showing the "
              + shown.size()
              + " most recent of "
              + Context.count(all.size())
              + " agreements; every agreement is in the record list.",
          "class",
          "note");
    }
    legend(html);
    for (Agreement a : shown) {
      agreement(html, a, tranches.getOrDefault(a.id(), List.of()));
    }
  }

  private static void legend(Html html) {
    html.open("p", "class", "legend");
    swatch(html, RELEASED, "released");
    swatch(
        html,
        "url(#pat-uncertain)",
        "uncertain: a tranche dated to a range the day falls in, or a figure given as a range");
    swatch(html, REMAINING, "remaining");
    html.close("p");
  }

  /** A legend entry: a small square filled as in the charts, then its meaning. */
  static void swatch(Html html, String fill, String text) {
    html.open("span", "class", "swatch-item")
        .open(
            "svg",
            "xmlns",
            "http://www.w3.org/2000/svg",
            "class",
            "swatch",
            "viewBox",
            "0 0 16 16",
            "aria-hidden",
            "true")
        .empty(
            "rect", "x", "0.5", "y", "0.5", "width", "15", "height", "15", "fill", fill, "stroke",
            "#4a5a6a")
        .close("svg")
        .text(text)
        .close("span");
  }

  private void agreement(Html html, Agreement a, List<Exchange> exchanges) {
    LocalDate day = ctx.asOfDay;
    Fulfilment certain = ctx.chronicle.exchanges().fulfilment(a.id(), day).orElseThrow();
    List<Exchange> maybe =
        exchanges.stream()
            .filter(
                e ->
                    !e.date().start().isAfter(day)
                        && e.date().end().isAfter(day)
                        && e.isCompleted())
            .collect(Collectors.toList());
    List<Exchange> possibly =
        exchanges.stream().filter(e -> !e.date().start().isAfter(day)).collect(Collectors.toList());
    Fulfilment possible = Fulfilment.of(a, possibly, LocalDate.MAX);
    String id = "fulfilment-" + (++drawn);
    List<Quota> quotas = a.quotas();
    double rowH = 34;
    double height = 10 + Math.max(1, quotas.size() + sidesWithoutQuota(a).size()) * rowH;
    StringBuilder desc = new StringBuilder();
    double scale = 1;
    for (int i = 0; i < quotas.size(); i++) {
      QuotaProgress c = certain.quotas().get(i);
      QuotaProgress p = possible.quotas().get(i);
      scale = Math.max(scale, Math.max(c.quota().count().orElse(0), high(p)));
    }
    html.open("figure", "class", "chart fulfilment", "id", id);
    html.open("figcaption")
        .element("strong", "Agreement of " + Context.date(a.agreed()))
        .text(
            " ("
                + a.id()
                + "): "
                + Context.count(certain.tranches().size())
                + " tranche(s) counted as of "
                + Context.day(day)
                + (maybe.isEmpty()
                    ? ""
                    : ", " + maybe.size() + " more possibly carried out by then")
                + a.target().map(t -> "; to be carried out " + Context.date(t)).orElse("")
                + ".")
        .close("figcaption");
    html.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 1000 " + Html.num(height),
        "role",
        "img",
        "aria-labelledby",
        id + "-title " + id + "-desc");
    html.element(
        "title",
        "Fulfilment of " + a.id() + " per side as of " + Context.day(day),
        "id",
        id + "-title");
    double y = 8;
    for (int i = 0; i < quotas.size(); i++) {
      QuotaProgress c = certain.quotas().get(i);
      QuotaProgress p = possible.quotas().get(i);
      String line = bar(html, a, c, p, maybe, exchanges, y, scale);
      desc.append(line).append(' ');
      y += rowH;
    }
    for (PartyId side : sidesWithoutQuota(a)) {
      String line =
          ctx.name(side)
              + " has no quota; released "
              + Context.estimate(certain.released(side))
              + ".";
      html.element("text", ctx.name(side), "class", "bar-label", "x", "0", "y", Html.num(y + 16));
      html.element(
          "text",
          "no quota; released " + Context.estimate(certain.released(side)),
          "class",
          "bar-value",
          "x",
          Html.num(LEFT),
          "y",
          Html.num(y + 16));
      desc.append(line).append(' ');
      y += rowH;
    }
    html.element("desc", desc.toString().trim(), "id", id + "-desc");
    html.close("svg");
    html.close("figure");
  }

  private List<PartyId> sidesWithoutQuota(Agreement a) {
    return a.sides().stream().filter(s -> a.quotasOf(s).isEmpty()).collect(Collectors.toList());
  }

  private static long high(QuotaProgress p) {
    return p.released().high().orElse(p.released().low().orElse(0));
  }

  /** Draws one quota's bar and returns its text alternative. */
  private String bar(
      Html html,
      Agreement a,
      QuotaProgress certain,
      QuotaProgress possible,
      List<Exchange> maybe,
      List<Exchange> exchanges,
      double y,
      double scale) {
    Quota q = certain.quota();
    PartyId side = q.releasing();
    String sources = sources(a, side, exchanges);
    String quotaText = ctx.quotaTerms(q);
    html.element("text", ctx.name(side), "class", "bar-label", "x", "0", "y", Html.num(y + 12));
    html.element("text", "quota " + quotaText, "class", "bar-sub", "x", "0", "y", Html.num(y + 26));
    long released = certain.released().low().orElse(0);
    long upper = Math.max(released, high(possible));
    boolean open =
        !possible.released().high().isPresent()
            && possible.released().kind() != dev.parley.estimate.EstimateKind.EXACT;
    if (!q.isNumeric()) {
      String text =
          "released "
              + Context.estimate(certain.released())
              + (q.isRatio()
                  ? "; due " + certain.due().map(Context::estimate).orElse("unknown")
                  : "; a whole-category quota cannot be checked against a count");
      html.open("g", "class", "bar").element("title", text + ". " + sources);
      html.element("text", text, "class", "bar-value", "x", Html.num(LEFT), "y", Html.num(y + 18));
      html.close("g");
      return ctx.name(side) + ", quota " + quotaText + ": " + text + ".";
    }
    long quota = q.count().getAsLong();
    double unit = BAR / scale;
    double wReleased = released * unit;
    double wUncertain = (upper - released) * unit;
    double wQuota = quota * unit;
    html.open("g", "class", "bar", "data-side", side.value());
    html.empty(
        "rect",
        "class",
        "seg-remaining",
        "x",
        Html.num(LEFT),
        "y",
        Html.num(y + 2),
        "width",
        Html.num(wQuota),
        "height",
        "22",
        "fill",
        REMAINING,
        "stroke",
        "#6b7b8f");
    html.open(
        "rect",
        "class",
        "seg-released",
        "x",
        Html.num(LEFT),
        "y",
        Html.num(y + 2),
        "width",
        Html.num(wReleased),
        "height",
        "22",
        "fill",
        RELEASED);
    html.element(
            "title",
            ctx.name(side)
                + " released "
                + Context.estimate(certain.released())
                + " as of "
                + Context.day(ctx.asOfDay)
                + ". "
                + sources)
        .close("rect");
    if (upper > released) {
      html.open(
          "rect",
          "class",
          "seg-uncertain",
          "x",
          Html.num(LEFT + wReleased),
          "y",
          Html.num(y + 2),
          "width",
          Html.num(wUncertain),
          "height",
          "22",
          "fill",
          "url(#pat-uncertain)",
          "stroke",
          UNCERTAIN);
      html.element(
              "title",
              "Possibly "
                  + Context.count(upper - released)
                  + " more"
                  + (maybe.isEmpty()
                      ? ""
                      : " from "
                          + maybe.stream()
                              .map(e -> e.id() + " (" + Context.date(e.date()) + ")")
                              .collect(Collectors.joining(", ")))
                  + ". "
                  + sources)
          .close("rect");
    }
    if (upper > quota) {
      html.empty(
          "line",
          "x1",
          Html.num(LEFT + wQuota),
          "y1",
          Html.num(y),
          "x2",
          Html.num(LEFT + wQuota),
          "y2",
          Html.num(y + 26),
          "stroke",
          "#000000",
          "stroke-width",
          "2");
    }
    long remaining = certain.remaining().orElse(0);
    String text =
        Context.count(released)
            + " released"
            + (upper > released
                ? ", up to " + Context.count(upper - released) + " more uncertain"
                : "")
            + (open ? " (at least)" : "")
            + ", "
            + Context.count(remaining)
            + " remaining"
            + (certain.isOverFulfilled()
                ? ", " + Context.count(certain.overFulfilment().orElse(0)) + " over the quota"
                : "");
    String pct =
        quota == 0
            ? ""
            : String.format(
                java.util.Locale.ROOT,
                " (%d%%)",
                Math.round(100.0 * Math.min(released, quota) / quota));
    if (wReleased > 70) {
      html.element(
          "text",
          Context.count(released) + pct,
          "class",
          "bar-in",
          "x",
          Html.num(LEFT + 6),
          "y",
          Html.num(y + 17));
    }
    html.element(
        "text",
        text,
        "class",
        "bar-value",
        "x",
        Html.num(LEFT + Math.max(wQuota, wReleased + wUncertain) + 8),
        "y",
        Html.num(y + 17));
    html.close("g");
    return ctx.name(side) + ", quota " + quotaText + ": " + text + pct + ".";
  }

  /** Cites the figures of one side's counted tranches and returns their hover text. */
  private String sources(Agreement a, PartyId side, List<Exchange> exchanges) {
    List<Statement> statements = new ArrayList<>();
    int listed = 0;
    StringBuilder what = new StringBuilder();
    for (Exchange e : exchanges) {
      if (!e.isCompleted() || e.date().start().isAfter(ctx.asOfDay)) {
        continue;
      }
      for (Direction d : e.directions()) {
        if (d.releasing().equals(side) && d.primaryFigure().isPresent()) {
          if (listed++ < 8) {
            what.append(what.length() == 0 ? "" : "; ")
                .append(e.id())
                .append(": ")
                .append(Context.estimate(d.primaryFigure().get().total()));
            statements.addAll(d.primaryFigure().get().statements());
          }
        }
      }
    }
    if (listed == 0) {
      return "No tranche counted.";
    }
    String cited =
        ctx.sources.cite(statements, "releases by " + ctx.name(side) + " under " + a.id());
    return "Tranches: "
        + what
        + (listed > 8 ? " and " + (listed - 8) + " more" : "")
        + ". "
        + cited;
  }
}
