package dev.parley.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The sample files under {@code examples/data/interop}, and a sink that keeps what it gets. */
final class SampleData {
  static final Path DIR = Paths.get("..", "examples", "data", "interop");

  private SampleData() {}

  static InputStream open(String name) {
    try {
      return Files.newInputStream(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports one sample file, keeping every value in order. */
  static Imported read(Importer importer, String name) {
    List<Object> values = new ArrayList<>();
    try (InputStream in = open(name)) {
      ImportReport report = importer.read(in, name, RecordSink.of(values::add));
      return new Imported(report, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Imported(ImportReport report, List<Object> values) {
    <T> List<T> all(Class<T> type) {
      return values.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T> T byId(Class<T> type, String id) {
      return all(type).stream()
          .filter(v -> id(v).equals(id))
          .findFirst()
          .orElseThrow(
              () -> new AssertionError("no " + type.getSimpleName() + " " + id + " in " + values));
    }

    private static String id(Object v) {
      if (v instanceof dev.parley.record.ChronicleRecord r) {
        return r.id().value();
      }
      if (v instanceof dev.parley.party.Party p) {
        return p.id().value();
      }
      return ((dev.parley.place.Place) v).id().value();
    }

    List<String> findings() {
      return report.findings().stream().map(ImportFinding::toString).toList();
    }
  }
}
