package dev.parley.json.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.records.ChronicleCodec;
import dev.parley.json.codec.vocabulary.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The codec packages depend on each other in one direction only: the reading and writing support
 * ({@code io}) on none of the others, the vocabulary on the support, the records on both, and the
 * engine on all three. Checked on the compiled classes: every class name in each class file's
 * constant pool (references, descriptors and generic signatures).
 */
class PackageRolesTest {
  private static final String BASE = "dev/parley/json/codec/";

  /** A class name in a class file, under the codec packages: its package is group 1. */
  private static final Pattern CODEC_CLASS =
      Pattern.compile("dev/parley/json/codec/(\\w+/)?[\\w$]+");

  /** The packages each package may use besides itself; the engine may use all. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "io", Set.of(),
          "vocabulary", Set.of("io"),
          "records", Set.of("io", "vocabulary"));

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() throws IOException {
    Map<String, Set<String>> wrong = new TreeMap<>();
    int classes = 0;
    for (String pkg : ALLOWED.keySet()) {
      for (Path file : classFiles(pkg)) {
        classes++;
        Set<String> bad = misplaced(pkg, codecClassesUsed(Files.readAllBytes(file)));
        if (!bad.isEmpty()) {
          wrong.put(pkg + "/" + file.getFileName(), bad);
        }
      }
    }
    assertThat(classes).isGreaterThan(60);
    assertThat(wrong).as("classes using a package they must not use").isEmpty();
  }

  @Test
  void theScanSeesUpwardReferencesInFieldsSignaturesAndCalls() throws IOException {
    Set<String> chronicle = codecClassesUsed(bytes(ChronicleCodec.class));
    assertThat(chronicle).contains(BASE + "io/Header", BASE + "records/RecordCodec");
    assertThat(misplaced("records", chronicle)).isEmpty();
    // The same class in the support, or in the vocabulary, would be caught.
    assertThat(misplaced("io", chronicle)).contains(BASE + "records/RecordCodec");
    assertThat(misplaced("vocabulary", chronicle)).contains(BASE + "records/RecordCodec");
    Set<String> vocabulary = codecClassesUsed(bytes(Vocabulary.class));
    assertThat(vocabulary).contains(BASE + "io/Codec", BASE + "vocabulary/EnumCodec");
    assertThat(misplaced("io", vocabulary)).contains(BASE + "vocabulary/EnumCodec");
    assertThat(misplaced("io", codecClassesUsed(bytes(Codecs.class))))
        .contains(BASE + "Codecs", BASE + "records/RecordTypes", BASE + "vocabulary/Vocabulary");
    assertThat(misplaced("io", codecClassesUsed(bytes(Codec.class)))).isEmpty();
  }

  /** Returns the classes of {@code used} that a class of package {@code pkg} must not use. */
  private static Set<String> misplaced(String pkg, Set<String> used) {
    Set<String> allowed = ALLOWED.get(pkg);
    Set<String> bad = new TreeSet<>();
    for (String c : used) {
      String p = packageOf(c);
      if (!p.equals(pkg) && !allowed.contains(p)) {
        bad.add(c);
      }
    }
    return bad;
  }

  private static String packageOf(String internalName) {
    String rest = internalName.substring(BASE.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? "" : rest.substring(0, slash);
  }

  private static List<Path> classFiles(String pkg) throws IOException {
    Path root;
    try {
      root = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path dir = root.resolve(BASE + pkg);
    assertThat(dir).as("compiled classes of %s", pkg).isDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = new ArrayList<>();
      files.filter(f -> f.toString().endsWith(".class")).sorted().forEach(list::add);
      return list;
    }
  }

  private static byte[] bytes(Class<?> type) {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      assertThat(in).as("class file of %s", type).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the codec classes named in a class file's constant pool, in internal form ({@code
   * dev/parley/json/codec/io/Codec}), the class itself included.
   */
  static Set<String> codecClassesUsed(byte[] classFile) throws IOException {
    Set<String> names = new TreeSet<>();
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    assertThat(in.readInt()).as("class file magic").isEqualTo(0xCAFEBABE);
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> {
          Matcher m = CODEC_CLASS.matcher(in.readUTF());
          while (m.find()) {
            names.add(m.group());
          }
        }
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++;
        }
        default -> throw new IllegalStateException("unknown constant pool tag " + tag);
      }
    }
    return ImmutableSortedSet.copyOf(names);
  }
}
