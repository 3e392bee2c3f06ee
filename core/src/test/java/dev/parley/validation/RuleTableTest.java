package dev.parley.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/validation-rules.md, the code and the tests in step: every code the main sources use
 * is documented, every documented code is used, and every documented code appears in at least one
 * test other than this one.
 */
class RuleTableTest {
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| `([A-Z][A-Z0-9_]+)` \\| (error|warning|error or warning) \\|", Pattern.MULTILINE);
  private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

  private static Path root() {
    Path here = Paths.get("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("docs/validation-rules.md"))) {
      here = here.getParent();
    }
    assertThat(here).as("project root with docs/validation-rules.md").isNotNull();
    return here;
  }

  private static Set<String> documented() throws IOException {
    String table = Files.readString(root().resolve("docs/validation-rules.md"));
    Set<String> codes = new LinkedHashSet<>();
    Matcher m = ROW.matcher(table);
    while (m.find()) {
      assertThat(codes.add(m.group(1))).as("code listed once: %s", m.group(1)).isTrue();
    }
    return codes;
  }

  private static Set<String> literalsUnder(String kind, Set<String> universe) throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> modules = Files.list(root())) {
      for (Path module : modules.collect(Collectors.toList())) {
        Path src = module.resolve("src").resolve(kind).resolve("java");
        if (!Files.isDirectory(src)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(src)) {
          for (Path f :
              files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
            if (f.getFileName().toString().equals("RuleTableTest.java")) {
              continue;
            }
            Matcher m = LITERAL.matcher(withoutComments(read(f)));
            while (m.find()) {
              if (universe == null || universe.contains(m.group(1))) {
                found.add(m.group(1));
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static final Pattern COMMENT =
      Pattern.compile("/\\*.*?\\*/|(?<![:\"])//[^\n]*", Pattern.DOTALL);

  /** Code in comments (Javadoc examples) neither uses nor tests a rule. */
  private static String withoutComments(String source) {
    return COMMENT.matcher(source).replaceAll(" ");
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void tableListsRules() throws IOException {
    assertThat(documented()).contains("ID_FORMAT", "PLACE_LATITUDE_RANGE", "ESTIMATE_NEGATIVE");
  }

  @Test
  void everyDocumentedCodeIsUsedByTheCode() throws IOException {
    Set<String> documented = documented();
    Set<String> used = literalsUnder("main", documented);
    assertThat(used).containsExactlyInAnyOrderElementsOf(documented);
  }

  /**
   * Upper-case, underscore-joined string literals in main code that are not rule codes. Every other
   * such literal is taken for a rule code and must be documented.
   */
  private static final Set<String> NOT_RULES =
      Set.of(
          "IMPORT_ERROR" // parley-spark: the kind of a rejected row the importer did not import
          );

  @Test
  void everyRuleCodeInTheCodeIsDocumented() throws IOException {
    Set<String> ruleLike = literalsUnder("main", null);
    ruleLike.removeAll(NOT_RULES);
    assertThat(documented()).containsAll(ruleLike);
  }

  @Test
  void everyDocumentedCodeIsTriggeredByATest() throws IOException {
    Set<String> documented = documented();
    Set<String> tested = literalsUnder("test", documented);
    List<String> untested =
        documented.stream().filter(c -> !tested.contains(c)).collect(Collectors.toList());
    assertThat(untested).as("rule codes no test names").isEmpty();
  }

  /** The comment in front of a top-level type declaration; code examples in it may name codes. */
  private static final Pattern TYPE_DOC =
      Pattern.compile("(/\\*\\*(?:(?!\\*/).)*\\*/)\\s*(?:@[^\\n]*\\n\\s*)*public ", Pattern.DOTALL);

  @Test
  void coreClassCommentsPointToTheTableInsteadOfListingCodes() throws IOException {
    Set<String> documented = documented();
    List<String> listed = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root().resolve("core/src/main/java"))) {
      for (Path f :
          files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher doc = TYPE_DOC.matcher(read(f));
        if (doc.find()) {
          String prose = doc.group(1).replaceAll("(?s)<pre>.*?</pre>", " ");
          for (String code : documented) {
            if (prose.matches("(?s).*\\b" + code + "\\b.*")) {
              listed.add(f.getFileName() + ": " + code);
            }
          }
        }
      }
    }
    assertThat(listed)
        .as("rule codes listed in class comments; docs/validation-rules.md lists them")
        .isEmpty();
  }
}
