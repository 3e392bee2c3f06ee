package dev.parley.json.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.parley.json.codec.Codec;
import dev.parley.json.codec.ReadContext;
import java.io.IOException;

/**
 * A databind deserializer that reads with a codec of the format, as strictly as {@link
 * dev.parley.json.ParleyJson} does.
 *
 * <pre>{@code
 * deserializers.addDeserializer(Estimate.class, new CodecDeserializer<>(Vocabulary.ESTIMATE, limits));
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

  /**
   * Creates the deserializer.
   *
   * @param codec the codec
   * @param context the limits the codec checks itself, and how it fails
   */
  public CodecDeserializer(Codec<T> codec, ReadContext context) {
    super(codec.javaType());
    this.codec = codec;
    this.context = context;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return codec.read(p, context);
  }
}
