package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README is quoted, line for line, from a class of the guide, which
 * compiles with this module and whose output {@code GuideExamplesTest} checks: the tour's code
 * compiles as shown.
 */
class ReadmeSnippetsTest {
  private static final Path README = Paths.get("..", "README.md");
  private static final Path GUIDE =
      Paths.get("src", "main", "java", "dev", "parley", "examples", "guide");

  @Test
  void everyJavaSnippetIsQuotedFromATestedGuideClass() throws IOException {
    List<List<String>> snippets = snippets(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertThat(snippets).as("Java snippets in the README").hasSizeGreaterThanOrEqualTo(2);
    List<List<String>> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(GUIDE)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        sources.add(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    for (List<String> snippet : snippets) {
      assertThat(sources.stream().anyMatch(s -> contains(s, snippet)))
          .as("a guide class holds the snippet:%n%s", String.join("\n", snippet))
          .isTrue();
    }
  }

  @Test
  void aSnippetThatIsNotQuotedIsFound() {
    List<String> source = List.of("class A {", "  int x = 1;", "  int y = 2;", "}");
    assertThat(contains(source, List.of("  int x = 1;", "  int y = 2;"))).isTrue();
    assertThat(contains(source, List.of("  int x = 1;", "  int z = 3;"))).isFalse();
  }

  private static List<List<String>> snippets(List<String> readme) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = null;
    for (String line : readme) {
      if (current == null && line.equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && line.equals("```")) {
        out.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return out;
  }

  private static boolean contains(List<String> source, List<String> snippet) {
    for (int start = 0; start + snippet.size() <= source.size(); start++) {
      boolean all = true;
      for (int i = 0; i < snippet.size() && all; i++) {
        all = source.get(start + i).stripTrailing().equals(snippet.get(i).stripTrailing());
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
