package dev.parley.json.jackson3;

import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.TokenWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * A Jackson 3 generator under the codecs' {@link TokenWriter}. Jackson 3 fails unchecked; a failed
 * stream is reported as the {@link IOException} it was.
 */
class Jackson3Writer implements TokenWriter {
  private final JsonGenerator g;
  private final char[] buffer = new char[32];
  private final @Nullable OutputStream closes;

  /**
   * Wraps a generator.
   *
   * @param g the generator, which does not close its stream
   * @param closes the stream to close when this writer closes, or null
   */
  Jackson3Writer(JsonGenerator g, @Nullable OutputStream closes) {
    this.g = g;
    this.closes = closes;
  }

  /** The generator's pre-encoded form of a name, made on first use. */
  private static SerializedString encoded(Name name) {
    return name.encoded(Jackson3Tokens.SLOT, SerializedString::new);
  }

  private static IOException failure(JacksonException e) {
    return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
  }

  @Override
  public final void writeStartObject() throws IOException {
    try {
      g.writeStartObject();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeEndObject() throws IOException {
    try {
      g.writeEndObject();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeStartArray() throws IOException {
    try {
      g.writeStartArray();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeEndArray() throws IOException {
    try {
      g.writeEndArray();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeFieldName(Name name) throws IOException {
    try {
      g.writeName(encoded(name));
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeFieldName(String name) throws IOException {
    try {
      g.writeName(name);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeString(String s) throws IOException {
    try {
      g.writeString(s);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeString(Name s) throws IOException {
    try {
      g.writeString(encoded(s));
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeString(char[] chars, int offset, int length) throws IOException {
    try {
      g.writeString(chars, offset, length);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeNumber(long n) throws IOException {
    try {
      g.writeNumber(n);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeNumber(int n) throws IOException {
    try {
      g.writeNumber(n);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeNumber(double n) throws IOException {
    try {
      g.writeNumber(n);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeNumber(String digits) throws IOException {
    try {
      g.writeNumber(digits);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeBoolean(boolean b) throws IOException {
    try {
      g.writeBoolean(b);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeLineEnd() throws IOException {
    try {
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeStringField(Name name, String value) throws IOException {
    try {
      g.writeName(encoded(name));
      g.writeString(value);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeStringField(Name name, Name value) throws IOException {
    try {
      g.writeName(encoded(name));
      g.writeString(encoded(value));
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeStringField(Name name, char[] chars, int offset, int length)
      throws IOException {
    try {
      g.writeName(encoded(name));
      g.writeString(chars, offset, length);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeNumberField(Name name, long value) throws IOException {
    try {
      g.writeName(encoded(name));
      g.writeNumber(value);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeObjectFieldStart(Name name) throws IOException {
    try {
      g.writeName(encoded(name));
      g.writeStartObject();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void writeArrayFieldStart(Name name) throws IOException {
    try {
      g.writeName(encoded(name));
      g.writeStartArray();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final char[] buffer(int length) {
    return length <= buffer.length ? buffer : new char[length];
  }

  @Override
  public final void flush() throws IOException {
    try {
      g.flush();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public final void close() throws IOException {
    try {
      g.close();
    } catch (JacksonException e) {
      throw failure(e);
    }
    if (closes != null) {
      closes.close();
    }
  }
}
