package dev.parley.interop.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON rows one object at a time: a bare array of objects, or an object whose {@code data}
 * field is that array (the ACLED API's response). Field values are read as text; {@code null} reads
 * as empty.
 */
public final class JsonRows implements Closeable {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final JsonParser parser;
  private long row;

  private JsonRows(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * Opens a stream and moves to the first row.
   *
   * @param in the bytes; not closed
   * @return the reader
   * @throws IOException if the stream fails or holds neither an array nor an object with a {@code
   *     data} array
   */
  public static JsonRows open(InputStream in) throws IOException {
    JsonParser p = MAPPER.getFactory().createParser(in);
    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        t = p.nextToken();
        if (name.equals("data") && t == JsonToken.START_ARRAY) {
          return new JsonRows(p);
        }
        p.skipChildren();
      }
      throw new IOException("expected a \"data\" array of rows");
    }
    if (t != JsonToken.START_ARRAY) {
      throw new IOException("expected a JSON array of rows or an object with a \"data\" array");
    }
    return new JsonRows(p);
  }

  /**
   * Reads the next row.
   *
   * @return the row, or null after the last
   * @throws IOException if the JSON is malformed from here on
   */
  public @Nullable Row next() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY || t == null) {
      return null;
    }
    row++;
    JsonNode node = MAPPER.readTree(parser);
    Map<String, String> fields = new HashMap<>();
    if (node != null && node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.put(
            e.getKey(),
            e.getValue().isNull()
                ? ""
                : e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
      }
    }
    return Row.of(row, fields);
  }

  /**
   * Returns the number of the last row read.
   *
   * @return zero before the first
   */
  public long rowNumber() {
    return row;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
