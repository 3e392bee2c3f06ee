package dev.parley.json.codec;

import com.google.common.collect.ImmutableSet;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Arrays of the wire format: a list or set property is left out when it is empty, and the elements
 * of a set are unique.
 *
 * <pre>{@code
 * Elements.write(g, "addressees", proposal.addressees(), Vocabulary.PARTY_ID);
 * b.addAllAddressees(Elements.readSet(p, ctx, Vocabulary.PARTY_ID));
 * }</pre>
 *
 * <p>This class has no instances; its functions are thread-safe.
 */
final class Elements {
  /** The elements of an array of strings, each a JSON string within the string limit. */
  static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public Class<String> javaType() {
          return String.class;
        }

        @Override
        public void write(String value, TokenWriter g) throws IOException {
          g.writeString(value);
        }

        @Override
        public String read(TokenReader p, ReadContext ctx) throws IOException {
          return ctx.string(p);
        }
      };

  private Elements() {}

  /**
   * Writes a property whose value is an array, unless the collection is empty.
   *
   * @param g the generator, inside an object
   * @param name the property name
   * @param values the elements, in order
   * @param codec the codec of the elements
   * @throws IOException if the generator fails
   */
  static <T> void write(TokenWriter g, String name, Collection<T> values, Codec<T> codec)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    if (values instanceof java.util.List<T> list) {
      // no iterator for the lists records hold
      for (int i = 0; i < list.size(); i++) {
        codec.write(list.get(i), g);
      }
    } else {
      for (T v : values) {
        codec.write(v, g);
      }
    }
    g.writeEndArray();
  }

  /**
   * Reads an array whose elements are unique, keeping their order.
   *
   * @param p the parser, on the array's start token
   * @param ctx the context of the read
   * @param element the codec of the elements
   * @return the elements, immutable
   * @throws IOException if the parser fails
   * @throws dev.parley.json.format.ParleyJsonException if the value is not an array, or an element
   *     is bad, null or repeated ({@link Kind#DUPLICATE_PROPERTY}, at the repeated element)
   */
  static <T> ImmutableSet<T> readSet(TokenReader p, ReadContext ctx, Codec<T> element)
      throws IOException {
    if (p.currentToken() != Token.START_ARRAY) {
      throw ctx.wrongType(p, "an array");
    }
    ImmutableSet.Builder<T> out = ImmutableSet.builder();
    Set<T> seen = new HashSet<>();
    Token t;
    while ((t = p.nextToken()) != Token.END_ARRAY) {
      if (t == null) {
        throw ctx.fail(p, Kind.TRUNCATED, "the text ends inside an array");
      }
      if (t == Token.VALUE_NULL) {
        throw ctx.fail(p, Kind.NULL_VALUE, "an array element is null");
      }
      T v = element.read(p, ctx);
      if (!seen.add(v)) {
        throw ctx.fail(
            p,
            Kind.DUPLICATE_PROPERTY,
            "the element " + v + " appears twice; the elements of this array are unique");
      }
      out.add(v);
    }
    return out.build();
  }

  /**
   * Reads a JSON boolean.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the boolean
   * @throws dev.parley.json.format.ParleyJsonException if the value is not a boolean
   */
  static boolean booleanValue(TokenReader p, ReadContext ctx) {
    Token t = p.currentToken();
    if (t != Token.VALUE_TRUE && t != Token.VALUE_FALSE) {
      throw ctx.wrongType(p, "a boolean");
    }
    return t == Token.VALUE_TRUE;
  }
}
