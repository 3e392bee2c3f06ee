package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shared harness of the bad-input corpus tests: one case is a document, the type it is read as
 * (or none, to read a record of any type), and the exact error it must give.
 */
final class BadInput {
  private BadInput() {}

  /** One bad document and its exact error. */
  record Case(
      String name,
      Class<?> target,
      String input,
      Kind kind,
      String pointer,
      long line,
      int column,
      List<String> rules) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A case.
   *
   * @param target the type to read, or null to read a record of any type
   */
  static Case c(
      String name,
      Class<?> target,
      String input,
      Kind kind,
      String pointer,
      long line,
      int column,
      String... rules) {
    return new Case(name, target, input, kind, pointer, line, column, List.of(rules));
  }

  /** Reading the bytes fails with exactly the case's kind, pointer, line, column and rule codes. */
  static void failsExactly(Case c) {
    ParleyJsonException e =
        catchThrowableOfType(ParleyJsonException.class, () -> read(bytes(c), c));
    assertThat(e).as("no exception for %s", c.name()).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(c.kind());
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(c.pointer());
    assertThat(e.line()).as(e.getMessage()).isEqualTo(c.line());
    assertThat(e.column()).as(e.getMessage()).isEqualTo(c.column());
    assertThat(e.ruleCodes()).as(e.getMessage()).isEqualTo(c.rules());
    assertThat(e.getMessage()).contains(e.detail());
  }

  /** Reading from a stream fails with the same kind, pointer and rule codes. */
  static void failsTheSameFromAStream(Case c) {
    ParleyJsonException e =
        catchThrowableOfType(ParleyJsonException.class, () -> readStream(bytes(c), c));
    assertThat(e).as("no exception for %s", c.name()).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(c.kind());
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(c.pointer());
    assertThat(e.ruleCodes()).isEqualTo(c.rules());
  }

  private static byte[] bytes(Case c) {
    return c.input().getBytes(StandardCharsets.UTF_8);
  }

  private static Object read(byte[] input, Case c) {
    ParleyJson json = ParleyJson.defaults();
    return c.target() == null ? json.readRecord(input) : json.read(input, c.target());
  }

  private static Object readStream(byte[] input, Case c) {
    ParleyJson json = ParleyJson.defaults();
    return c.target() == null
        ? json.readRecord(new ByteArrayInputStream(input))
        : json.read(new ByteArrayInputStream(input), c.target());
  }
}
