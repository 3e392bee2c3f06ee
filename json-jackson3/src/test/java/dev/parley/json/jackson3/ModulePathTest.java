package dev.parley.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.base.Preconditions;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.jackson3.probe.Jackson3ModuleProbe;
import dev.parley.party.Party;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * parley-core, parley-json-codec and parley-json-jackson3 load as named modules on the module path,
 * with Jackson 3's: the descriptors resolve, the exported API is usable, and {@code
 * JsonMapper.builder().findAndAddModules()} finds the module through the service loader.
 */
class ModulePathTest {
  private static String location(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theJackson3ModuleWorksAsANamedModule() throws Exception {
    String modulePath =
        Stream.of(
                Party.class,
                JsonLimits.class,
                ParleyJson.class,
                Preconditions.class,
                InternalFutureFailureAccess.class,
                JsonParser.class,
                ObjectMapper.class,
                JsonProperty.class)
            .map(ModulePathTest::location)
            .distinct()
            .collect(Collectors.joining(File.pathSeparator));
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "--module-path",
            modulePath,
            "--add-modules",
            "dev.parley.json.jackson3",
            "-cp",
            location(Jackson3ModuleProbe.class),
            Jackson3ModuleProbe.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished: " + command).isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output)
          .isEqualTo(
              "dev.parley.core dev.parley.json.codec dev.parley.json.jackson3 true"
                  + System.lineSeparator());
    } finally {
      process.destroyForcibly();
    }
  }
}
