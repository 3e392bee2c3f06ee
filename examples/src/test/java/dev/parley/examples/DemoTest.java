package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {
  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void demoPrintsTheSeedPartiesAndPlaces() {
    String[] r = run();
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("Russia", "Ukraine", "Belarus", "Volodymyr Zelensky", "acting for ua")
        .contains("Rakivka", "UA-63", "Odesa port", "UA-51", "Chernihiv region", "UA-74", "Kursk region", "RU-KRS", "Istanbul");
  }

  @Test
  void unknownCommandExitsTwo() {
    String[] r = run("frobnicate");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("unknown command: frobnicate");
  }
}
