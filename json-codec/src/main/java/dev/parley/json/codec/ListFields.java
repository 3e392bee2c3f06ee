package dev.parley.json.codec;

import java.io.IOException;
import java.util.List;

/**
 * Writes an array property, left out when the list is empty (readers accept {@code []} for it).
 *
 * <pre>{@code
 * ListFields.writeUnlessEmpty("provenance", claim.provenance(), Vocabulary.STATEMENT, g);
 * }</pre>
 */
final class ListFields {
  private ListFields() {}

  /**
   * Writes a property whose value is an array, even when empty.
   *
   * @param name the property name
   * @param values the elements, in order
   * @param codec the codec of the elements
   * @param g the generator, inside an object
   * @throws IOException if the generator fails
   */
  static <T> void write(String name, List<T> values, Codec<T> codec, TokenWriter g)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (int i = 0; i < values.size(); i++) {
      codec.write(values.get(i), g);
    }
    g.writeEndArray();
  }

  /**
   * Writes a property whose value is an array, or nothing when the list is empty.
   *
   * @param name the property name
   * @param values the elements, in order
   * @param codec the codec of the elements
   * @param g the generator, inside an object
   * @throws IOException if the generator fails
   */
  static <T> void writeUnlessEmpty(String name, List<T> values, Codec<T> codec, TokenWriter g)
      throws IOException {
    if (!values.isEmpty()) {
      write(name, values, codec, g);
    }
  }
}
