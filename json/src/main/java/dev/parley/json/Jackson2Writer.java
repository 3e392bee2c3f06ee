package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.TokenWriter;
import java.io.IOException;

/** A Jackson 2 generator under the codecs' {@link TokenWriter}. */
class Jackson2Writer implements TokenWriter {
  private final JsonGenerator g;
  private final char[] buffer = new char[32];

  Jackson2Writer(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public final void writeStartObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public final void writeEndObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public final void writeStartArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public final void writeEndArray() throws IOException {
    g.writeEndArray();
  }

  /** The generator's pre-encoded form of a name, made on first use. */
  private static SerializedString encoded(Name name) {
    return name.encoded(Jackson2Tokens.SLOT, SerializedString::new);
  }

  @Override
  public final void writeFieldName(Name name) throws IOException {
    g.writeFieldName(encoded(name));
  }

  @Override
  public final void writeFieldName(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public final void writeString(String s) throws IOException {
    g.writeString(s);
  }

  @Override
  public final void writeString(Name s) throws IOException {
    g.writeString(encoded(s));
  }

  @Override
  public final void writeString(char[] chars, int offset, int length) throws IOException {
    g.writeString(chars, offset, length);
  }

  @Override
  public final void writeNumber(long n) throws IOException {
    g.writeNumber(n);
  }

  @Override
  public final void writeNumber(int n) throws IOException {
    g.writeNumber(n);
  }

  @Override
  public final void writeNumber(double n) throws IOException {
    g.writeNumber(n);
  }

  @Override
  public final void writeNumber(String digits) throws IOException {
    g.writeNumber(digits);
  }

  @Override
  public final void writeBoolean(boolean b) throws IOException {
    g.writeBoolean(b);
  }

  @Override
  public final void writeLineEnd() throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public final void writeStringField(String name, String value) throws IOException {
    g.writeStringField(name, value);
  }

  @Override
  public final void writeStringField(Name name, String value) throws IOException {
    g.writeFieldName(encoded(name));
    g.writeString(value);
  }

  @Override
  public final void writeStringField(Name name, Name value) throws IOException {
    g.writeFieldName(encoded(name));
    g.writeString(encoded(value));
  }

  @Override
  public final void writeStringField(Name name, char[] chars, int offset, int length)
      throws IOException {
    g.writeFieldName(encoded(name));
    g.writeString(chars, offset, length);
  }

  @Override
  public final void writeNumberField(Name name, long value) throws IOException {
    g.writeFieldName(encoded(name));
    g.writeNumber(value);
  }

  @Override
  public final void writeObjectFieldStart(Name name) throws IOException {
    g.writeFieldName(encoded(name));
    g.writeStartObject();
  }

  @Override
  public final void writeArrayFieldStart(Name name) throws IOException {
    g.writeFieldName(encoded(name));
    g.writeStartArray();
  }

  @Override
  public final char[] buffer(int length) {
    return length <= buffer.length ? buffer : new char[length];
  }

  @Override
  public final void flush() throws IOException {
    g.flush();
  }

  @Override
  public final void close() throws IOException {
    g.close();
  }
}
