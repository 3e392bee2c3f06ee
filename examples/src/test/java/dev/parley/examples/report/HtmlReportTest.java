package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.TimePoint;
import dev.parley.chronicle.Chronicle;
import dev.parley.estimate.Estimate;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.party.Party;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.testing.SeedStory;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The report's structure, read back with a real HTML parser. */
class HtmlReportTest {
  private static final List<String> SECTIONS =
      List.of(
          "timeline",
          "fulfilment",
          "ceasefires",
          "territory",
          "casualties",
          "records",
          "findings",
          "sources");

  static Document render(HtmlReport report) {
    return Jsoup.parse(report.render());
  }

  private static Document seed() {
    return render(HtmlReport.of(SeedStory.chronicle()));
  }

  @Test
  void hasEverySectionWithAHeading() {
    Document doc = seed();
    for (String id : SECTIONS) {
      Element section = doc.getElementById(id);
      assertThat(section).as(id).isNotNull();
      assertThat(section.tagName()).isEqualTo("section");
      assertThat(section.selectFirst("h2").text()).as(id).isNotBlank();
      assertThat(doc.select("nav.toc a[href=#" + id + "]")).as("contents link to " + id).hasSize(1);
    }
    assertThat(doc.title()).isEqualTo("Chronicle report, as of 23 May 2025");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void listsOneElementPerRecordInDatedOrder() {
    Chronicle seed = SeedStory.chronicle();
    Elements items = seed().select("#records li.record");
    assertThat(items).hasSize(seed.records().size());
    assertThat(items.eachAttr("data-record-id"))
        .containsExactlyInAnyOrderElementsOf(
            seed.records().stream().map(r -> r.id().value()).collect(Collectors.toList()));
    List<String> dates =
        items.stream()
            .map(e -> e.selectFirst("time").attr("datetime"))
            .collect(Collectors.toList());
    assertThat(dates).isSorted();
    assertThat(items.first().attr("data-record-id")).isEqualTo("ceasefire:2025-05-ua-30-day");
  }

  @Test
  void drawsOneTimelineMarkPerRecordResponseAndEvent() {
    Chronicle seed = SeedStory.chronicle();
    long responsesAndEvents =
        seed.records(CeasefireProposal.class).stream()
            .mapToLong(p -> p.responses().size() + p.events().size())
            .sum();
    Elements marks = seed().select("#timeline svg g.mark");
    assertThat(marks).hasSize(seed.records().size() + (int) responsesAndEvents);
    for (Element mark : marks) {
      assertThat(mark.selectFirst("title").text()).isNotBlank();
      assertThat(mark.parent().attr("href")).startsWith("#rec-");
    }
  }

  @Test
  void drawsAMonthDatedRecordAsASpanAcrossTheMonth() {
    Incident may =
        SeedStory.ODESA_STRIKE
            .withId(RecordId.of("incident:2025-05-somewhere"))
            .withDate(ReportedDate.ofMonth(YearMonth.of(2025, 5)));
    Chronicle c =
        Chronicle.builder()
            .addAllParties(SeedStory.PARTIES)
            .addAllPlaces(SeedStory.PLACES)
            .addRecords(SeedStory.ODESA_STRIKE, may)
            .build();
    Document doc = render(HtmlReport.of(c));
    Element dayMark = mark(doc, "incident:2025-05-23-odesa-port");
    Element monthMark = mark(doc, "incident:2025-05-somewhere");
    double day = Double.parseDouble(dayMark.selectFirst("rect").attr("width"));
    double month = Double.parseDouble(monthMark.selectFirst("rect").attr("width"));
    assertThat(month / day).isCloseTo(31, org.assertj.core.data.Offset.offset(0.5));
    assertThat(monthMark.selectFirst("rect").attr("fill")).startsWith("url(#hatch-");
    assertThat(dayMark.selectFirst("rect").attr("fill")).startsWith("#");
    assertThat(monthMark.selectFirst("text").text()).startsWith("≈ ");
    assertThat(doc.select("li.record[data-record-id=incident:2025-05-somewhere] time").text())
        .isEqualTo("May 2025 (month)");
  }

  private static Element mark(Document doc, String recordId) {
    String anchor = doc.selectFirst("li.record[data-record-id=" + recordId + "]").id();
    Elements marks = doc.select("#timeline a[href=#" + anchor + "] g.mark");
    assertThat(marks).as(recordId).hasSize(1);
    return marks.first();
  }

  @Test
  void drawsFulfilmentBarsPerSideAsOfTheLatestDay() {
    Document doc = seed();
    Elements bars = doc.select("#fulfilment g.bar");
    assertThat(bars.eachAttr("data-side")).containsExactly("ru", "ua");
    for (Element bar : bars) {
      double quota = Double.parseDouble(bar.selectFirst("rect.seg-remaining").attr("width"));
      double released = Double.parseDouble(bar.selectFirst("rect.seg-released").attr("width"));
      assertThat(released / quota).isCloseTo(0.39, org.assertj.core.data.Offset.offset(0.001));
      assertThat(bar.text()).contains("390 released, 610 remaining");
      assertThat(bar.select("rect.seg-uncertain")).isEmpty();
      assertThat(bar.selectFirst("rect.seg-released title").text())
          .contains("exchange:2025-05-23", "Russia, Ministry of Defence", "Volodymyr Zelensky");
    }
    assertThat(doc.selectFirst("#fulfilment figcaption").text())
        .contains("1 tranche(s) counted as of 23 May 2025");
  }

  @Test
  void showsATrancheDatedToARangeAsUncertainUntilItsLastDay() {
    var ranged =
        SeedStory.FIRST_TRANCHE.withDate(
            ReportedDate.between(LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 25)));
    Chronicle c =
        Chronicle.builder()
            .addAllParties(SeedStory.PARTIES)
            .addAllPlaces(SeedStory.PLACES)
            .addRecords(SeedStory.THOUSAND_FOR_THOUSAND, ranged)
            .build();
    HtmlReport during =
        HtmlReport.of(c).withAsOf(ZonedDateTime.of(2025, 5, 24, 23, 59, 0, 0, ZoneOffset.UTC));
    Element bar = render(during).selectFirst("#fulfilment g.bar[data-side=ru]");
    assertThat(bar.select("rect.seg-released"))
        .allSatisfy(r -> assertThat(r.attr("width")).isEqualTo("0.0"));
    assertThat(bar.select("rect.seg-uncertain")).hasSize(1);
    assertThat(bar.text()).contains("0 released, up to 390 more uncertain, 1,000 remaining");
    Element after = render(HtmlReport.of(c)).selectFirst("#fulfilment g.bar[data-side=ru]");
    assertThat(after.select("rect.seg-uncertain")).isEmpty();
    assertThat(after.text()).contains("390 released, 610 remaining");
  }

  @Test
  void drawsEachProposalsStatusOverTime() {
    Document doc = seed();
    assertThat(statuses(doc, "ceasefire:2025-05-ua-30-day"))
        .containsExactly("proposed", "countered");
    assertThat(statuses(doc, "ceasefire:2025-05-ru-preconditions"))
        .containsExactly("proposed", "rejected");
    Element rejected =
        doc.selectFirst(
            "g.strip[data-proposal=ceasefire:2025-05-ru-preconditions] g[data-status=rejected]");
    assertThat(rejected.selectFirst("title").text()).startsWith("rejected, 23 May 2025");
    assertThat(doc.selectFirst("#ceasefire-desc").text())
        .contains("proposed 16 May 2025 to 22 May 2025", "rejected 23 May 2025");
  }

  private static List<String> statuses(Document doc, String proposal) {
    return doc.select("g.strip[data-proposal=" + proposal + "] g.status").eachAttr("data-status");
  }

  @Test
  void marksAllegedBreachesOnTheStrip() {
    CeasefireProposal breached =
        SeedStory.THIRTY_DAY_CEASEFIRE
            .withResponses()
            .withEvents(
                LifecycleEvent.of(
                    LifecycleEventType.ACCEPTED_BY_ALL, TimePoint.ofDay(LocalDate.of(2025, 5, 12))),
                LifecycleEvent.of(
                    LifecycleEventType.IN_EFFECT, TimePoint.ofDay(LocalDate.of(2025, 5, 14))),
                LifecycleEvent.breachAlleged(
                    TimePoint.ofDay(LocalDate.of(2025, 5, 20)),
                    SeedStory.UKRAINE.id(),
                    SeedStory.RUSSIA.id()));
    Chronicle c =
        Chronicle.builder()
            .addAllParties(SeedStory.PARTIES)
            .addAllPlaces(SeedStory.PLACES)
            .addRecords(breached)
            .build();
    Document doc =
        render(
            HtmlReport.of(c).withAsOf(ZonedDateTime.of(2025, 5, 23, 23, 59, 0, 0, ZoneOffset.UTC)));
    Elements breaches = doc.select("g.strip g.breach");
    assertThat(breaches).hasSize(1);
    assertThat(breaches.first().selectFirst("title").text())
        .startsWith("Breach alleged 20 May 2025 by Ukraine against Russia");
    assertThat(statuses(doc, "ceasefire:2025-05-ua-30-day"))
        .containsExactly("proposed", "accepted", "in_effect");
    assertThat(doc.select("#timeline g.mark[data-lane=responses]")).hasSize(3);
  }

  @Test
  void setsClaimsAgainstAssessedControlPerPlace() {
    Document doc = seed();
    Elements places = doc.select("#territory g.place");
    assertThat(places.eachAttr("data-place")).containsExactly("ua:rakivka");
    Element claim = places.first().selectFirst("g.claim");
    assertThat(claim.attr("data-record-id")).isEqualTo("claim:2025-05-23-ru-rakivka");
    assertThat(claim.selectFirst("title").text())
        .contains(
            "Russia claims: captured (armed), 23 May 2025; unverified",
            "Russia, Ministry of Defence");
    assertThat(places.first().select("g.control")).isEmpty();
    assertThat(doc.selectFirst("#territory-desc").text())
        .contains("no assessment of control", "never contested");
    assertThat(
            doc.select("#territory table tr[data-record-id=claim:2025-05-23-ru-share-of-ua]")
                .text())
        .contains("holds about 20% of UA (armed)", "unverified");
  }

  @Test
  void marksContestedPeriodsWhenTwoSidesClaimControl() {
    var counter =
        SeedStory.RAKIVKA_CLAIM
            .withId(RecordId.of("claim:ua-rakivka"))
            .withClaimant(SeedStory.UKRAINE.id())
            .withKind(dev.parley.territory.ClaimKind.HOLDS)
            .withAsOf(ReportedDate.ofDay(LocalDate.of(2025, 5, 25)));
    Chronicle c =
        Chronicle.builder()
            .addAllParties(SeedStory.PARTIES)
            .addAllPlaces(SeedStory.PLACES)
            .addRecords(SeedStory.RAKIVKA_CLAIM, counter)
            .build();
    Document doc =
        render(
            HtmlReport.of(c).withAsOf(ZonedDateTime.of(2025, 5, 27, 23, 59, 0, 0, ZoneOffset.UTC)));
    Elements contested = doc.select("#territory g.place g.contested");
    assertThat(contested).hasSize(1);
    assertThat(contested.first().selectFirst("title").text())
        .isEqualTo("contested 25 May 2025 to 27 May 2025");
  }

  @Test
  void givesCasualtiesWithLowBestHighAndEveryRevision() {
    Incident revised =
        SeedStory.ODESA_STRIKE.revisedBy(
            CasualtyRevision.builder()
                .date(ReportedDate.ofDay(LocalDate.of(2025, 5, 24)))
                .killed(Estimate.range(2, 3, 5))
                .injured(Estimate.atLeast(10))
                .addSource(
                    Statement.of(
                        Source.builder().outlet("Regional administration").build(), Stance.CLAIMS))
                .build());
    Chronicle c =
        Chronicle.builder()
            .addAllParties(SeedStory.PARTIES)
            .addAllPlaces(SeedStory.PLACES)
            .addRecords(revised)
            .build();
    Document doc = render(HtmlReport.of(c));
    assertThat(doc.select("#casualty-chart g.revision")).hasSize(2);
    assertThat(doc.select("#casualty-chart g.revision.current")).hasSize(1);
    Elements rows = doc.select("#casualties table tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text())
        .contains("23 May 2025 (revised later)", "1 / 1 / 1", "8 / 8 / 8");
    assertThat(rows.get(1).text()).contains("24 May 2025 (current)", "2 / 3 / 5", "10 / – / –");
    assertThat(rows.get(1).selectFirst("td.num").attr("title")).contains("Regional administration");
    assertThat(doc.selectFirst("#casualties p.summary").text())
        .contains("2 to 5, best 3 killed", "at least 10 injured");
  }

  @Test
  void namesTheSourcesOfEveryFigureOnHoverAndInAPrintableList() {
    Chronicle seed = SeedStory.chronicle();
    Document doc = seed();
    Set<Source> all = new HashSet<>();
    for (ChronicleRecord r : seed.records()) {
      RecordList.statements(r).forEach(s -> all.add(s.source()));
    }
    Elements listed = doc.select("#sources ol.sources > li");
    assertThat(listed).hasSize(all.size());
    Set<String> ids = new HashSet<>(listed.eachAttr("id"));
    Elements refs = doc.select("a.ref");
    assertThat(refs).isNotEmpty();
    for (Element ref : refs) {
      assertThat(ids).contains(ref.attr("href").substring(1));
      assertThat(ref.attr("title")).isNotBlank();
    }
    for (Element figure : doc.select("span.figure")) {
      assertThat(figure.attr("title")).startsWith("Sources: [");
    }
    assertThat(doc.select("span.figure")).hasSizeGreaterThanOrEqualTo(3);
    for (Element item : doc.select("li.record")) {
      ChronicleRecord r = seed.record(RecordId.of(item.attr("data-record-id"))).orElseThrow();
      int distinct =
          (int) RecordList.statements(r).stream().map(Statement::source).distinct().count();
      assertThat(item.select("p.rec-sources a.ref")).as(r.id().value()).hasSize(distinct);
    }
    assertThat(doc.selectFirst("#sources").text())
        .contains("Russia, Ministry of Defence, published 23 May 2025");
  }

  @Test
  void everyChartHasATextAlternative() {
    Document doc = seed();
    Elements charts = doc.select("main svg[role=img]");
    assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
    for (Element svg : charts) {
      String[] labelledBy = svg.attr("aria-labelledby").split(" ");
      assertThat(labelledBy).hasSize(2);
      for (String id : labelledBy) {
        Element label = doc.getElementById(id);
        assertThat(label).as(id).isNotNull();
        assertThat(label.text()).as(id).isNotBlank();
        assertThat(label.parent()).isEqualTo(svg);
      }
    }
  }

  @Test
  void isSelfContained() {
    String html = HtmlReport.of(SeedStory.chronicle()).render();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(doc.select("[src]")).isEmpty();
    assertThat(doc.select("[href]").eachAttr("href"))
        .allSatisfy(h -> assertThat(h).startsWith("#"));
    String css = doc.select("style").html();
    assertThat(css).doesNotContain("@import", "url(", "@font-face");
    assertThat(css).contains("@page{size:A4", "@media print");
    List<String> ids = doc.select("[id]").eachAttr("id");
    assertThat(new HashSet<>(ids)).as("ids are unique").hasSize(ids.size());
  }

  @Test
  void escapesTextFromTheFile() {
    Party odd = SeedStory.RUSSIA.withName("<script>alert(\"x\")</script> & 'Co'");
    List<Party> parties = new ArrayList<>(SeedStory.PARTIES);
    parties.set(0, odd);
    Chronicle c =
        Chronicle.builder()
            .addAllParties(parties)
            .addAllPlaces(SeedStory.PLACES)
            .addAllRecords(SeedStory.RECORDS)
            .build();
    String html = HtmlReport.of(c).render();
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("#fulfilment text.bar-label").text())
        .isEqualTo("<script>alert(\"x\")</script> & 'Co'");
  }

  @Test
  void rendersAnEmptyChronicle() {
    Document doc = render(HtmlReport.of(Chronicle.empty()));
    assertThat(doc.select("li.record")).isEmpty();
    assertThat(doc.getElementById("timeline").text()).contains("The file has no records.");
    assertThat(doc.getElementById("sources").text()).contains("The file gives no sources.");
  }

  @Test
  void rejectsLimitsBelowOne() {
    HtmlReport r = HtmlReport.of(Chronicle.empty());
    assertThatThrownBy(() -> r.withLimits(0, 1, 1))
        .hasMessage("timeline marks must be one or more, was 0");
    assertThatThrownBy(() -> r.withLimits(1, 0, 1))
        .hasMessage("chart items must be one or more, was 0");
    assertThatThrownBy(() -> r.withLimits(1, 1, -2))
        .hasMessage("records per page must be one or more, was -2");
    assertThatThrownBy(() -> r.withTitle(" ")).hasMessage("a title must not be blank, was \" \"");
    assertThat(r.withLimits(2, 3, 4).pageSize()).isEqualTo(4);
    assertThat(r.withTitle("Desk view").render()).contains("<h1>Desk view</h1>");
  }
}
