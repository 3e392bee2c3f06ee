package dev.parley.json.codec.io;

import java.io.IOException;

/**
 * Writes and strictly reads one Java type in the wire format.
 *
 * <pre>{@code
 * Vocabulary.ESTIMATE.write(Estimate.exact(8), generator);
 * Estimate e = Vocabulary.ESTIMATE.read(parser, ctx);   // parser on the value's first token
 * }</pre>
 *
 * <p>Reading starts with the parser on the first token of the value (the caller has already called
 * {@code nextToken()}) and ends with it on the value's last token, as Jackson's deserializers do. A
 * read either returns a complete, validated value or throws {@link
 * dev.parley.json.format.ParleyJsonException}. Implementations are stateless, immutable and
 * thread-safe.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {
  /**
   * Returns the Java type this codec reads and writes.
   *
   * @return the class, not null
   */
  Class<T> javaType();

  /**
   * Writes a value.
   *
   * @param value the value
   * @param g the generator
   * @throws IOException if the generator fails
   */
  void write(T value, TokenWriter g) throws IOException;

  /**
   * Writes a property whose value is a value of this codec's. A codec that can write the name and
   * its value in fewer calls of the writer overrides it.
   *
   * @param name the property name
   * @param value the value
   * @param g the writer, inside an object
   * @throws IOException if the writer fails
   */
  default void writeField(Name name, T value, TokenWriter g) throws IOException {
    g.writeFieldName(name);
    write(value, g);
  }

  /**
   * Reads a value.
   *
   * @param p the parser, on the value's first token
   * @param ctx the limits and error reporting of this read
   * @return the value, not null
   * @throws IOException if the parser fails
   * @throws dev.parley.json.format.ParleyJsonException if the input is not a valid value
   */
  T read(TokenReader p, ReadContext ctx) throws IOException;
}
