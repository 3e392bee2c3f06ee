package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.TokenStreamFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module uses Jackson through its public API only: no class of it extends a Jackson parser,
 * generator or factory, and no source touches a member whose name starts with {@code _}, which is
 * how Jackson marks its protected and internal fields and methods.
 */
class JacksonPublicApiTest {
  private static final List<Class<?>> FORBIDDEN =
      List.of(JsonParser.class, JsonGenerator.class, TokenStreamFactory.class);

  /**
   * An identifier starting with an underscore: Jackson's internal members, such as {@code
   * _inputPtr}.
   */
  private static final Pattern UNDERSCORED = Pattern.compile("(?<![\\w$\"])_[A-Za-z]\\w*");

  @Test
  void noClassOfTheModuleExtendsAJacksonParserGeneratorOrFactory() throws Exception {
    List<String> names = mainClassNames();
    assertThat(names)
        .as("the module's classes")
        .contains(ParleyJson.class.getName(), Jackson2Reader.class.getName());
    List<String> offenders = new ArrayList<>();
    for (String name : names) {
      Class<?> c = Class.forName(name, false, ParleyJson.class.getClassLoader());
      if (extendsJackson(c)) {
        offenders.add(name);
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void noSourceOfTheModuleUsesAnUnderscoredMember() throws IOException {
    Path sources = Paths.get("src/main/java");
    assertThat(sources).isDirectory();
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          for (String hit : underscored(lines.get(i))) {
            offenders.add(sources.relativize(f) + ":" + (i + 1) + ": " + hit);
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theChecksCatchWhatTheyLookFor() {
    assertThat(extendsJackson(Sneaky.class)).isTrue();
    assertThat(extendsJackson(ParleyJson.class)).isFalse();
    assertThat(underscored("int at = p._inputPtr + ctxt._bufferRecycler.hashCode();"))
        .containsExactly("_inputPtr", "_bufferRecycler");
    assertThat(underscored("protected JsonParser _createParser(byte[] data)"))
        .containsExactly("_createParser");
    assertThat(underscored("static final int MAX_VALUE = A_B; String s = \"snake_case\";"))
        .isEmpty();
  }

  private static boolean extendsJackson(Class<?> c) {
    return FORBIDDEN.stream().anyMatch(f -> f.isAssignableFrom(c));
  }

  private static List<String> underscored(String line) {
    String code = line.strip().startsWith("*") || line.strip().startsWith("//") ? "" : line;
    List<String> hits = new ArrayList<>();
    Matcher m = UNDERSCORED.matcher(code);
    while (m.find()) {
      hits.add(m.group());
    }
    return hits;
  }

  /** The binary names of every class compiled from the module's main sources. */
  private static List<String> mainClassNames() throws IOException, URISyntaxException {
    Path root =
        Paths.get(ParleyJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(s -> s.endsWith(".class") && !s.equals("module-info.class"))
          .map(
              s ->
                  s.substring(0, s.length() - ".class".length())
                      .replace('/', '.')
                      .replace('\\', '.'))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** What the check must catch. */
  @SuppressWarnings("serial")
  private static final class Sneaky extends JsonFactory {}
}
