package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.chronicle.Chronicle;
import dev.parley.examples.ChronicleFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium loads the page from disk, and the test checks the
 * DOM it dumps and that its screenshot is not blank. The seed chronicle's page and screenshot are
 * kept under {@code target/report/} as build artifacts; {@code docs/report-seed.png} is a copy of
 * that screenshot.
 */
class BrowserReportTest {
  /**
   * The window the screenshot is taken in: wide enough for the charts, tall enough for the first
   * sections.
   */
  static final String WINDOW = "--window-size=1100,2000";

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir Path work;

  static Path artifacts() throws IOException {
    return Files.createDirectories(Paths.get("target", "report"));
  }

  static Path seedFile() {
    Path here = Paths.get("").toAbsolutePath();
    while (here != null
        && !Files.isRegularFile(here.resolve("examples/data/seed-chronicle.json"))) {
      here = here.getParent();
    }
    assertThat(here).as("project root with examples/data").isNotNull();
    return here.resolve("examples/data/seed-chronicle.json");
  }

  @Test
  void chromiumBuildsTheSeedReportsDom() throws Exception {
    Chromium chromium = Chromium.require();
    Chronicle seed = ChronicleFiles.read(seedFile());
    Path page = artifacts().resolve("seed-report.html");
    HtmlReport.of(seed).write(page);
    Chromium.Run run = chromium.run(page, work, TIMEOUT, "--dump-dom");
    assertThat(run.exitCode).as(run.stderr).isZero();
    Document dom = Jsoup.parse(run.stdout);
    for (String id :
        new String[] {
          "timeline",
          "fulfilment",
          "ceasefires",
          "territory",
          "casualties",
          "records",
          "findings",
          "sources"
        }) {
      assertThat(dom.getElementById(id)).as(id).isNotNull();
    }
    assertThat(dom.select("#records li.record")).hasSize(seed.records().size());
    assertThat(dom.select("#timeline svg g.mark"))
        .hasSizeGreaterThanOrEqualTo(seed.records().size());
    assertThat(dom.select("#fulfilment g.bar")).hasSize(2);
    assertThat(dom.select("#sources ol.sources > li")).isNotEmpty();
    assertThat(dom.title()).isEqualTo("Chronicle report, as of 23 May 2025");
  }

  @Test
  void chromiumDrawsTheSeedReport() throws Exception {
    Chromium chromium = Chromium.require();
    Path page = artifacts().resolve("seed-report.html");
    HtmlReport.of(ChronicleFiles.read(seedFile())).write(page);
    Path png = artifacts().resolve("seed-report.png");
    Files.deleteIfExists(png);
    Chromium.Run run =
        chromium.run(
            page,
            work,
            TIMEOUT,
            "--hide-scrollbars",
            WINDOW,
            "--screenshot=" + png.toAbsolutePath());
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertThat(png).exists();
    assertNotBlank(ImageIO.read(png.toFile()));
  }

  @Test
  void chromiumPrintsTheSeedReportOnA4() throws Exception {
    Chromium chromium = Chromium.require();
    Path page = work.resolve("seed-report.html");
    HtmlReport.of(ChronicleFiles.read(seedFile())).write(page);
    Path pdf = work.resolve("seed-report.pdf");
    Chromium.Run run =
        chromium.run(
            page,
            work,
            TIMEOUT,
            "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf.toAbsolutePath());
    assertThat(run.exitCode).as(run.stderr).isZero();
    String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher box =
        java.util.regex.Pattern.compile("/MediaBox\\s*\\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
    int pages = 0;
    while (box.find()) {
      pages++;
      assertThat(Double.parseDouble(box.group(1)))
          .as("A4 width in points")
          .isCloseTo(595, org.assertj.core.data.Offset.offset(1.0));
      assertThat(Double.parseDouble(box.group(2)))
          .as("A4 height in points")
          .isCloseTo(842, org.assertj.core.data.Offset.offset(1.0));
    }
    assertThat(pages).as("pages").isBetween(2, 12);
  }

  @Test
  void chromiumDrawsALargeReport() throws Exception {
    Chromium chromium = Chromium.require();
    Path page = work.resolve("large-report.html");
    HtmlReport.of(LargeReportTest.chronicle()).write(page);
    Path png = work.resolve("large-report.png");
    Chromium.Run run =
        chromium.run(
            page,
            work,
            TIMEOUT,
            "--hide-scrollbars",
            WINDOW,
            "--screenshot=" + png.toAbsolutePath());
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertNotBlank(ImageIO.read(png.toFile()));
  }

  @Test
  void chromiumShowsOnePageOfRecordsAtATime() throws Exception {
    Chromium chromium = Chromium.require();
    Chronicle c = dev.parley.testing.ChronicleGen.chronicle(5, 60);
    HtmlReport paged = HtmlReport.of(c).withLimits(1, 1, 5);
    HtmlReport whole = HtmlReport.of(c).withLimits(1, 1, 1000);
    assertThat(HtmlReportTest.render(paged).select("#records section.page")).hasSizeGreaterThan(5);
    int pagedBottom = sheetBottom(chromium, paged, "paged");
    int wholeBottom = sheetBottom(chromium, whole, "whole");
    assertThat(pagedBottom)
        .as("the paged sheet ends well above the whole one (%s)", wholeBottom)
        .isLessThan(wholeBottom - 1500);
  }

  /** Renders the page in a tall window and returns the last row of the white sheet. */
  private int sheetBottom(Chromium chromium, HtmlReport report, String name) throws Exception {
    Path page = work.resolve(name + ".html");
    report.write(page);
    Path png = work.resolve(name + ".png");
    Chromium.Run run =
        chromium.run(
            page,
            work,
            TIMEOUT,
            "--hide-scrollbars",
            "--window-size=1000,6000",
            "--screenshot=" + png.toAbsolutePath());
    assertThat(run.exitCode).as(run.stderr).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    int last = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        if ((image.getRGB(x, y) & 0xffffff) == 0xffffff) {
          last = y;
          break;
        }
      }
    }
    return last;
  }

  /**
   * Many colours, and a good share of the page drawn on: text, bars and strips, not an empty sheet.
   */
  static void assertNotBlank(BufferedImage image) {
    assertThat(image).isNotNull();
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 3 * 200) {
          inked++;
        }
      }
    }
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
    assertThat((double) inked / ((long) image.getWidth() * image.getHeight()))
        .as("share of dark pixels")
        .isGreaterThan(0.02);
  }
}
