package dev.parley.json.jackson3;

import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.TokenFactory;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.format.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/** Jackson 3's parsers and generators under the codecs' token interfaces, for one set of limits. */
final class Jackson3Tokens implements TokenFactory {
  /** Where every {@link Name} keeps its Jackson 3 {@code SerializedString}. */
  static final int SLOT = Name.newSlot();

  private final JsonFactory factory;
  private final JsonFactory batchFactory;

  Jackson3Tokens(JsonLimits limits) {
    this.factory = factory(limits, limits.maxDocumentBytes());
    // NDJSON lines are measured by the reader, so a parser over many lines has no length limit.
    this.batchFactory = factory(limits, -1);
  }

  /** The factory of parsers with the document length limit, for the mappers of this format. */
  JsonFactory factory() {
    return factory;
  }

  /**
   * A factory that reads and writes as the Jackson 2 module's does, byte for byte: Jackson 2's
   * defaults where Jackson 3 changed them (no escaped {@code /}, surrogate pairs as Jackson 2
   * writes them), and the format's limits.
   */
  static JsonFactory factory(JsonLimits limits, long maxDocumentLength) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxDocumentLength(maxDocumentLength)
            .build();
    return JsonFactory.builder()
        .configureForJackson2()
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .rootValueSeparator((String) null)
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  @Override
  public TokenReader reader(byte[] bytes, int offset, int length) throws IOException {
    return open(factory, bytes, offset, length);
  }

  @Override
  public TokenReader batchReader(byte[] bytes, int offset, int length) throws IOException {
    return open(batchFactory, bytes, offset, length);
  }

  private static TokenReader open(JsonFactory f, byte[] bytes, int offset, int length)
      throws IOException {
    try {
      return new Jackson3Reader(
          f.createParser(ObjectReadContext.empty(), bytes, offset, length),
          bytes,
          offset,
          offset + length);
    } catch (JacksonException e) {
      throw Jackson3Reader.failure(e, null);
    }
  }

  @Override
  public TokenReader reader(InputStream in) throws IOException {
    try {
      return new Jackson3Reader(factory.createParser(ObjectReadContext.empty(), in));
    } catch (JacksonException e) {
      throw Jackson3Reader.failure(e, null);
    }
  }

  @Override
  public TokenWriter prettyWriter(OutputStream out) throws IOException {
    return new Jackson3Writer(factory.createGenerator(new Pretty(), out, JsonEncoding.UTF8), null);
  }

  @Override
  public TokenWriter lineWriter(OutputStream out) throws IOException {
    JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    return new Jackson3Writer(g, out);
  }

  @Override
  public boolean checksUtf8() {
    // Jackson 3 rejects every byte sequence that is not UTF-8, as Jackson 2.23 does
    return true;
  }

  /** The write context that gives each generator its own pretty printer. */
  private static final class Pretty extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new PrettyLines();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
