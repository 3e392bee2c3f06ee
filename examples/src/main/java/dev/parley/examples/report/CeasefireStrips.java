package dev.parley.examples.report;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per ceasefire proposal, a strip of its status over time as the core derives it ({@link
 * CeasefireProposal#statusAt}), read at the end of each day, with alleged breaches marked.
 */
final class CeasefireStrips {
  /** How each status is drawn: a fill (colour or pattern), a text colour, a label. */
  static final Map<CeasefireStatus, String[]> STYLE = new EnumMap<>(CeasefireStatus.class);

  static {
    STYLE.put(CeasefireStatus.PROPOSED, new String[] {"#dde6f0", "#1b2733", "proposed"});
    STYLE.put(CeasefireStatus.DECLARED, new String[] {"url(#pat-declared)", "#1b2733", "declared"});
    STYLE.put(
        CeasefireStatus.COUNTERED, new String[] {"url(#pat-countered)", "#1b2733", "countered"});
    STYLE.put(
        CeasefireStatus.ACCEPTED_WITH_CONDITIONS,
        new String[] {"url(#pat-conditional)", "#1b2733", "accepted with conditions"});
    STYLE.put(CeasefireStatus.ACCEPTED, new String[] {"#8fb3d9", "#1b2733", "accepted"});
    STYLE.put(CeasefireStatus.IN_EFFECT, new String[] {"#1f4e79", "#ffffff", "in effect"});
    STYLE.put(CeasefireStatus.REJECTED, new String[] {"url(#pat-rejected)", "#1b2733", "rejected"});
    STYLE.put(CeasefireStatus.EXPIRED, new String[] {"#6e6e6e", "#ffffff", "expired"});
    STYLE.put(
        CeasefireStatus.TERMINATED, new String[] {"url(#pat-terminated)", "#1b2733", "terminated"});
    STYLE.put(
        CeasefireStatus.WITHDRAWN, new String[] {"url(#pat-withdrawn)", "#1b2733", "withdrawn"});
  }

  /** The patterns the styles refer to. */
  static void patterns(Html svg) {
    Patterns.dots(svg, "pat-declared", "#1f4e79", "#dde6f0");
    Patterns.hatch(svg, "pat-countered", "#b5651d", 90);
    Patterns.hatch(svg, "pat-conditional", "#5b86b3", 45);
    Patterns.cross(svg, "pat-rejected", "#8b2e2e", "#ffffff");
    Patterns.cross(svg, "pat-terminated", "#333333", "#bdbdbd");
    Patterns.hatch(svg, "pat-withdrawn", "#777777", -45);
  }

  private static final double LEFT = 230;
  private static final double WIDTH = 1000 - LEFT - 10;
  private static final double ROW = 42;

  private final Context ctx;

  CeasefireStrips(Context ctx) {
    this.ctx = ctx;
  }

  void write(Html html) {
    List<CeasefireProposal> all = ctx.latest(CeasefireProposal.class);
    if (all.isEmpty()) {
      html.element("p", "The file has no ceasefire proposals or declarations.");
      return;
    }
    List<CeasefireProposal> shown = Context.mostRecent(all, ctx.options.chartItems());
    if (shown.size() < all.size()) {
      html.element(
          "p",
          "Showing the "
              + shown.size()
              + " most recent of "
              + Context.count(all.size())
              + " proposals; every proposal is in the record list.",
          "class",
          "note");
    }
    html.open("p", "class", "legend");
    for (Map.Entry<CeasefireStatus, String[]> e : STYLE.entrySet()) {
      FulfilmentChart.swatch(html, e.getValue()[0], e.getValue()[2]);
    }
    html.open("span", "class", "swatch-item")
        .element("span", "▼", "class", "breach-key", "aria-hidden", "true")
        .text("breach alleged")
        .close("span");
    html.close("p");
    TimeAxis axis = ctx.storyAxis(LEFT, WIDTH);
    LocalDate last = axis.last;
    double top = 24;
    double height = top + shown.size() * ROW + 4;
    StringBuilder desc = new StringBuilder();
    html.open("figure", "class", "chart", "id", "ceasefire-chart");
    html.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 1000 " + Html.num(height),
        "role",
        "img",
        "aria-labelledby",
        "ceasefire-title ceasefire-desc");
    html.element(
        "title",
        "Status of " + shown.size() + " ceasefire proposal(s) over time, to " + Context.day(last),
        "id",
        "ceasefire-title");
    axis.draw(html, top - 6, height - 2);
    double y = top;
    for (CeasefireProposal p : shown) {
      desc.append(strip(html, p, axis, y)).append(' ');
      y += ROW;
    }
    html.element("desc", desc.toString().trim(), "id", "ceasefire-desc");
    html.close("svg");
    html.element(
        "figcaption",
        "Status at the end of each day (UTC) as derived from the proposal's date, responses and"
            + " lifecycle events; before the proposal's date is certain the strip is empty."
            + (axis.step() > 1 ? " Read every " + axis.step() + " days on this long axis." : ""));
    html.close("figure");
  }

  /** Draws one proposal's strip and returns its text alternative. */
  private String strip(Html html, CeasefireProposal p, TimeAxis axis, double y) {
    String who =
        ctx.name(p.proposer())
            + (p.addressees().isEmpty() ? "" : " to " + ctx.names(p.addressees()));
    String sources =
        ctx.sources.cite(p.provenance(), p.id() + ", the " + Context.lower(p.kind().name()));
    html.open("g", "class", "strip", "data-proposal", p.id().value());
    List<Segment> segments = segments(p, axis);
    String now =
        segments.isEmpty() || !segments.get(segments.size() - 1).to.equals(axis.last)
            ? ""
            : ": " + STYLE.get(segments.get(segments.size() - 1).status)[2];
    html.open("text", "class", "bar-label", "x", "0", "y", Html.num(y + 13))
        .text(who + now)
        .close("text");
    html.element("text", p.id().value(), "class", "bar-sub", "x", "0", "y", Html.num(y + 27));
    StringBuilder desc =
        new StringBuilder(p.id() + " (" + who + ", made " + Context.date(p.date()) + "):");
    for (Segment s : segments) {
      String[] style = STYLE.get(s.status);
      double x = axis.x(s.from);
      double w = Math.max(1, axis.xEnd(s.to) - x);
      String period = Context.day(s.from) + (s.to.equals(s.from) ? "" : " to " + Context.day(s.to));
      html.open(
          "g",
          "class",
          "status",
          "data-status",
          s.status.name().toLowerCase(java.util.Locale.ROOT));
      html.element("title", style[2] + ", " + period + ". " + sources);
      html.empty(
          "rect",
          "x",
          Html.num(x),
          "y",
          Html.num(y + 8),
          "width",
          Html.num(w),
          "height",
          "22",
          "fill",
          style[0],
          "stroke",
          "#4a5a6a",
          "stroke-width",
          "0.6");
      if (w > style[2].length() * 6.4 + 8) {
        html.element(
            "text",
            style[2],
            "class",
            style[1].equals("#ffffff") ? "seg-label on-dark" : "seg-label",
            "x",
            Html.num(x + 4),
            "y",
            Html.num(y + 23),
            "style",
            "fill:" + style[1]);
      }
      html.close("g");
      desc.append(' ').append(style[2]).append(' ').append(period).append(';');
    }
    if (segments.isEmpty()) {
      desc.append(" not yet certainly made by ").append(Context.day(ctx.asOfDay)).append(';');
    }
    for (LifecycleEvent b : p.allegedBreaches()) {
      ReportedDate d = Timeline.dateOf(b.time());
      double x = axis.x(d.start()) + axis.width(d) / 2;
      String text =
          "Breach alleged "
              + Context.date(d)
              + b.party().map(x1 -> " by " + ctx.name(x1)).orElse("")
              + b.accused().map(x1 -> " against " + ctx.name(x1)).orElse("")
              + b.place().map(pl -> " at " + ctx.place(pl)).orElse("")
              + ". "
              + ctx.sources.cite(b.provenance(), p.id() + ", breach alleged " + Context.date(d));
      html.open("g", "class", "breach").element("title", text);
      html.empty(
          "path",
          "d",
          "M" + Html.num(x - 5) + " " + Html.num(y + 1) + " h10 l-5 7 z",
          "fill",
          "#a23b3b",
          "stroke",
          "#ffffff",
          "stroke-width",
          "0.8");
      html.close("g");
      desc.append(' ').append(text);
    }
    html.close("g");
    return desc.toString();
  }

  static final class Segment {
    final CeasefireStatus status;
    final LocalDate from;
    LocalDate to;

    Segment(CeasefireStatus status, LocalDate from) {
      this.status = status;
      this.from = from;
      this.to = from;
    }
  }

  /** The status at the end of each sampled day, runs of the same status merged. */
  private List<Segment> segments(CeasefireProposal p, TimeAxis axis) {
    List<Segment> out = new ArrayList<>();
    long step = axis.step();
    for (LocalDate d = axis.first; !d.isAfter(axis.last); d = d.plusDays(step)) {
      LocalDate end = d.plusDays(step - 1).isAfter(axis.last) ? axis.last : d.plusDays(step - 1);
      Optional<CeasefireStatus> s =
          p.statusAt(end.atTime(LocalTime.of(23, 59, 59)).atZone(ctx.asOf.getZone()));
      if (s.isEmpty()) {
        continue;
      }
      Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.status == s.get() && last.to.plusDays(1).equals(d)) {
        last.to = end;
      } else {
        Segment seg = new Segment(s.get(), d);
        seg.to = end;
        out.add(seg);
      }
    }
    return out;
  }
}
