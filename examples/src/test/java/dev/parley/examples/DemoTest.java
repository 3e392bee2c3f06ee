package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {
  static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {
      Integer.toString(code),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }

  @Test
  void demoPrintsTheSeedFacts() {
    String[] r = run();
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1])
        .contains("direct talks at Istanbul (TR-34), 2 hours")
        .contains("ru: 1000 and ua: 1000 (parity)")
        .contains("390 (270 military, 120 civilian)")
        .contains("claims Russia, Ministry of Defence on 2025-05-23")
        .contains("confirms Volodymyr Zelensky on 2025-05-23")
        .contains("transit: Belarus")
        .contains("ru: 1000: released 390, remaining 610")
        .contains("proposal by Ukraine to Russia: comprehensive, 30 days")
        .contains("condition: territorial concession (precondition, demanded by Russia)")
        .contains("condition: disarmament (precondition, demanded by Russia)")
        .contains("condition: neutrality (precondition, demanded by Russia)")
        .contains("2025-05-23: Ukraine rejected")
        .contains("ceasefire:2025-05-ua-30-day: countered")
        .contains("Russia claims captured Rakivka (UA-63)")
        .contains("claim:2025-05-23-ru-rakivka: unverified")
        .contains("Russia claims holds ~20% of UA")
        .contains("missile strike on Odesa port (UA-51) (port infrastructure): killed 1, injured 8")
        .contains("Findings: 0 error(s), 0 warning(s)")
        .contains("CAMEO 0841 / PLOVER RETREAT (release)", "CAMEO 192 / PLOVER COERCE (seize)");
    assertThat(r[2]).isEmpty();
  }

  @Test
  void unknownCommandExitsTwo() {
    String[] r = run("frobnicate");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("unknown command: frobnicate");
  }
}
