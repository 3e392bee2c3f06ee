package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.chronicle.Chronicle;
import dev.parley.testing.ChronicleGen;
import dev.parley.testing.Laws;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Whatever the chronicle (consistent or with duplicates and dangling references), whatever the day
 * and the limits, the page lists every record once, links only to what it holds, and has unique
 * ids.
 */
class ReportLawsTest {
  private static Document check(Chronicle c, HtmlReport report) {
    Document doc = Jsoup.parse(report.render());
    assertThat(doc.select("#records li.record")).hasSize(c.records().size());
    List<String> ids = doc.select("[id]").eachAttr("id");
    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).as("ids are unique").hasSize(ids.size());
    for (Element link : doc.select("a[href^=#]")) {
      assertThat(unique).as(link.outerHtml()).contains(link.attr("href").substring(1));
    }
    for (Element use : doc.select("[fill^=url(#]")) {
      String fill = use.attr("fill");
      assertThat(unique).as(fill).contains(fill.substring("url(#".length(), fill.length() - 1));
    }
    int pages = (c.records().size() + report.pageSize() - 1) / report.pageSize();
    assertThat(doc.select("#records section.page")).hasSize(Math.max(1, pages));
    return doc;
  }

  @Test
  void rendersAnyChronicleAsOfAnyInstant() {
    Laws.qt()
        .forAll(ChronicleGen.chronicles(), ChronicleGen.instants())
        .checkAssert((c, at) -> check(c, HtmlReport.of(c).withAsOf(at)));
  }

  @Test
  void rendersDefectiveChroniclesWithTheirFindings() {
    Laws.qt()
        .forAll(ChronicleGen.defective())
        .checkAssert(
            c -> {
              Document doc = check(c, HtmlReport.of(c));
              if (!c.validate().findings().isEmpty()) {
                assertThat(doc.select("#findings ul.findings li")).isNotEmpty();
              }
            });
  }

  @Test
  void keepsItsShapeUnderAnyLimits() {
    Laws.qt()
        .forAll(
            ChronicleGen.chronicles(),
            integers().between(1, 30),
            integers().between(1, 5),
            integers().between(1, 12))
        .checkAssert(
            (c, marks, items, perPage) -> {
              Document doc = check(c, HtmlReport.of(c).withLimits(marks, items, perPage));
              assertThat(doc.select("#fulfilment figure.fulfilment").size())
                  .isLessThanOrEqualTo(items);
              assertThat(doc.select("#ceasefires g.strip").size()).isLessThanOrEqualTo(items);
              assertThat(doc.select("#casualty-chart g.incident").size())
                  .isLessThanOrEqualTo(items);
              assertThat(doc.select("#territory g.place").size()).isLessThanOrEqualTo(items);
              if (!doc.select("#timeline g.mark").isEmpty()) {
                assertThat(doc.select("#timeline g.mark").size()).isLessThanOrEqualTo(marks);
              }
            });
  }
}
