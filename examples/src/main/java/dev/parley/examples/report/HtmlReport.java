package dev.parley.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.parley.chronicle.Chronicle;
import dev.parley.record.ChronicleRecord;
import dev.parley.validation.Finding;
import dev.parley.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A chronicle drawn as one self-contained HTML page: a dated timeline, fulfilment bars per
 * agreement, ceasefire status strips, claims against assessed control per place, casualty figures
 * with their revisions, every record in dated order, and a printable list of sources.
 *
 * <pre>{@code
 * Chronicle chronicle = ChronicleFiles.read(Paths.get("examples/data/seed-chronicle.json"));
 * HtmlReport.of(chronicle).write(Paths.get("report.html"));
 * String html = HtmlReport.of(chronicle).withAsOf(ZonedDateTime.parse("2025-05-20T12:00Z")).render();
 * }</pre>
 *
 * <p>The page has inline CSS and inline SVG only: no scripts, no fonts or images fetched from
 * anywhere, so it works offline and as an attachment. Charts carry a text alternative ({@code
 * <title>} and {@code <desc>}), tell their parts apart by pattern and label as well as by colour,
 * and every figure names its sources on hover (a {@code title} attribute) and in the numbered list
 * at the end. It prints on A4.
 *
 * <p>Dates are drawn as wide as the days they cover: a record dated to a month is a bar across the
 * month, hatched, never a point. Questions are asked as of the end (23:59 UTC) of the latest day
 * any record may fall on, unless {@link #withAsOf} says otherwise.
 *
 * <p>Large chronicles stay readable and quick to render: past {@link #timelineMarks()} marks the
 * timeline counts records per day, week, month or year instead of drawing each one; the fulfilment,
 * ceasefire, territory and casualty charts draw at most {@link #chartItems()} items each (the most
 * recent agreements and proposals, the places with the most claims and assessments, the incidents
 * with the highest tolls) and say how many they leave out; the record list holds every record, in
 * pages of {@link #pageSize()} that CSS shows one at a time on screen and all at once in print.
 * Instances are immutable and thread-safe.
 */
public final class HtmlReport {
  /** The default number of timeline marks drawn one by one. */
  public static final int DEFAULT_TIMELINE_MARKS = 300;

  /** The default number of items each per-item chart draws. */
  public static final int DEFAULT_CHART_ITEMS = 40;

  /** The default number of records per page of the record list. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  private final Chronicle chronicle;
  private final ZonedDateTime asOf;
  private final String title;
  private final int timelineMarks;
  private final int chartItems;
  private final int pageSize;

  private HtmlReport(
      Chronicle chronicle,
      ZonedDateTime asOf,
      String title,
      int timelineMarks,
      int chartItems,
      int pageSize) {
    this.chronicle = chronicle;
    this.asOf = asOf;
    this.title = title;
    this.timelineMarks = timelineMarks;
    this.chartItems = chartItems;
    this.pageSize = pageSize;
  }

  /**
   * A report of a chronicle as of the end of its latest record date, with the default limits.
   *
   * @param chronicle the chronicle, not null
   * @return the report, not null
   */
  public static HtmlReport of(Chronicle chronicle) {
    requireNonNull(chronicle, "chronicle");
    LocalDate last =
        chronicle.records().stream()
            .map(r -> r.recordDate().end())
            .max(Comparator.naturalOrder())
            .orElse(LocalDate.EPOCH);
    return new HtmlReport(
        chronicle,
        last.atTime(23, 59).atZone(ZoneOffset.UTC),
        "Chronicle report",
        DEFAULT_TIMELINE_MARKS,
        DEFAULT_CHART_ITEMS,
        DEFAULT_PAGE_SIZE);
  }

  /**
   * Returns the instant the report's questions are asked at.
   *
   * @return the instant with the zone dates are read in, not null
   */
  public ZonedDateTime asOf() {
    return asOf;
  }

  /**
   * Returns the number of timeline marks drawn one by one; past it the timeline is aggregated.
   *
   * @return one or more
   */
  public int timelineMarks() {
    return timelineMarks;
  }

  /**
   * Returns the number of agreements, proposals, places and incidents each chart draws at most.
   *
   * @return one or more
   */
  public int chartItems() {
    return chartItems;
  }

  /**
   * Returns the number of records per page of the record list.
   *
   * @return one or more
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * Returns a copy that asks its questions at another instant.
   *
   * @param instant the instant, with the zone in which dates are read, not null
   * @return the changed copy, not null
   */
  public HtmlReport withAsOf(ZonedDateTime instant) {
    return new HtmlReport(
        chronicle, requireNonNull(instant, "instant"), title, timelineMarks, chartItems, pageSize);
  }

  /**
   * Returns a copy with another page title.
   *
   * @param text the title, not blank
   * @return the changed copy, not null
   * @throws IllegalArgumentException if the title is blank
   */
  public HtmlReport withTitle(String text) {
    checkArgument(
        !requireNonNull(text, "text").isBlank(), "a title must not be blank, was \"%s\"", text);
    return new HtmlReport(chronicle, asOf, text, timelineMarks, chartItems, pageSize);
  }

  /**
   * Returns a copy with other limits for large chronicles.
   *
   * @param marks timeline marks drawn one by one before the timeline is aggregated, one or more
   * @param items items each per-item chart draws, one or more
   * @param recordsPerPage records per page of the record list, one or more
   * @return the changed copy, not null
   * @throws IllegalArgumentException if a limit is less than one
   */
  public HtmlReport withLimits(int marks, int items, int recordsPerPage) {
    checkArgument(marks >= 1, "timeline marks must be one or more, was %s", marks);
    checkArgument(items >= 1, "chart items must be one or more, was %s", items);
    checkArgument(
        recordsPerPage >= 1, "records per page must be one or more, was %s", recordsPerPage);
    return new HtmlReport(chronicle, asOf, title, marks, items, recordsPerPage);
  }

  /**
   * Renders the page.
   *
   * @return the whole HTML document, not null
   */
  public String render() {
    Context ctx = new Context(chronicle, asOf, this);
    Html body = new Html(4096 + chronicle.records().size() * 900);
    RecordList records = new RecordList(ctx);
    List<ChronicleRecord> sorted = records.sorted();
    List<String> summaries = new ArrayList<>(sorted.size());
    Timeline timeline = new Timeline(ctx);
    for (int i = 0; i < sorted.size(); i++) {
      ChronicleRecord r = sorted.get(i);
      String summary = records.summary(r);
      summaries.add(summary);
      timeline.add(
          r,
          RecordList.anchor(i),
          summary,
          ctx.sources.cite(RecordList.statements(r), r.id().value()));
    }
    section(
        body,
        "timeline",
        "Timeline",
        "Every record, response and lifecycle event on one time axis, "
            + "as precisely as the file dates it.");
    timeline.write(body);
    body.close("section");
    section(
        body,
        "fulfilment",
        "Prisoner exchanges: fulfilment as of " + Context.day(ctx.asOfDay),
        "Each side's quota, and how much of it completed tranches have released by that day.");
    new FulfilmentChart(ctx).write(body);
    body.close("section");
    section(
        body,
        "ceasefires",
        "Ceasefire proposals: status over time",
        "Proposed, countered, accepted, in effect, breached, expired: each proposal's status day by day.");
    new CeasefireStrips(ctx).write(body);
    body.close("section");
    section(
        body,
        "territory",
        "Territory: claims against assessed control",
        "What each side claims about a place, what independent assessments say, and when the claims are contested.");
    new TerritoryChart(ctx).write(body);
    body.close("section");
    section(
        body,
        "casualties",
        "Casualties",
        "Killed and injured as reported, with low, best and high figures " + "and every revision.");
    new CasualtyChart(ctx).write(body);
    body.close("section");
    section(body, "records", "Every record, in dated order", null);
    records.write(body, summaries);
    body.close("section");
    section(body, "findings", "Data checks", null);
    findings(body, chronicle.validate());
    body.close("section");
    section(
        body,
        "sources",
        "Sources",
        "Every source the file names, numbered as cited above, with what it backs.");
    ctx.sources.list(body);
    body.close("section");
    return page(ctx, records, timeline, body);
  }

  private static void section(Html html, String id, String heading, String lede) {
    html.open("section", "id", id, "aria-labelledby", id + "-h")
        .element("h2", heading, "id", id + "-h");
    if (lede != null) {
      html.element("p", lede, "class", "section-lede");
    }
  }

  private String page(Context ctx, RecordList records, Timeline timeline, Html body) {
    String bodyText = body.toString();
    Html page = new Html(bodyText.length() + Style.CSS.length() + 4096);
    page.constant("<!DOCTYPE html>\n");
    page.open("html", "lang", "en").open("head");
    page.empty("meta", "charset", "utf-8");
    page.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    page.empty("meta", "name", "generator", "content", "Parley");
    page.element("title", title + ", as of " + Context.day(ctx.asOfDay));
    page.open("style").constant(Style.CSS).close("style");
    page.close("head").open("body");
    page.open(
            "svg",
            "xmlns",
            "http://www.w3.org/2000/svg",
            "class",
            "defs",
            "aria-hidden",
            "true",
            "focusable",
            "false")
        .open("defs");
    for (Timeline.Lane lane : Timeline.Lane.values()) {
      Patterns.hatch(page, "hatch-" + lane.ordinal(), lane.colour, 45);
    }
    Patterns.hatch(page, "pat-uncertain", FulfilmentChart.UNCERTAIN, 45);
    CeasefireStrips.patterns(page);
    TerritoryChart.patterns(page);
    page.close("defs").close("svg");
    page.open("div", "class", "sheet");
    page.open("header", "class", "masthead");
    page.element("p", "Parley report", "class", "kicker");
    page.element("h1", title);
    List<ChronicleRecord> sorted = records.sorted();
    String span =
        sorted.isEmpty()
            ? "no records"
            : "from "
                + Context.day(sorted.get(0).recordDate().start())
                + " to "
                + Context.day(
                    sorted.stream()
                        .map(r -> r.recordDate().end())
                        .max(Comparator.naturalOrder())
                        .orElseThrow());
    page.element(
        "p",
        "Records "
            + span
            + ". Figures are as of "
            + Context.day(ctx.asOfDay)
            + ", "
            + ctx.asOf.toLocalTime()
            + " "
            + (ctx.asOf.getZone().equals(ZoneOffset.UTC) ? "UTC" : ctx.asOf.getZone().getId())
            + ", with their sources.",
        "class",
        "lede");
    page.open("ul", "class", "facts");
    fact(page, Context.count(chronicle.records().size()), "records");
    fact(page, Context.count(chronicle.parties().size()), "parties");
    fact(page, Context.count(chronicle.places().size()), "places");
    fact(page, Context.count(ctx.sources.size()), "sources");
    ValidationReport report = chronicle.validate();
    fact(page, report.errors().size() + " / " + report.warnings().size(), "errors / warnings");
    page.close("ul");
    page.open("nav", "class", "toc", "aria-label", "Sections");
    String[][] toc = {
      {"timeline", "Timeline"},
      {"fulfilment", "Exchanges"},
      {"ceasefires", "Ceasefires"},
      {"territory", "Territory"},
      {"casualties", "Casualties"},
      {"records", "Records"},
      {"findings", "Data checks"},
      {"sources", "Sources"}
    };
    for (String[] t : toc) {
      page.element("a", t[1], "href", "#" + t[0]);
    }
    page.close("nav").close("header");
    page.open("main").constant(bodyText).close("main");
    page.open("footer");
    page.element(
        "p",
        "How to read this page: a bar as wide as a week, a month or a range means the file dates the "
            + "record only that precisely; hatching marks what is uncertain. Hover any mark, bar or figure for its sources;"
            + " the numbers in brackets point to the list of sources. "
            + (timeline.aggregated()
                ? "The timeline counts records per period because the file has more than "
                    + Context.count(timelineMarks)
                    + " marks. "
                : "")
            + (records.pages() > 1
                ? "The record list is split into "
                    + records.pages()
                    + " pages of "
                    + Context.count(pageSize)
                    + "; printing prints them all. "
                : "")
            + "Made with Parley from "
            + Context.count(chronicle.records().size())
            + " records.");
    page.close("footer");
    page.close("div").close("body").close("html");
    return page.toString();
  }

  private static void fact(Html html, String value, String label) {
    html.open("li").element("b", value).element("span", label).close("li");
  }

  private static void findings(Html html, ValidationReport report) {
    if (report.findings().isEmpty()) {
      html.element(
          "p", "No findings: every reference resolves and the records agree with each other.");
      return;
    }
    html.element(
        "p", report.errors().size() + " error(s) and " + report.warnings().size() + " warning(s).");
    html.open("ul", "class", "findings");
    int shown = 0;
    for (Finding f : report.findings()) {
      if (shown++ == 200) {
        html.element("li", "and " + (report.findings().size() - 200) + " more");
        break;
      }
      html.element("li", f.toString());
    }
    html.close("ul");
  }

  /**
   * Renders the page to a writer.
   *
   * @param out where to write, not null; not closed
   * @throws IOException if writing fails
   */
  public void write(Writer out) throws IOException {
    requireNonNull(out, "out").write(render());
  }

  /**
   * Renders the page to a file, in UTF-8, replacing it if it exists.
   *
   * @param file the file, not null
   * @throws IOException if writing fails
   */
  public void write(Path file) throws IOException {
    Files.writeString(requireNonNull(file, "file"), render(), StandardCharsets.UTF_8);
  }
}
