package dev.parley.json.codec.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How a reader over an array tells where a string value's bytes start ({@link
 * TokenReader#stringStart()}), shared by the Jackson modules: a small probe document that each
 * module reads once, to check that its Jackson's token locations fall on opening quotes, and the
 * check of one location against the array.
 *
 * <pre>{@code
 * byte[] probe = StringLocations.probe();
 * // a parser over probe[PROBE_START..]; nextStringOffset moves it to its next string value
 * boolean points = StringLocations.fallOnQuotes(() -> nextStringOffset(parser));
 * }</pre>
 */
public final class StringLocations {
  /** Strings that start a line, follow a name, sit in an array, are empty or hold an escape. */
  private static final String PROBE = "--{\"a\":\"bc\",\n\"d\":[\"\",\"e\\\"f\"]}";

  /** Where the probe's document starts in {@link #probe()}: a parser is made over the rest. */
  public static final int PROBE_START = 2;

  /** The opening quotes of the probe's three string values, as indexes in {@link #probe()}. */
  private static final int[] QUOTES = {
    PROBE.indexOf("\"bc"), PROBE.indexOf("[\"") + 1, PROBE.indexOf("\"e")
  };

  /** The number of string values in the probe. */
  static final int PROBE_STRINGS = QUOTES.length;

  private StringLocations() {}

  /**
   * Returns the probe document, with {@link #PROBE_START} bytes before it.
   *
   * @return a new array
   */
  public static byte[] probe() {
    return PROBE.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The byte offsets of a parser's string values, one at a time: how each Jackson module walks the
   * probe.
   */
  @FunctionalInterface
  public interface StringOffsets {
    /**
     * Moves to the next string value.
     *
     * @return its token's byte offset, counted from where the parser was made over the array, or -1
     *     at the end of the document
     * @throws IOException if the parser fails
     */
    long next() throws IOException;
  }

  /**
   * Returns whether the byte offsets a parser reports for the probe's string values, counted from
   * {@link #PROBE_START}, are those of their opening quotes.
   *
   * @param strings the parser's string values, read from the start of the probe's document
   * @return true if there are {@link #PROBE_STRINGS} and each is at its quote
   * @throws IOException if the parser fails
   */
  public static boolean fallOnQuotes(StringOffsets strings) throws IOException {
    int i = 0;
    for (long offset; (offset = strings.next()) >= 0; i++) {
      if (i == QUOTES.length || PROBE_START + offset != QUOTES[i]) {
        return false;
      }
    }
    return i == QUOTES.length;
  }

  /**
   * Returns where a string value's characters start, from the byte offset of its token.
   *
   * @param input the array the parser reads
   * @param base where the part the parser was made over starts in it
   * @param end the end of that part
   * @param offset the token's byte offset, counted from {@code base}; negative when unknown
   * @return the index just past the opening quote, or -1 if the offset is unknown, outside the
   *     part, or not at a quote
   */
  public static int stringStart(byte[] input, int base, int end, long offset) {
    long at = base + offset;
    return offset >= 0 && at < end && input[(int) at] == '"' ? (int) at + 1 : -1;
  }
}
