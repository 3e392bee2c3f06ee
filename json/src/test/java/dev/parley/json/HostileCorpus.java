package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.chronicle.Chronicle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The valid documents that hostile-input tests start from: every golden file, the golden NDJSON
 * stream, the seed chronicle document and the streams under {@code /fuzz} (lifecycles, tranches and
 * revisions), each with what reads it.
 */
final class HostileCorpus {
  /** How a sample is read. */
  enum Shape {
    /** One record document, read with {@code readRecord} or {@code read(bytes, type)}. */
    RECORD,
    /** A chronicle document. */
    CHRONICLE,
    /** An NDJSON stream with its header. */
    NDJSON
  }

  /** One valid document. {@code type} is the class of its value (Chronicle for chronicles). */
  record Sample(String name, Shape shape, byte[] bytes, Class<?> type) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Sample> SAMPLES = load();

  private HostileCorpus() {}

  static List<Sample> samples() {
    return SAMPLES;
  }

  static Sample sample(String name) {
    return SAMPLES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  static byte[] resource(String path) {
    try (InputStream in = HostileCorpus.class.getResourceAsStream(path)) {
      assertThat(in).as("test resource %s", path).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The public type of a value: {@code Party} for {@code ImmutableParty}. */
  static Class<?> publicType(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
  }

  /**
   * The files of a resource folder, sorted, whether it lies in a folder or, for the tests of the
   * Jackson 3 module that share this corpus, in this module's test jar.
   */
  private static List<String> list(String folder) {
    try {
      java.net.URI uri = HostileCorpus.class.getResource("/" + folder).toURI();
      if (uri.getScheme().equals("jar")) {
        try (java.nio.file.FileSystem jar =
                java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
            Stream<Path> files = Files.list(jar.getPath("/" + folder))) {
          return files.map(p -> folder + "/" + p.getFileName()).sorted().toList();
        }
      }
      try (Stream<Path> files = Files.list(Path.of(uri))) {
        return files.map(p -> folder + "/" + p.getFileName()).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Sample> load() {
    List<String> names = new ArrayList<>();
    names.addAll(list("golden"));
    // lifecycle events, tranches and casualty revisions, which the golden files have few of
    names.addAll(list("fuzz"));
    ParleyJson json = ParleyJson.defaults();
    List<Sample> samples = new ArrayList<>();
    for (String name : names) {
      byte[] bytes = resource("/" + name);
      if (name.endsWith(".ndjson")) {
        samples.add(new Sample(name, Shape.NDJSON, bytes, Object.class));
      } else if (new String(bytes, StandardCharsets.UTF_8).startsWith("{\n  \"format\"")) {
        samples.add(new Sample(name, Shape.CHRONICLE, bytes, Chronicle.class));
      } else {
        samples.add(
            new Sample(name, Shape.RECORD, bytes, publicType(json.readRecord(bytes).getClass())));
      }
    }
    return List.copyOf(samples);
  }
}
