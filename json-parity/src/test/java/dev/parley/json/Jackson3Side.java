package dev.parley.json;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module's entry points and mapper, for the corpus and fuzz of the Jackson 2 one. */
final class Jackson3Side implements JsonSide {
  private final dev.parley.json.jackson3.ParleyJson json;
  private final JsonMapper mapper;

  Jackson3Side(dev.parley.json.jackson3.ParleyJson json) {
    this.json = json;
    this.mapper = json.newObjectMapper();
  }

  static Jackson3Side defaults() {
    return new Jackson3Side(dev.parley.json.jackson3.ParleyJson.defaults());
  }

  @Override
  public JsonLimits limits() {
    return json.limits();
  }

  @Override
  public Object readRecord(byte[] in) {
    return json.readRecord(in);
  }

  @Override
  public <T> T read(byte[] in, Class<T> type) {
    return json.read(in, type);
  }

  @Override
  public <T> T read(InputStream in, Class<T> type) {
    return json.read(in, type);
  }

  @Override
  public Chronicle readChronicle(byte[] in) {
    return json.readChronicle(in);
  }

  @Override
  public Chronicle readChronicle(InputStream in) {
    return json.readChronicle(in);
  }

  @Override
  public byte[] writeBytes(Object value) {
    return json.writeBytes(value);
  }

  @Override
  public NdjsonWriter ndjsonWriter(OutputStream out) {
    return json.ndjsonWriter(out);
  }

  @Override
  public NdjsonReader ndjsonReader(InputStream in, ErrorMode mode) {
    return json.ndjsonReader(in, mode);
  }

  @Override
  public NdjsonReader ndjsonReader(byte[] in, ErrorMode mode) {
    return json.ndjsonReader(in, mode);
  }

  @Override
  public Object mapperRead(byte[] in, Class<?> type) throws MapperFailure {
    try {
      return mapper.readValue(in, type);
    } catch (JacksonException e) {
      throw new MapperFailure(e);
    }
  }

  @Override
  public byte[] mapperWrite(Object value) throws MapperFailure {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw new MapperFailure(e);
    }
  }
}
