package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The seed chronicle shipped as example data and the json module's golden copy are the same file.
 */
class SeedGoldenTest {
  @Test
  void exampleDataAndJsonGoldenFileAreIdentical() throws IOException {
    Path data = Paths.get(ExampleData.file("seed-chronicle.json"));
    Path golden =
        data.toAbsolutePath()
            .getParent()
            .getParent()
            .getParent()
            .resolve("json/src/test/resources/golden/seed-chronicle.json");
    assertThat(Files.readAllBytes(data))
        .as("%s and %s", data, golden)
        .isEqualTo(Files.readAllBytes(golden));
  }
}
