package dev.parley.json.codec.io;

import java.io.IOException;

/**
 * A codec of values written as JSON objects. A subclass writes the object's properties and this
 * class the braces, so that a property whose value is such an object starts with one call of the
 * writer ({@link TokenWriter#writeObjectFieldStart}) instead of two.
 *
 * <pre>{@code
 * protected void writeFields(Controller value, TokenWriter g) throws IOException {
 *   FIELDS.write(g, F.KIND, value.kind(), Vocabulary.CONTROLLER_KIND);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public abstract class ObjectCodec<T> implements Codec<T> {
  /** For subclasses. */
  protected ObjectCodec() {}

  @Override
  public final void write(T value, TokenWriter g) throws IOException {
    g.writeStartObject();
    writeFields(value, g);
    g.writeEndObject();
  }

  @Override
  public final void writeField(Name name, T value, TokenWriter g) throws IOException {
    g.writeObjectFieldStart(name);
    writeFields(value, g);
    g.writeEndObject();
  }

  /**
   * Writes the object's properties, between its braces.
   *
   * @param value the value
   * @param g the writer, inside the object
   * @throws IOException if the writer fails
   */
  protected abstract void writeFields(T value, TokenWriter g) throws IOException;
}
