package dev.parley.json.codec.io;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The narrow view of a JSON parser that every codec reads through: tokens, names, texts, numbers,
 * where the current token lies and its JSON Pointer. The Jackson 2 and Jackson 3 modules each adapt
 * their parser to it, so the codecs hold no type of either.
 *
 * <pre>{@code
 * if (r.nextToken() == Token.START_OBJECT && r.nextFieldName(ID)) {
 *   r.nextToken();
 *   String id = r.getText();
 * }
 * }</pre>
 *
 * <p>A parser's failure is a {@link ReadFailure}; a failure of the stream below it a plain {@link
 * IOException}. A reader is used by one thread.
 */
public interface TokenReader extends Closeable {
  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws IOException if the parser or the stream fails
   */
  @Nullable Token nextToken() throws IOException;

  /**
   * Returns the current token.
   *
   * @return the token, or null before the first and after the last
   */
  @Nullable Token currentToken();

  /**
   * Moves to the next token and tells whether it is the given property name, compared in the form
   * the parser matches fastest.
   *
   * @param name the expected name
   * @return true if the next token is that property name
   * @throws IOException if the parser or the stream fails
   */
  boolean nextFieldName(Name name) throws IOException;

  /**
   * Returns the current property name, on a name or on its value.
   *
   * @return the name, not null
   * @throws IOException if the parser fails
   */
  String currentName() throws IOException;

  /**
   * Returns the current token's text: a string's value, a number's digits, a name.
   *
   * @return the text, not null
   * @throws IOException if the parser fails
   */
  String getText() throws IOException;

  /**
   * Returns the buffer holding the current string's characters, read in place.
   *
   * @return the buffer; valid until the next token
   * @throws IOException if the parser fails
   */
  char[] getTextCharacters() throws IOException;

  /**
   * Returns where the current string starts in {@link #getTextCharacters()}.
   *
   * @return the offset
   * @throws IOException if the parser fails
   */
  int getTextOffset() throws IOException;

  /**
   * Returns the current string's length in {@link #getTextCharacters()}.
   *
   * @return the length
   * @throws IOException if the parser fails
   */
  int getTextLength() throws IOException;

  /**
   * Returns whether the current integer lies outside the range of a {@code long}.
   *
   * @return true if it does
   * @throws IOException if the parser fails
   */
  boolean isBigInteger() throws IOException;

  /**
   * Returns the current integer.
   *
   * @return the value
   * @throws IOException if the parser fails
   */
  long getLongValue() throws IOException;

  /**
   * Returns the current number as a {@code double}.
   *
   * @return the value
   * @throws IOException if the parser fails
   */
  double getDoubleValue() throws IOException;

  /**
   * Returns the current number exactly.
   *
   * @return the value, not null
   * @throws IOException if the parser fails
   */
  BigDecimal getDecimalValue() throws IOException;

  /**
   * Returns where the current token starts.
   *
   * @return the packed line and column ({@link Positions})
   */
  long tokenPosition();

  /**
   * Returns where the parser stands: just past the last token read.
   *
   * @return the packed line and column ({@link Positions})
   */
  long currentPosition();

  /**
   * Returns the byte offset just past the last token read, counted from the start of the input the
   * reader was made over.
   *
   * @return the offset, or -1 when unknown
   */
  long currentByteOffset();

  /**
   * Returns {@link #currentByteOffset()} if the parser still stands on the given line, with one
   * lookup of its location: how a reader of one value per line checks, after each value, that the
   * value ended on the line it started on.
   *
   * @param line the line number, from 1
   * @return the offset, or -1 when the parser stands on another line or the offset is unknown
   */
  long currentByteOffsetOnLine(long line);

  /**
   * Returns the array this reader parses, when it parses a part of one that it can point into
   * ({@link #stringStart()}); null when it parses a stream or cannot tell where its tokens are.
   *
   * @return the array, or null
   */
  default byte @Nullable [] input() {
    return null;
  }

  /**
   * Returns the end of the part of {@link #input()} this reader parses.
   *
   * @return the index just past the part's last byte; 0 when there is no input to point into
   */
  default int inputEnd() {
    return 0;
  }

  /**
   * Returns where the characters of the current string value start in {@link #input()}: just past
   * its opening quote. The parser has not yet read them, so they are not yet checked as JSON: a
   * caller that reads them itself takes only what it can tell apart from anything the parser would
   * decode differently, and asks the parser for the text otherwise.
   *
   * @return the index, or -1 when the reader cannot tell (the current token is not a string, or
   *     {@link #input()} is null)
   */
  default int stringStart() {
    return -1;
  }

  /**
   * Returns the context enclosing the current one: at an object's start token, the array or object
   * that holds it. It does not change while the object is read, so it can be kept to name the
   * object's pointer later.
   *
   * @return the context, or null at the document's root
   */
  @Nullable Object parentContext();

  /**
   * Returns the JSON Pointer of the current value: of the property at a name or a scalar, of the
   * object or array itself at its start or end token.
   *
   * @return the pointer, such as {@code /records/3/date}; not null
   */
  String pointer();

  /**
   * Returns the JSON Pointer of a context from {@link #parentContext()}.
   *
   * @param context the context, or null for the root
   * @return the pointer, not null
   */
  String pointer(@Nullable Object context);

  /**
   * Returns the cursors this reader reuses for the objects it reads, made with the reader: an
   * implementation holds one {@code new ObjectCursor.Pool(this)}.
   *
   * @return the pool, not null
   */
  ObjectCursor.Pool cursors();

  /**
   * Copies the current value, from its first token to its last, to a buffer.
   *
   * @param out the buffer
   * @throws IOException if the parser fails
   */
  void copyCurrentStructure(TokenBuffer out) throws IOException;

  /**
   * Returns an empty buffer of tokens that can be read back with this reader's limits.
   *
   * @return the buffer, not null
   */
  TokenBuffer newBuffer();

  /** A writer that keeps its tokens so that they can be read again. */
  interface TokenBuffer extends TokenWriter {
    /**
     * Returns a reader over the tokens written, before the first.
     *
     * @return the reader, not null
     */
    TokenReader reader();
  }
}
