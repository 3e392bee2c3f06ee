package dev.parley.json.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of {@code dev.parley.json.format} names no type of the internal {@code
 * dev.parley.json.codec} package, which only the JSON modules may see.
 */
class PublicSurfaceTest {
  private static final String INTERNAL = "dev.parley.json.codec.";

  @Test
  void namesNoInternalType() throws IOException, URISyntaxException, ClassNotFoundException {
    List<Class<?>> types = publicTypes();
    assertThat(types)
        .extracting(Class::getSimpleName)
        .contains("JsonFormat", "Setup", "NdjsonReader", "ParleyJsonException", "Kind");
    List<String> exposed = new ArrayList<>();
    for (Class<?> c : types) {
      check(c.getName(), c.getGenericSuperclass(), exposed);
      for (Type t : c.getGenericInterfaces()) {
        check(c.getName(), t, exposed);
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        checkExecutable(c, k, exposed);
      }
      for (Method m : c.getDeclaredMethods()) {
        checkExecutable(c, m, exposed);
        if (visible(m.getModifiers())) {
          check(c.getName() + "." + m.getName(), m.getGenericReturnType(), exposed);
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(c.getName() + "." + f.getName(), f.getGenericType(), exposed);
        }
      }
    }
    assertThat(exposed).isEmpty();
  }

  private static void checkExecutable(Class<?> c, Executable e, List<String> exposed) {
    if (!visible(e.getModifiers())) {
      return;
    }
    for (Type t : e.getGenericParameterTypes()) {
      check(c.getName() + "." + e.getName(), t, exposed);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(c.getName() + "." + e.getName(), t, exposed);
    }
  }

  private static void check(String where, Type t, List<String> exposed) {
    if (t != null && t.getTypeName().contains(INTERNAL)) {
      exposed.add(where + ": " + t.getTypeName());
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The public types of the package, from its compiled classes. */
  private static List<Class<?>> publicTypes()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir =
        Path.of(JsonFormat.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/parley/json/format");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class") || name.equals("package-info.class")) {
          continue;
        }
        Class<?> c =
            Class.forName(
                "dev.parley.json.format." + name.substring(0, name.length() - 6),
                false,
                JsonFormat.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())
            && (c.getEnclosingClass() == null
                || Modifier.isPublic(c.getEnclosingClass().getModifiers()))
            && !c.isAnonymousClass()) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
