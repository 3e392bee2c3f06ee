package dev.parley.json.codec.io;

import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.validation.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes the module's {@link ParleyJsonException}, whose constructor is not public: the entry points
 * of {@code dev.parley.json} hand it to each {@link ReadContext} they create.
 */
@FunctionalInterface
public interface Failures {
  /**
   * Creates the exception.
   *
   * @param kind what went wrong
   * @param pointer the JSON Pointer of the offending value
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param detail a plain message naming the offending value
   * @param violations the broken rules of the core, or empty
   * @param cause the underlying exception, or null
   * @return the exception, to be thrown
   */
  ParleyJsonException create(
      Kind kind,
      String pointer,
      long line,
      int column,
      String detail,
      List<Violation> violations,
      @Nullable Throwable cause);
}
