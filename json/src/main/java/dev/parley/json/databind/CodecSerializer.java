package dev.parley.json.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.TokenWriter;
import java.io.IOException;
import java.util.function.Function;

/**
 * A databind serializer that writes with a codec of the format.
 *
 * <pre>{@code
 * serializers.addSerializer(new CodecSerializer<>(Vocabulary.ESTIMATE, writer));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;
  private final transient Function<JsonGenerator, TokenWriter> writer;

  /**
   * Creates the serializer.
   *
   * @param codec the codec
   * @param writer puts the mapper's generator under the codecs' token interface
   */
  public CodecSerializer(Codec<T> codec, Function<JsonGenerator, TokenWriter> writer) {
    super(codec.javaType());
    this.codec = codec;
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    codec.write(value, writer.apply(g));
  }
}
