package dev.parley.json.codec.io;

/**
 * Line and column of a place in the text, packed into one {@code long} so that noting where an
 * object starts allocates nothing.
 *
 * <pre>{@code
 * long at = Positions.pack(3, 14);
 * Positions.line(at);     // 3
 * Positions.column(at);   // 14
 * }</pre>
 */
public final class Positions {
  /** No known place: line and column 0. */
  public static final long UNKNOWN = 0;

  private Positions() {}

  /**
   * Packs a line and a column.
   *
   * @param line the 1-based line, 0 or less when unknown
   * @param column the 1-based column, 0 or less when unknown
   * @return the packed place
   */
  public static long pack(long line, long column) {
    return (Math.max(0, Math.min(line, Integer.MAX_VALUE)) << 32)
        | Math.max(0, Math.min(column, Integer.MAX_VALUE));
  }

  /**
   * Returns the line of a packed place.
   *
   * @param position the place
   * @return the 1-based line, or 0 when unknown
   */
  public static int line(long position) {
    return (int) (position >>> 32);
  }

  /**
   * Returns the column of a packed place.
   *
   * @param position the place
   * @return the 1-based column, or 0 when unknown
   */
  public static int column(long position) {
    return (int) position;
  }
}
