package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.Bytes;
import dev.parley.chronicle.Chronicle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build compiles string concatenation to {@code StringBuilder} calls ({@code
 * -XDstringConcat=inline} in the parent pom), so that a fresh JVM does not bootstrap a method
 * handle chain, and spin its classes, for each concatenation it meets first, as the findings of a
 * {@code validate} run meet dozens. This test fails if the option is lost.
 */
class StringConcatTest {
  @Test
  void noClassOfTheCoreBootstrapsItsStringConcatenation() throws Exception {
    URI location = Chronicle.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path root = Path.of(location);
    List<String> scanned = new ArrayList<>();
    List<String> indy = new ArrayList<>();
    if (Files.isDirectory(root)) {
      scan(root, scanned, indy);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
        scan(jar.getPath("/"), scanned, indy);
      }
    }
    assertThat(scanned).hasSizeGreaterThan(100);
    assertThat(indy).isEmpty();
  }

  private static void scan(Path root, List<String> scanned, List<String> indy) throws Exception {
    byte[] marker = "makeConcatWithConstants".getBytes(StandardCharsets.US_ASCII);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        byte[] bytes = Files.readAllBytes(f);
        scanned.add(f.toString());
        if (Bytes.indexOf(bytes, marker) >= 0) {
          indy.add(root.relativize(f).toString());
        }
      }
    }
  }
}
