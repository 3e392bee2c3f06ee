package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The examples/data directory, found from wherever the tests run. */
final class ExampleData {
  private ExampleData() {}

  static Path dir() {
    Path here = Paths.get("").toAbsolutePath();
    while (here != null && !Files.isDirectory(here.resolve("examples/data"))) {
      here = here.getParent();
    }
    assertThat(here).as("project root with examples/data").isNotNull();
    return here.resolve("examples/data");
  }

  static String file(String name) {
    return dir().resolve(name).toString();
  }
}
