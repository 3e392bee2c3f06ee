package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.chronicle.Chronicle;
import dev.parley.exchange.Agreement;
import dev.parley.testing.ChronicleGen;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chronicle of 10,000 records: the page is produced, the timeline is aggregated, the per-item
 * charts are bounded and say so, and the record list holds every record in pages. (How fast is a
 * matter for the benchmarks, not for a unit test.)
 */
class LargeReportTest {
  static final int SIZE = 10_000;

  private static Chronicle chronicle;
  private static Document doc;

  /** The generated 10,000-record chronicle, the same for every run. */
  static Chronicle chronicle() {
    if (chronicle == null) {
      chronicle = ChronicleGen.chronicle(21, SIZE);
    }
    return chronicle;
  }

  @BeforeAll
  static void render() {
    doc = Jsoup.parse(HtmlReport.of(chronicle()).render());
  }

  @Test
  void listsEveryRecordOnPagesOfTheDocumentedSize() {
    Elements records = doc.select("#records li.record");
    assertThat(records).hasSize(chronicle().records().size());
    assertThat(chronicle().records().size()).isGreaterThanOrEqualTo(SIZE);
    Elements pages = doc.select("#records section.page");
    int expected =
        (chronicle().records().size() + HtmlReport.DEFAULT_PAGE_SIZE - 1)
            / HtmlReport.DEFAULT_PAGE_SIZE;
    assertThat(pages).hasSize(expected);
    for (int p = 0; p < pages.size(); p++) {
      int onPage = pages.get(p).select("li.record").size();
      assertThat(onPage)
          .isEqualTo(
              p < pages.size() - 1
                  ? HtmlReport.DEFAULT_PAGE_SIZE
                  : chronicle().records().size()
                      - (pages.size() - 1) * HtmlReport.DEFAULT_PAGE_SIZE);
      assertThat(pages.get(p).id()).isEqualTo("records-p" + (p + 1));
    }
    assertThat(doc.select("#records nav.pager a")).hasSize(expected);
    assertThat(doc.selectFirst("footer").text())
        .contains("split into " + expected + " pages of 500");
  }

  @Test
  void aggregatesTheTimeline() {
    assertThat(doc.select("#timeline g.mark")).isEmpty();
    Elements buckets = doc.select("#timeline g.bucket");
    assertThat(buckets).isNotEmpty().hasSizeLessThan(chronicle().records().size() / 5);
    assertThat(doc.selectFirst("#timeline figcaption").text())
        .startsWith("Too many records to draw one by one");
    assertThat(doc.selectFirst("#timeline-title").text()).contains("counted per");
  }

  @Test
  void boundsThePerItemChartsAndSaysSo() {
    int limit = HtmlReport.DEFAULT_CHART_ITEMS;
    long agreements =
        distinct(
            chronicle().records(Agreement.class).stream()
                .map(a -> a.id())
                .collect(Collectors.toList()));
    long proposals =
        distinct(
            chronicle().records(CeasefireProposal.class).stream()
                .map(a -> a.id())
                .collect(Collectors.toList()));
    assertThat(agreements).isGreaterThan(limit);
    assertThat(proposals).isGreaterThan(limit);
    assertThat(doc.select("#fulfilment figure.fulfilment")).hasSize(limit);
    assertThat(doc.select("#ceasefires g.strip")).hasSize(limit);
    assertThat(doc.select("#territory g.place")).hasSizeLessThanOrEqualTo(limit).isNotEmpty();
    assertThat(doc.select("#casualty-chart g.incident")).hasSize(limit);
    for (String section : List.of("fulfilment", "ceasefires", "casualties")) {
      Element note = doc.selectFirst("#" + section + " p.note");
      assertThat(note).as(section).isNotNull();
      assertThat(note.text())
          .contains(
              "of "
                  + String.format(
                      java.util.Locale.ENGLISH,
                      "%,d",
                      section.equals("fulfilment")
                          ? agreements
                          : section.equals("ceasefires")
                              ? proposals
                              : distinct(
                                  chronicle().records(dev.parley.incident.Incident.class).stream()
                                      .map(i -> i.id())
                                      .collect(Collectors.toList()))));
    }
  }

  private static long distinct(List<?> ids) {
    return ids.stream().distinct().count();
  }

  @Test
  void keepsEveryFigureSourced() {
    Elements refs = doc.select("a.ref");
    assertThat(refs).isNotEmpty();
    int sources = doc.select("#sources ol.sources > li").size();
    assertThat(sources).isPositive();
    for (Element ref : refs) {
      int n = Integer.parseInt(ref.attr("href").substring("#src-".length()));
      assertThat(n).isBetween(1, sources);
    }
  }
}
