package dev.parley.internal;

import dev.parley.place.Place;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The core's generated value classes, for tests that check how they store their attributes. */
final class GeneratedValueClasses {
  private GeneratedValueClasses() {}

  /** Every {@code Immutable*} class, found next to the core's compiled classes. */
  static List<Class<?>> all() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Place.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.startsWith("Immutable") && name.endsWith(".class") && !name.contains("$")) {
          String binary = root.relativize(file).toString().replace('/', '.');
          types.add(Class.forName(binary.substring(0, binary.length() - ".class".length())));
        }
      }
    }
    return types;
  }

  /** The field a type declares under that name, or null. */
  static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }
}
