package dev.parley.json.codec;

import com.google.common.collect.ImmutableList;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.records.ChronicleCodec;
import dev.parley.json.codec.records.RecordTypes;
import dev.parley.json.codec.vocabulary.Vocabulary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every codec of the format, record types first, then the chronicle document, then the vocabulary,
 * looked up by Java type.
 *
 * <pre>{@code
 * Codec<Estimate> c = Codecs.forClass(Estimate.class);
 * }</pre>
 */
public final class Codecs {
  private static final ImmutableList<Codec<?>> ALL =
      ImmutableList.<Codec<?>>builder()
          .addAll(RecordTypes.all())
          .add(new ChronicleCodec())
          .addAll(Vocabulary.all())
          .build();

  private static final ClassValue<@Nullable Codec<?>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected @Nullable Codec<?> computeValue(Class<?> type) {
          for (Codec<?> c : ALL) {
            if (c.javaType().isAssignableFrom(type)) {
              return c;
            }
          }
          return null;
        }
      };

  private Codecs() {}

  /**
   * Returns every codec: the record types', the chronicle document's, then the vocabulary's.
   *
   * @return the codecs, immutable
   */
  public static List<Codec<?>> all() {
    return ALL;
  }

  /**
   * Returns the codec of a Java type or of a supertype of it.
   *
   * @param type the class
   * @return the codec, or null if the format has none
   */
  @SuppressWarnings("unchecked")
  public static <T> @Nullable Codec<T> forClass(Class<T> type) {
    return (Codec<T>) BY_CLASS.get(type);
  }
}
