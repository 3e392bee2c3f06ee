package dev.parley.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The parts of each chart stay apart when printed in greyscale: two plain fills differ clearly in
 * lightness, and no two parts share a pattern.
 */
class GreyscaleTest {
  /** Lightness of a {@code #rrggbb} colour, 0 to 255 (ITU-R BT.601 weights). */
  static double lightness(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
  }

  private static void assertApart(List<String> fills) {
    List<String> plain = fills.stream().filter(f -> f.startsWith("#")).collect(Collectors.toList());
    List<String> patterns =
        fills.stream().filter(f -> f.startsWith("url(")).collect(Collectors.toList());
    assertThat(patterns).doesNotHaveDuplicates();
    for (int i = 0; i < plain.size(); i++) {
      for (int j = i + 1; j < plain.size(); j++) {
        assertThat(Math.abs(lightness(plain.get(i)) - lightness(plain.get(j))))
            .as("%s against %s", plain.get(i), plain.get(j))
            .isGreaterThanOrEqualTo(25);
      }
    }
  }

  @Test
  void ceasefireStatusesDifferInGreyscale() {
    List<String> fills = new ArrayList<>();
    for (Map.Entry<?, String[]> e : CeasefireStrips.STYLE.entrySet()) {
      fills.add(e.getValue()[0]);
    }
    assertThat(fills).hasSize(dev.parley.ceasefire.CeasefireStatus.values().length);
    assertApart(fills);
  }

  @Test
  void fulfilmentPartsDifferInGreyscale() {
    assertApart(
        List.of(FulfilmentChart.RELEASED, "url(#pat-uncertain)", FulfilmentChart.REMAINING));
  }

  @Test
  void theCheckTellsCloseGreysApart() {
    assertThat(lightness("#ffffff")).isEqualTo(255, org.assertj.core.data.Offset.offset(0.01));
    assertThat(Math.abs(lightness("#9a9a9a") - lightness("#8fb3d9"))).isLessThan(25);
  }
}
