package dev.parley.json.codec.io;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A failure of the parser under a {@link TokenReader}, described without its types: the text is not
 * JSON, ends too early, or breaks one of the parser's limits. A failure of the underlying stream is
 * a plain {@link IOException} instead.
 */
public final class ReadFailure extends IOException {
  private static final long serialVersionUID = 1L;

  /** What the parser met. */
  public enum Reason {
    /** The text is not JSON. */
    SYNTAX,
    /** The text ends inside a value. */
    END_OF_INPUT,
    /** A limit of the parser: nesting, string, number or name length, document length. */
    LIMIT
  }

  private final Reason reason;
  private final long position;
  private final long byteOffset;

  /**
   * Creates the failure.
   *
   * @param reason what the parser met
   * @param message the parser's message, without location
   * @param position where: {@link Positions#pack} of line and column, or {@link Positions#UNKNOWN}
   * @param byteOffset the byte offset of the failure, or -1 when unknown
   * @param cause the parser's exception
   */
  public ReadFailure(
      Reason reason, String message, long position, long byteOffset, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.position = position;
    this.byteOffset = byteOffset;
  }

  /**
   * Returns what the parser met.
   *
   * @return the reason, not null
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns where the parser failed.
   *
   * @return the packed line and column, or {@link Positions#UNKNOWN}
   */
  public long position() {
    return position;
  }

  /**
   * Returns the byte offset of the failure.
   *
   * @return the offset, or -1 when unknown
   */
  public long byteOffset() {
    return byteOffset;
  }
}
