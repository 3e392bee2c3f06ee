package dev.parley.json.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.parley.json.codec.Codec;
import java.io.IOException;

/**
 * A databind serializer that writes with a codec of the format.
 *
 * <pre>{@code
 * serializers.addSerializer(new CodecSerializer<>(Vocabulary.ESTIMATE));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  /**
   * Creates the serializer.
   *
   * @param codec the codec
   */
  public CodecSerializer(Codec<T> codec) {
    super(codec.javaType());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    codec.write(value, g);
  }
}
