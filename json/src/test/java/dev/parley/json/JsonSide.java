package dev.parley.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.chronicle.Chronicle;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One module's entry points and mapper, as the hostile fuzz and the NDJSON checks drive them: the
 * Jackson 2 module's here, the Jackson 3 module's in that module's tests, so that one copy of the
 * corpus, mutators and oracle runs against both.
 */
interface JsonSide {
  /** A failure of the mapper that is the JSON library's own, not Parley's. */
  final class MapperFailure extends Exception {
    private static final long serialVersionUID = 1L;

    MapperFailure(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  JsonLimits limits();

  Object readRecord(byte[] json);

  <T> T read(byte[] json, Class<T> type);

  <T> T read(InputStream json, Class<T> type);

  Chronicle readChronicle(byte[] json);

  Chronicle readChronicle(InputStream json);

  byte[] writeBytes(Object value);

  NdjsonWriter ndjsonWriter(OutputStream out);

  NdjsonReader ndjsonReader(InputStream in, ErrorMode mode);

  NdjsonReader ndjsonReader(byte[] in, ErrorMode mode);

  /** Reads with the module's strict mapper; Parley's exceptions pass through. */
  Object mapperRead(byte[] json, Class<?> type) throws MapperFailure;

  /** Writes with the module's strict mapper. */
  byte[] mapperWrite(Object value) throws MapperFailure;

  /** The Jackson 2 module. */
  static JsonSide of(ParleyJson json) {
    ObjectMapper mapper = json.newObjectMapper();
    return new JsonSide() {
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
        } catch (JsonProcessingException e) {
          throw new MapperFailure(e);
        } catch (IOException e) {
          throw new AssertionError("ObjectMapper failed with an I/O error on a byte array", e);
        }
      }

      @Override
      public byte[] mapperWrite(Object value) throws MapperFailure {
        try {
          return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
          throw new MapperFailure(e);
        }
      }
    };
  }
}
