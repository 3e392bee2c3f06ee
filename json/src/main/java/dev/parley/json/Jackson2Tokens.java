package dev.parley.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.TokenFactory;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.format.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Jackson 2's parsers and generators under the codecs' token interfaces, for one set of limits. */
final class Jackson2Tokens implements TokenFactory {
  /** Where every {@link Name} keeps its Jackson 2 {@code SerializedString}. */
  static final int SLOT = Name.newSlot();

  /** Whether Jackson's own UTF-8 reading rejects every byte sequence that is not UTF-8. */
  private static final boolean CHECKS_UTF8 = atLeast(PackageVersion.VERSION, 2, 23);

  private final JsonFactory factory;
  private final JsonFactory batchFactory;

  Jackson2Tokens(JsonLimits limits) {
    this.factory = factory(limits, limits.maxDocumentBytes());
    // NDJSON lines are measured by the reader, so a parser over many lines has no length limit.
    this.batchFactory = factory(limits, -1);
  }

  /** The factory of parsers with the document length limit, for the mappers of this format. */
  JsonFactory factory() {
    return factory;
  }

  private static JsonFactory factory(JsonLimits limits, long maxDocumentLength) {
    StreamReadConstraints.Builder constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxDocumentLength(maxDocumentLength);
    return new JsonFactoryBuilder()
        .rootValueSeparator((String) null)
        .streamReadConstraints(constraints.build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .build();
  }

  private static boolean atLeast(Version v, int major, int minor) {
    return v.getMajorVersion() > major
        || v.getMajorVersion() == major && v.getMinorVersion() >= minor;
  }

  @Override
  public TokenReader reader(byte[] bytes, int offset, int length) throws IOException {
    return new Jackson2Reader(
        factory.createParser(bytes, offset, length), bytes, offset, offset + length);
  }

  @Override
  public TokenReader batchReader(byte[] bytes, int offset, int length) throws IOException {
    return new Jackson2Reader(
        batchFactory.createParser(bytes, offset, length), bytes, offset, offset + length);
  }

  @Override
  public TokenReader reader(InputStream in) throws IOException {
    JsonParser p = factory.createParser(in);
    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return new Jackson2Reader(p);
  }

  @Override
  public TokenWriter prettyWriter(OutputStream out) throws IOException {
    JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new PrettyLines());
    return new Jackson2Writer(g);
  }

  @Override
  public TokenWriter lineWriter(OutputStream out) throws IOException {
    return new Jackson2Writer(factory.createGenerator(out, JsonEncoding.UTF8));
  }

  @Override
  public boolean checksUtf8() {
    return CHECKS_UTF8;
  }
}
