package dev.parley.json.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.ReadFailure;
import dev.parley.json.codec.io.TokenReader;
import java.io.IOException;
import java.util.function.Function;

/**
 * A databind deserializer that reads with a codec of the format, as strictly as {@link
 * dev.parley.json.ParleyJson} does.
 *
 * <pre>{@code
 * deserializers.addDeserializer(Estimate.class, new CodecDeserializer<>(Vocabulary.ESTIMATE, context, reader));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;
  private final transient ReadContext context;
  private final transient Function<JsonParser, TokenReader> reader;

  /**
   * Creates the deserializer.
   *
   * @param codec the codec
   * @param context the limits the codec checks itself, and how it fails
   * @param reader puts the mapper's parser under the codecs' token interface
   */
  public CodecDeserializer(
      Codec<T> codec, ReadContext context, Function<JsonParser, TokenReader> reader) {
    super(codec.javaType());
    this.codec = codec;
    this.context = context;
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    try {
      return codec.read(reader.apply(p), context);
    } catch (ReadFailure e) {
      // the mapper reports its parser's own failure, as it does for every other type
      throw e.getCause() instanceof IOException jackson ? jackson : e;
    }
  }
}
