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
      g.writeName(name.encoded(Jackson3Tokens.SLOT, SerializedString::new));
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
      g.writeString(s.encoded(Jackson3Tokens.SLOT, SerializedString::new));
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
