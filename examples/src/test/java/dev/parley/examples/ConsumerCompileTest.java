package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that depends on parley-core and parley-json, and on nothing else, compiles with
 * every lint warning turned into an error: the class path Maven gives it (this module's, which
 * declares only those two) carries every annotation Parley's classes refer to.
 */
class ConsumerCompileTest {
  private static final String APP =
      String.join(
          "\n",
          "package consumer;",
          "",
          "import dev.parley.chronicle.Chronicle;",
          "import dev.parley.json.format.ErrorMode;",
          "import dev.parley.json.format.NdjsonReader;",
          "import dev.parley.json.ParleyJson;",
          "import dev.parley.party.Party;",
          "import dev.parley.party.PartyId;",
          "import dev.parley.party.PartyKind;",
          "",
          "/** A consumer of the library. */",
          "public final class App {",
          "  private App() {}",
          "",
          "  /**",
          "   * Writes a party and reads a stream.",
          "   *",
          "   * @param ndjson a stream",
          "   * @return the number of records",
          "   */",
          "  public static int run(byte[] ndjson) {",
          "    Party p = Party.builder().id(PartyId.of(\"ua\")).name(\"Ukraine\").kind(PartyKind.STATE).build();",
          "    String text = ParleyJson.defaults().write(p);",
          "    Chronicle.Builder chronicle = Chronicle.builder().addParties(ParleyJson.defaults().read(text, Party.class));",
          "    int n = 0;",
          "    try (NdjsonReader r = ParleyJson.defaults().ndjsonReader(ndjson, ErrorMode.COLLECT)) {",
          "      while (r.hasNext()) {",
          "        r.next();",
          "        n++;",
          "      }",
          "    }",
          "    return n + chronicle.build().parties().size();",
          "  }",
          "}",
          "");

  @Test
  void anApplicationCompilesWithAllLintWarningsAsErrors(@TempDir Path out) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject source =
        new SimpleJavaFileObject(
            URI.create("string:///consumer/App.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return APP;
          }
        };
    StringWriter messages = new StringWriter();
    List<String> options =
        List.of(
            "--release",
            "17",
            "-Xlint:all",
            "-Werror",
            "-proc:none",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            out.toString());
    boolean ok = javac.getTask(messages, null, null, options, null, List.of(source)).call();
    assertThat(messages.toString()).isEmpty();
    assertThat(ok).isTrue();
    assertThat(Files.exists(out.resolve("consumer/App.class"))).isTrue();
  }
}
