package dev.parley.examples.report;

import dev.parley.chronicle.CasualtySummary;
import dev.parley.estimate.Estimate;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.time.ReportedDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Casualty figures per incident with their low, best and high, and every revision: a range chart of
 * the largest tolls and a table.
 */
final class CasualtyChart {
  private static final double LEFT = 230;
  private static final double HALF = (1000 - LEFT - 20) / 2;
  private static final double ROW = 26;

  private final Context ctx;

  CasualtyChart(Context ctx) {
    this.ctx = ctx;
  }

  void write(Html html) {
    List<Incident> all = ctx.latest(Incident.class);
    if (all.isEmpty()) {
      html.element("p", "The file has no incidents.");
      return;
    }
    ReportedDate span =
        ReportedDate.between(
            all.stream().map(i -> i.date().start()).min(Comparator.naturalOrder()).orElseThrow(),
            all.stream().map(i -> i.date().end()).max(Comparator.naturalOrder()).orElseThrow());
    CasualtySummary sum = ctx.chronicle.incidents().casualties(span);
    html.open("p", "class", "summary")
        .text(
            "In all, "
                + Context.count(sum.incidents().size())
                + " incident(s) from "
                + Context.date(span)
                + ": ")
        .element("strong", Context.estimate(sum.killed()) + " killed")
        .text(", ")
        .element("strong", Context.estimate(sum.injured()) + " injured")
        .text(" (lows, best figures and highs added up separately).")
        .close("p");
    List<Incident> shown =
        all.stream()
            .sorted(
                Comparator.comparingLong((Incident i) -> top(i.killed()))
                    .reversed()
                    .thenComparing(Incident::id))
            .limit(ctx.options.chartItems())
            .sorted(Comparator.comparing(Incident::date).thenComparing(Incident::id))
            .collect(Collectors.toList());
    if (shown.size() < all.size()) {
      html.element(
          "p",
          "Drawing the "
              + shown.size()
              + " incidents with the highest tolls, of "
              + Context.count(all.size())
              + "; every incident is in the record list.",
          "class",
          "note");
    }
    chart(html, shown);
    table(html, shown);
  }

  private static long top(Estimate e) {
    return e.high().orElse(e.best().orElse(e.low().orElse(0)));
  }

  private void chart(Html html, List<Incident> shown) {
    long maxKilled = 1;
    long maxInjured = 1;
    for (Incident i : shown) {
      for (CasualtyRevision r : i.casualties().revisions()) {
        maxKilled = Math.max(maxKilled, top(r.killed()));
        maxInjured = Math.max(maxInjured, top(r.injured()));
      }
    }
    double top = 26;
    int rows = shown.stream().mapToInt(i -> Math.max(1, i.casualties().revisions().size())).sum();
    double height = top + rows * ROW + shown.size() * 6 + 6;
    html.open("p", "class", "legend");
    html.text(
        "Each line runs from the low to the high figure; the dot is the best figure, or the exact count. ");
    html.text(
        "Filled: the current figure; hollow: an earlier revision. ‘≥’ marks an open upper bound.");
    html.close("p");
    html.open("figure", "class", "chart", "id", "casualty-chart");
    html.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 1000 " + Html.num(height),
        "role",
        "img",
        "aria-labelledby",
        "casualty-title casualty-desc");
    html.element(
        "title", "Killed and injured per incident, with every revision", "id", "casualty-title");
    html.element(
        "text",
        "killed (0 to " + Context.count(maxKilled) + ")",
        "class",
        "tick",
        "x",
        Html.num(LEFT),
        "y",
        "14");
    html.element(
        "text",
        "injured (0 to " + Context.count(maxInjured) + ")",
        "class",
        "tick",
        "x",
        Html.num(LEFT + HALF + 20),
        "y",
        "14");
    StringBuilder desc = new StringBuilder();
    double y = top;
    for (Incident i : shown) {
      List<CasualtyRevision> revisions = i.casualties().revisions();
      html.open("g", "class", "incident", "data-record-id", i.id().value());
      html.empty(
          "line",
          "class",
          "grid",
          "x1",
          "0",
          "y1",
          Html.num(y - 3),
          "x2",
          "1000",
          "y2",
          Html.num(y - 3));
      html.element(
          "text", ctx.place(i.place()), "class", "bar-label", "x", "0", "y", Html.num(y + 12));
      html.element(
          "text", Context.date(i.date()), "class", "bar-sub", "x", "0", "y", Html.num(y + 24));
      desc.append(ctx.place(i.place())).append(", ").append(Context.date(i.date())).append(':');
      if (revisions.isEmpty()) {
        html.element(
            "text",
            "no toll reported",
            "class",
            "bar-value",
            "x",
            Html.num(LEFT),
            "y",
            Html.num(y + 14));
        desc.append(" no toll reported.");
        y += ROW;
      }
      for (int k = 0; k < revisions.size(); k++) {
        CasualtyRevision r = revisions.get(k);
        boolean current = k == revisions.size() - 1;
        String sources =
            ctx.sources.cite(r.sources(), i.id() + ", toll reported " + Context.date(r.date()));
        String text =
            (current ? "current" : "revision " + (k + 1))
                + " of "
                + Context.date(r.date())
                + ": "
                + Context.estimate(r.killed())
                + " killed, "
                + Context.estimate(r.injured())
                + " injured";
        html.open("g", "class", current ? "revision current" : "revision")
            .element("title", text + ". " + sources);
        range(html, r.killed(), maxKilled, LEFT, y + 8, current);
        range(html, r.injured(), maxInjured, LEFT + HALF + 20, y + 8, current);
        html.close("g");
        desc.append(' ').append(text).append(';');
        y += ROW;
      }
      html.close("g");
      y += 6;
    }
    html.element("desc", desc.toString(), "id", "casualty-desc");
    html.close("svg").close("figure");
  }

  private static void range(Html html, Estimate e, long max, double x0, double y, boolean current) {
    double unit = (HALF - 90) / max;
    String colour = current ? "#1b2733" : "#7a8696";
    if (!e.isKnown()) {
      html.element(
          "text", "unknown", "class", "bar-value", "x", Html.num(x0), "y", Html.num(y + 4));
      return;
    }
    long low = e.low().orElse(0);
    long high = e.high().orElse(low);
    html.empty(
        "line",
        "x1",
        Html.num(x0),
        "y1",
        Html.num(y),
        "x2",
        Html.num(x0 + HALF - 90),
        "y2",
        Html.num(y),
        "stroke",
        "#e1e6ec",
        "stroke-width",
        "1");
    double xl = x0 + low * unit;
    double xh = x0 + high * unit;
    if (e.high().isPresent() && high > low) {
      html.empty(
          "line",
          "x1",
          Html.num(xl),
          "y1",
          Html.num(y),
          "x2",
          Html.num(xh),
          "y2",
          Html.num(y),
          "stroke",
          colour,
          "stroke-width",
          "2.5");
      html.empty(
          "line",
          "x1",
          Html.num(xl),
          "y1",
          Html.num(y - 5),
          "x2",
          Html.num(xl),
          "y2",
          Html.num(y + 5),
          "stroke",
          colour);
      html.empty(
          "line",
          "x1",
          Html.num(xh),
          "y1",
          Html.num(y - 5),
          "x2",
          Html.num(xh),
          "y2",
          Html.num(y + 5),
          "stroke",
          colour);
    } else if (e.high().isEmpty()
        && !e.best().isPresent()
        && e.kind() != dev.parley.estimate.EstimateKind.EXACT) {
      html.empty(
          "line",
          "x1",
          Html.num(xl),
          "y1",
          Html.num(y),
          "x2",
          Html.num(x0 + HALF - 90),
          "y2",
          Html.num(y),
          "stroke",
          colour,
          "stroke-width",
          "2.5",
          "stroke-dasharray",
          "4 3");
    }
    long best = e.best().orElse(-1);
    if (best >= 0) {
      html.empty(
          "circle",
          "cx",
          Html.num(x0 + best * unit),
          "cy",
          Html.num(y),
          "r",
          "4.5",
          "fill",
          current ? colour : "#ffffff",
          "stroke",
          colour,
          "stroke-width",
          "1.5");
    }
    String label =
        e.kind() == dev.parley.estimate.EstimateKind.AT_LEAST
            ? "≥ " + Context.count(low)
            : Context.estimate(e);
    html.element(
        "text",
        label,
        "class",
        "bar-value",
        "x",
        Html.num(Math.max(xh, xl) + 8),
        "y",
        Html.num(y + 4));
  }

  private void table(Html html, List<Incident> shown) {
    html.open("table", "class", "data casualties");
    html.element("caption", "Casualty figures and their revisions");
    html.open("thead").open("tr");
    for (String h :
        new String[] {
          "Incident",
          "Reported",
          "Killed (low / best / high)",
          "Injured (low / best / high)",
          "Sources"
        }) {
      html.element("th", h, "scope", "col");
    }
    html.close("tr").close("thead").open("tbody");
    for (Incident i : shown) {
      List<CasualtyRevision> revisions = i.casualties().revisions();
      for (int k = 0; k < Math.max(1, revisions.size()); k++) {
        html.open("tr", "data-record-id", i.id().value());
        if (k == 0) {
          html.element(
              "th",
              ctx.place(i.place()) + ", " + Context.date(i.date()),
              "scope",
              "row",
              "rowspan",
              Integer.toString(Math.max(1, revisions.size())));
        }
        if (revisions.isEmpty()) {
          html.element("td", "no toll reported", "colspan", "4").close("tr");
          continue;
        }
        CasualtyRevision r = revisions.get(k);
        String title =
            ctx.sources.cite(r.sources(), i.id() + ", toll reported " + Context.date(r.date()));
        html.element(
            "td",
            Context.date(r.date())
                + (k == revisions.size() - 1 ? " (current)" : " (revised later)"));
        html.element("td", lbh(r.killed()), "class", "num", "title", title);
        html.element("td", lbh(r.injured()), "class", "num", "title", title);
        html.open("td");
        ctx.sources.references(html, r.sources());
        html.close("td").close("tr");
      }
    }
    html.close("tbody").close("table");
  }

  /** Low, best and high, with a dash where the figure gives none. */
  static String lbh(Estimate e) {
    if (!e.isKnown()) {
      return "unknown";
    }
    return part(e.low()) + " / " + part(e.best()) + " / " + part(e.high());
  }

  private static String part(java.util.OptionalLong v) {
    return v.isPresent() ? Context.count(v.getAsLong()) : "–";
  }
}
