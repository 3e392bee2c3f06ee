package dev.parley.json.codec.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * The narrow view of a JSON generator that every codec writes through. The Jackson 2 and Jackson 3
 * modules each adapt their generator to it, so the codecs hold no type of either.
 *
 * <pre>{@code
 * w.writeStartObject();
 * w.writeFieldName(ID);
 * w.writeString("ua");
 * w.writeEndObject();
 * }</pre>
 *
 * <p>A writer is used by one thread.
 */
public interface TokenWriter extends Closeable, Flushable {
  /**
   * Writes {@code {}.
   *
   * @throws IOException if the stream fails
   */
  void writeStartObject() throws IOException;

  /**
   * Writes {@code }}.
   *
   * @throws IOException if the stream fails
   */
  void writeEndObject() throws IOException;

  /**
   * Writes {@code [}.
   *
   * @throws IOException if the stream fails
   */
  void writeStartArray() throws IOException;

  /**
   * Writes {@code ]}.
   *
   * @throws IOException if the stream fails
   */
  void writeEndArray() throws IOException;

  /**
   * Writes a property name in its pre-encoded form.
   *
   * @param name the name
   * @throws IOException if the stream fails
   */
  void writeFieldName(Name name) throws IOException;

  /**
   * Writes a property name.
   *
   * @param name the name
   * @throws IOException if the stream fails
   */
  void writeFieldName(String name) throws IOException;

  /**
   * Writes a string.
   *
   * @param s the string
   * @throws IOException if the stream fails
   */
  void writeString(String s) throws IOException;

  /**
   * Writes a fixed string in its pre-encoded form.
   *
   * @param s the string
   * @throws IOException if the stream fails
   */
  void writeString(Name s) throws IOException;

  /**
   * Writes a string from a buffer.
   *
   * @param chars the buffer
   * @param offset where the string starts
   * @param length its length
   * @throws IOException if the stream fails
   */
  void writeString(char[] chars, int offset, int length) throws IOException;

  /**
   * Writes an integer.
   *
   * @param n the integer
   * @throws IOException if the stream fails
   */
  void writeNumber(long n) throws IOException;

  /**
   * Writes an integer.
   *
   * @param n the integer
   * @throws IOException if the stream fails
   */
  void writeNumber(int n) throws IOException;

  /**
   * Writes a floating-point number.
   *
   * @param n the number
   * @throws IOException if the stream fails
   */
  void writeNumber(double n) throws IOException;

  /**
   * Writes a number given as its JSON text, such as {@code 12.5}, as it is.
   *
   * @param digits the number's text
   * @throws IOException if the stream fails
   */
  void writeNumber(String digits) throws IOException;

  /**
   * Writes a boolean.
   *
   * @param b the boolean
   * @throws IOException if the stream fails
   */
  void writeBoolean(boolean b) throws IOException;

  /**
   * Writes a line end between root values, as NDJSON separates records.
   *
   * @throws IOException if the stream fails
   */
  void writeLineEnd() throws IOException;

  /**
   * Writes a property, its name pre-encoded, whose value is a string. A writer overrides it to make
   * one call of its generator's pair of calls.
   *
   * @param name the name
   * @param value the string
   * @throws IOException if the stream fails
   */
  default void writeStringField(Name name, String value) throws IOException {
    writeFieldName(name);
    writeString(value);
  }

  /**
   * Writes a property whose name and fixed string value are both pre-encoded, such as a record's
   * type or an enum token.
   *
   * @param name the name
   * @param value the string
   * @throws IOException if the stream fails
   */
  default void writeStringField(Name name, Name value) throws IOException {
    writeFieldName(name);
    writeString(value);
  }

  /**
   * Writes a property, its name pre-encoded, whose value is a string in a buffer.
   *
   * @param name the name
   * @param chars the buffer
   * @param offset where the string starts
   * @param length its length
   * @throws IOException if the stream fails
   */
  default void writeStringField(Name name, char[] chars, int offset, int length)
      throws IOException {
    writeFieldName(name);
    writeString(chars, offset, length);
  }

  /**
   * Writes a property, its name pre-encoded, whose value is an integer.
   *
   * @param name the name
   * @param value the integer
   * @throws IOException if the stream fails
   */
  default void writeNumberField(Name name, long value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /**
   * Writes a property name, pre-encoded, and {@code {}.
   *
   * @param name the name
   * @throws IOException if the stream fails
   */
  default void writeObjectFieldStart(Name name) throws IOException {
    writeFieldName(name);
    writeStartObject();
  }

  /**
   * Writes a property name, pre-encoded, and {@code [}.
   *
   * @param name the name
   * @throws IOException if the stream fails
   */
  default void writeArrayFieldStart(Name name) throws IOException {
    writeFieldName(name);
    writeStartArray();
  }

  /**
   * Returns a buffer of this writer's in which a codec may put a short string before it writes it
   * with {@link #writeString(char[], int, int)}; its content is lost at the next call.
   *
   * @param length the chars needed, 32 or fewer
   * @return a buffer of at least {@code length} chars, not null
   */
  default char[] buffer(int length) {
    return new char[length];
  }

  /**
   * Writes a property whose value is a string.
   *
   * @param name the name
   * @param value the string
   * @throws IOException if the stream fails
   */
  default void writeStringField(String name, String value) throws IOException {
    writeFieldName(name);
    writeString(value);
  }

  /**
   * Writes a property whose value is an integer.
   *
   * @param name the name
   * @param value the integer
   * @throws IOException if the stream fails
   */
  default void writeNumberField(String name, long value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /**
   * Writes a property whose value is an integer.
   *
   * @param name the name
   * @param value the integer
   * @throws IOException if the stream fails
   */
  default void writeNumberField(String name, int value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /**
   * Writes a property whose value is a floating-point number.
   *
   * @param name the name
   * @param value the number
   * @throws IOException if the stream fails
   */
  default void writeNumberField(String name, double value) throws IOException {
    writeFieldName(name);
    writeNumber(value);
  }

  /**
   * Writes a property whose value is a boolean.
   *
   * @param name the name
   * @param value the boolean
   * @throws IOException if the stream fails
   */
  default void writeBooleanField(String name, boolean value) throws IOException {
    writeFieldName(name);
    writeBoolean(value);
  }
}
