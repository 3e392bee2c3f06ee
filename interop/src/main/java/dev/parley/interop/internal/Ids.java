package dev.parley.interop.internal;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable ids made from names: readable slugs, with a hash where a name is too long or has no
 * letters.
 */
public final class Ids {
  private Ids() {}

  /**
   * Returns the 64-bit hash of a text; the same text always gives the same hash.
   *
   * @param text the text
   * @return the hash
   */
  public static long hash(String text) {
    return Hashing.murmur3_128().hashString(text, StandardCharsets.UTF_8).asLong();
  }

  /**
   * Returns eight hex digits of a text's hash.
   *
   * @param text the text
   * @return eight lower-case hex digits
   */
  public static String shortHash(String text) {
    return String.format("%08x", (int) hash(text));
  }

  /**
   * Returns a slug: accents removed, lower case, every run of other characters one hyphen, at most
   * {@code max} characters (a longer slug is cut and ends in a hash of the whole name).
   *
   * @param name the name
   * @param max the longest slug wanted, 16 or more
   * @return the slug; a hash when the name has no letters or digits
   */
  public static String slug(String name, int max) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(plain.length());
    boolean hyphen = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && b.length() > 0) {
          b.append('-');
        }
        hyphen = false;
        b.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        hyphen = true;
      }
    }
    if (b.length() == 0) {
      return shortHash(name);
    }
    if (b.length() > max) {
      return b.substring(0, max - 9) + "-" + shortHash(name);
    }
    return b.toString();
  }
}
