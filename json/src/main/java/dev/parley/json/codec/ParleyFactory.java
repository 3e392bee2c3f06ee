package dev.parley.json.codec;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.IOException;

/**
 * A Jackson {@link JsonFactory} whose parsers over byte arrays of UTF-8 JSON are {@link
 * ParleyParser}s; everything else is made exactly as Jackson makes it.
 *
 * <pre>{@code
 * JsonFactory factory = new ParleyFactory(new JsonFactoryBuilder());
 * }</pre>
 */
public final class ParleyFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  /**
   * Builds a factory from a configured builder.
   *
   * @param builder the configuration
   */
  public ParleyFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private ParleyFactory(ParleyFactory source, ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public JsonFactory copy() {
    return new ParleyFactory(this, null);
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    // Plain UTF-8 for certain: no byte order mark and no zero bytes where UTF-16 or UTF-32 would
    // have them. Anything else goes through Jackson's own detection.
    if (len < 4
        || data[offset] <= 0
        || data[offset + 1] == 0
        || data[offset + 2] == 0
        || data[offset + 3] == 0
        || !Feature.CANONICALIZE_FIELD_NAMES.enabledIn(_factoryFeatures)) {
      return super._createParser(data, offset, len, ctxt);
    }
    _streamReadConstraints.validateDocumentLength(len);
    ctxt.setEncoding(JsonEncoding.UTF8);
    return new ParleyParser(
        ctxt, _parserFeatures, _objectCodec, _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
        data, offset, offset + len);
  }
}
