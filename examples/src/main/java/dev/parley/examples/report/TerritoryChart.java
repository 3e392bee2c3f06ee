package dev.parley.examples.report;

import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.territory.Assessment;
import dev.parley.territory.ControlEvent;
import dev.parley.territory.ControlIndex;
import dev.parley.territory.Controller;
import dev.parley.territory.ControllerKind;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.DatePrecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per place, claims set against assessed control over time, from the chronicle's {@link
 * ControlIndex}: the claims as marks, the latest assessed controller each day, and the days the
 * claims are contested.
 */
final class TerritoryChart {
  /** Fills for parties in order of appearance: dark, striped, light, dotted, then again. */
  private static final String[] PARTY_FILLS = {
    "#1f4e79", "url(#pat-party-1)", "#b9cde0", "url(#pat-party-3)"
  };

  private static final String[] PARTY_TEXT = {"#ffffff", "#1b2733", "#1b2733", "#1b2733"};

  static void patterns(Html svg) {
    Patterns.hatch(svg, "pat-party-1", "#c7761f", 45);
    Patterns.dots(svg, "pat-party-3", "#7b3f61", "#f3e8ee");
    Patterns.cross(svg, "pat-contested", "#a23b3b", "#ffffff");
  }

  private static final double LEFT = 170;
  private static final double WIDTH = 1000 - LEFT - 10;

  private final Context ctx;
  private final Map<PartyId, Integer> partyOrder = new LinkedHashMap<>();

  TerritoryChart(Context ctx) {
    this.ctx = ctx;
  }

  void write(Html html) {
    ControlIndex index = ctx.chronicle.territory();
    List<TerritorialClaim> claims = ctx.latest(TerritorialClaim.class);
    List<Assessment> assessments = ctx.latest(Assessment.class);
    Set<PlaceId> places = new LinkedHashSet<>();
    claims.forEach(c -> c.subject().place().ifPresent(places::add));
    assessments.forEach(a -> a.place().ifPresent(places::add));
    if (places.isEmpty() && claims.isEmpty()) {
      html.element("p", "The file has no territorial claims or assessments.");
      return;
    }
    List<PlaceId> all = new ArrayList<>(places);
    Map<PlaceId, Integer> events = new java.util.HashMap<>();
    all.forEach(p -> events.put(p, index.history(p).size()));
    all.sort(
        Comparator.comparing((PlaceId p) -> events.get(p)).reversed().thenComparing(ctx::place));
    List<PlaceId> shown =
        all.size() > ctx.options.chartItems() ? all.subList(0, ctx.options.chartItems()) : all;
    if (shown.size() < all.size()) {
      html.element(
          "p",
          "Showing the "
              + shown.size()
              + " places with the most claims and assessments, of "
              + Context.count(all.size())
              + "; every claim and assessment is in the record list.",
          "class",
          "note");
    }
    if (!shown.isEmpty()) {
      places(html, index, shown);
    }
    otherClaims(html, index, claims);
  }

  private void places(Html html, ControlIndex index, List<PlaceId> shown) {
    TimeAxis axis = ctx.storyAxis(LEFT, WIDTH);
    html.open("p", "class", "legend");
    FulfilmentChart.swatch(
        html,
        "url(#pat-contested)",
        "contested: two claimants each claim control, or a claim is denied or disputed");
    FulfilmentChart.swatch(html, "#ffffff", "no assessment yet");
    html.text(" Claims and assessed controllers share one fill per party, named on the mark.");
    html.close("p");
    double placeH = 3 * 22 + 18;
    double top = 24;
    double height = top + shown.size() * placeH;
    StringBuilder desc = new StringBuilder();
    html.open("figure", "class", "chart", "id", "territory-chart");
    html.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 1000 " + Html.num(height),
        "role",
        "img",
        "aria-labelledby",
        "territory-title territory-desc");
    html.element(
        "title",
        "Claims against assessed control for "
            + shown.size()
            + " place(s), to "
            + Context.day(axis.last),
        "id",
        "territory-title");
    axis.draw(html, top - 6, height - 4);
    double y = top;
    for (PlaceId place : shown) {
      desc.append(place(html, index, place, axis, y)).append(' ');
      y += placeH;
    }
    html.element("desc", desc.toString().trim(), "id", "territory-desc");
    html.close("svg");
    html.element(
        "figcaption",
        "Per place: the claims (each as wide as the days its date covers; hatched edge when"
            + " not dated to the day), the controller named by the latest assessment that counts each day, and the days"
            + " the claims are contested, as the core's control index reads them.");
    html.close("figure");
  }

  private String place(Html html, ControlIndex index, PlaceId place, TimeAxis axis, double y) {
    html.open("g", "class", "place", "data-place", place.value());
    html.element("text", ctx.place(place), "class", "bar-label", "x", "0", "y", Html.num(y + 14));
    html.element("text", "claims", "class", "bar-sub", "x", "0", "y", Html.num(y + 30));
    html.element("text", "assessed control", "class", "bar-sub", "x", "0", "y", Html.num(y + 52));
    html.element("text", "contested", "class", "bar-sub", "x", "0", "y", Html.num(y + 74));
    html.empty(
        "line",
        "class",
        "grid",
        "x1",
        "0",
        "y1",
        Html.num(y - 2),
        "x2",
        "1000",
        "y2",
        Html.num(y - 2));
    StringBuilder desc = new StringBuilder(ctx.place(place) + ":");
    for (ControlEvent e : index.history(place)) {
      e.claim().ifPresent(c -> desc.append(' ').append(claim(html, c, axis, y + 18)).append(';'));
    }
    // Assessed control, sampled each day (or each step on long axes).
    Controller current = null;
    boolean any = false;
    LocalDate runStart = null;
    long step = axis.step();
    for (LocalDate d = axis.first; ; d = d.plusDays(step)) {
      boolean end = d.isAfter(axis.last);
      Controller c = end ? null : index.latestController(place, d).orElse(null);
      if (runStart != null && (end || !Objects.equals(c, current))) {
        if (current != null) {
          any = true;
          desc.append(' ')
              .append(controlRun(html, current, runStart, d.minusDays(1), axis, y + 40))
              .append(';');
        }
        runStart = null;
      }
      if (end) {
        break;
      }
      if (runStart == null) {
        runStart = d;
        current = c;
      }
    }
    if (!any) {
      desc.append(" no assessment of control;");
    }
    // Contested days.
    LocalDate from = null;
    int periods = 0;
    for (LocalDate d = axis.first; ; d = d.plusDays(step)) {
      boolean end = d.isAfter(axis.last);
      boolean contested = !end && index.isContested(place, d);
      if (contested && from == null) {
        from = d;
      } else if (!contested && from != null) {
        LocalDate to = d.minusDays(1);
        String text =
            "contested " + Context.day(from) + (to.equals(from) ? "" : " to " + Context.day(to));
        html.open("g", "class", "contested").element("title", text);
        html.empty(
            "rect",
            "x",
            Html.num(axis.x(from)),
            "y",
            Html.num(y + 62),
            "width",
            Html.num(axis.xEnd(to) - axis.x(from)),
            "height",
            "16",
            "fill",
            "url(#pat-contested)",
            "stroke",
            "#a23b3b");
        html.close("g");
        desc.append(' ').append(text).append(';');
        periods++;
        from = null;
      }
      if (end) {
        break;
      }
    }
    if (periods == 0) {
      desc.append(" never contested to ").append(Context.day(axis.last)).append('.');
    }
    html.close("g");
    return desc.toString();
  }

  private String claim(Html html, TerritorialClaim c, TimeAxis axis, double y) {
    double x = axis.x(c.asOf());
    double w = axis.width(c.asOf());
    boolean exact = c.asOf().precision() == DatePrecision.DAY;
    int i = partyIndex(c.claimant());
    String label =
        (exact ? "" : "≈ ") + ctx.name(c.claimant()) + " " + Context.lower(c.kind().name());
    String status =
        Context.lower(ctx.chronicle.territory().claimStatus(c.id(), ctx.asOfDay).name());
    String text =
        ctx.name(c.claimant())
            + " claims: "
            + Context.lower(c.kind().name())
            + " ("
            + Context.lower(c.means().name())
            + "), "
            + Context.date(c.asOf())
            + "; "
            + status
            + " as of "
            + Context.day(ctx.asOfDay);
    html.open("g", "class", "claim", "data-record-id", c.id().value());
    html.element("title", text + ". " + ctx.sources.cite(c.provenance(), c.id().value()));
    html.empty(
        "rect",
        "x",
        Html.num(x),
        "y",
        Html.num(y),
        "width",
        Html.num(w),
        "height",
        "16",
        "rx",
        "2",
        "fill",
        PARTY_FILLS[i],
        "stroke",
        "#1b2733",
        "stroke-dasharray",
        exact ? null : "3 2");
    double textW = label.length() * 6.4 + 8;
    boolean inside = w > textW;
    boolean left = !inside && x + w + textW > axis.x0 + axis.width;
    html.element(
        "text",
        label,
        "class",
        inside && i == 0 ? "seg-label on-dark" : "seg-label",
        "x",
        Html.num(inside ? x + 4 : left ? x - 4 : x + w + 4),
        "y",
        Html.num(y + 12),
        "text-anchor",
        left ? "end" : null,
        "style",
        "fill:" + (inside ? PARTY_TEXT[i] : "#1b2733"));
    html.close("g");
    return text;
  }

  private String controlRun(
      Html html, Controller c, LocalDate from, LocalDate to, TimeAxis axis, double y) {
    String who =
        c.kind() == ControllerKind.PARTY ? ctx.name(c.party().orElseThrow()) : c.toString();
    String fill =
        c.kind() == ControllerKind.PARTY
            ? PARTY_FILLS[partyIndex(c.party().orElseThrow())]
            : c.kind() == ControllerKind.CONTESTED ? "url(#pat-contested)" : "#dddddd";
    String text =
        "assessed control: "
            + who
            + ", "
            + Context.day(from)
            + (to.equals(from) ? "" : " to " + Context.day(to));
    double x = axis.x(from);
    double w = Math.max(1, axis.xEnd(to) - x);
    html.open("g", "class", "control").element("title", text);
    html.empty(
        "rect",
        "x",
        Html.num(x),
        "y",
        Html.num(y),
        "width",
        Html.num(w),
        "height",
        "16",
        "fill",
        fill,
        "stroke",
        "#1b2733",
        "stroke-width",
        "0.6");
    if (w > who.length() * 6.4 + 8) {
      int i = c.kind() == ControllerKind.PARTY ? partyIndex(c.party().orElseThrow()) : 2;
      html.element(
          "text",
          who,
          "class",
          i == 0 ? "seg-label on-dark" : "seg-label",
          "x",
          Html.num(x + 4),
          "y",
          Html.num(y + 12),
          "style",
          "fill:" + PARTY_TEXT[i]);
    }
    html.close("g");
    return text;
  }

  private int partyIndex(PartyId p) {
    return partyOrder.computeIfAbsent(p, k -> partyOrder.size()) % PARTY_FILLS.length;
  }

  /** Claims to a region or a share of a country, which no place chart can show. */
  private void otherClaims(Html html, ControlIndex index, List<TerritorialClaim> claims) {
    List<TerritorialClaim> other = new ArrayList<>();
    for (TerritorialClaim c : claims) {
      if (c.subject().place().isEmpty()) {
        other.add(c);
      }
    }
    if (other.isEmpty()) {
      return;
    }
    List<TerritorialClaim> shown = Context.mostRecent(other, ctx.options.chartItems());
    html.element("h3", "Claims to regions and shares of territory");
    html.open("table", "class", "data");
    html.open("thead").open("tr");
    for (String h :
        new String[] {
          "Date", "Claimant", "Claim", "Status as of " + Context.day(ctx.asOfDay), "Sources"
        }) {
      html.element("th", h, "scope", "col");
    }
    html.close("tr").close("thead").open("tbody");
    for (TerritorialClaim c : shown) {
      html.open("tr", "data-record-id", c.id().value());
      html.element("td", Context.date(c.asOf()));
      html.element("td", ctx.name(c.claimant()));
      html.element(
          "td",
          Context.lower(c.kind().name())
              + " "
              + subject(c)
              + " ("
              + Context.lower(c.means().name())
              + ")",
          "title",
          ctx.sources.cite(c.provenance(), c.id().value()));
      html.element("td", Context.lower(index.claimStatus(c.id(), ctx.asOfDay).name()));
      html.open("td");
      ctx.sources.references(html, c.provenance());
      html.close("td").close("tr");
    }
    html.close("tbody").close("table");
  }

  String subject(TerritorialClaim c) {
    var s = c.subject();
    if (s.percent().isPresent()) {
      return (s.approximate() ? "about " : "")
          + s.percent().get().stripTrailingZeros().toPlainString()
          + "% of "
          + s.country().map(Object::toString).orElse("the country");
    }
    return s.region().map(Object::toString).orElse(s.toString());
  }
}
