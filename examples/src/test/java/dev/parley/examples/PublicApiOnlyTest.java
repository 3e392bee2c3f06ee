package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples show users what they can write, so they use only Parley's public API: no generated
 * {@code Immutable*} classes by name and no internal packages.
 */
class PublicApiOnlyTest {
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\bdev\\.parley\\.(internal|json\\.codec|json\\.databind|interop\\.internal)\\b|\\bImmutable[A-Z]\\w*");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
      return files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
  }

  @Test
  void examplesUseOnlyThePublicApi() throws IOException {
    List<String> offences = new ArrayList<>();
    List<Path> sources = sources();
    assertThat(sources).hasSizeGreaterThan(5);
    for (Path f : sources) {
      List<String> lines = Files.readAllLines(f);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = FORBIDDEN.matcher(lines.get(i));
        if (m.find()) {
          offences.add(f + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void theCheckCatchesAnInternalImport() {
    assertThat(FORBIDDEN.matcher("import dev.parley.json.codec.records.RecordTypes;").find())
        .isTrue();
    assertThat(FORBIDDEN.matcher("ImmutableParty.builder()").find()).isTrue();
    assertThat(FORBIDDEN.matcher("import dev.parley.json.ParleyJson;").find()).isFalse();
  }
}
