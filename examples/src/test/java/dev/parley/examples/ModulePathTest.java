package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Preconditions;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import dev.parley.json.ParleyJson;
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

/**
 * parley-core and parley-json load as named modules on the module path: their module descriptors
 * resolve, the exported API is usable, the Jackson module is found through the service loader and
 * the schemas can be read.
 */
class ModulePathTest {
  private static Path location(Class<?> type) throws URISyntaxException {
    return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * Runs a probe's main class with the jars of the given classes as the module path; returns its
   * output.
   */
  private static String probe(Class<?> main, String module, Class<?>... onPath) throws Exception {
    String modulePath =
        Stream.of(onPath)
            .map(
                t -> {
                  try {
                    return location(t).toString();
                  } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .distinct()
            .collect(Collectors.joining(File.pathSeparator));
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "--module-path",
            modulePath,
            "--add-modules",
            module,
            "-cp",
            location(main).toString(),
            main.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished: " + command).isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isZero();
      return output;
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void coreAndJsonWorkAsNamedModules() throws Exception {
    assertThat(
            probe(
                ModulePathProbe.class,
                "dev.parley.json",
                Party.class,
                ParleyJson.class,
                dev.parley.json.format.JsonLimits.class,
                Preconditions.class,
                InternalFutureFailureAccess.class,
                JsonFactory.class,
                ObjectMapper.class,
                JsonProperty.class))
        .isEqualTo("dev.parley.core dev.parley.json true true" + System.lineSeparator());
  }

  @Test
  void interopWorksAsANamedModule() throws Exception {
    assertThat(
            probe(
                InteropModuleProbe.class,
                "dev.parley.interop",
                Party.class,
                dev.parley.interop.ImportReport.class,
                dev.parley.json.format.JsonLimits.class,
                Preconditions.class,
                InternalFutureFailureAccess.class,
                JsonFactory.class,
                ObjectMapper.class,
                JsonProperty.class,
                com.fasterxml.jackson.dataformat.csv.CsvMapper.class))
        .isEqualTo("dev.parley.interop UA 3 0" + System.lineSeparator());
  }
}
