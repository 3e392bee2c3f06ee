package dev.parley.json.codec.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Makes the readers and writers of one JSON library, configured with one set of limits: what the
 * Jackson 2 and Jackson 3 modules each give the shared engine ({@code
 * dev.parley.json.codec.Engine}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public interface TokenFactory {
  /**
   * Opens a reader over a document held in an array, with the document length limit.
   *
   * @param bytes the array
   * @param offset where the document starts
   * @param length its length
   * @return the reader, before the first token
   * @throws IOException if the parser cannot be made
   */
  TokenReader reader(byte[] bytes, int offset, int length) throws IOException;

  /**
   * Opens a reader over many NDJSON lines held in an array, without the document length limit: the
   * lines are measured by the NDJSON reader. Byte offsets count from {@code offset}.
   *
   * @param bytes the array
   * @param offset where the first line starts
   * @param length the lines' length
   * @return the reader, before the first token
   * @throws IOException if the parser cannot be made
   */
  TokenReader batchReader(byte[] bytes, int offset, int length) throws IOException;

  /**
   * Opens a reader over a stream, which the reader does not close.
   *
   * @param in the stream
   * @return the reader, before the first token
   * @throws IOException if the parser cannot be made
   */
  TokenReader reader(InputStream in) throws IOException;

  /**
   * Opens a writer of pretty-printed documents (two-space indents, {@code "name": value}, {@code
   * \n} line ends), which flushes but does not close the stream.
   *
   * @param out the stream
   * @return the writer, not null
   * @throws IOException if the generator cannot be made
   */
  TokenWriter prettyWriter(OutputStream out) throws IOException;

  /**
   * Opens a writer of compact lines, which closes the stream when it is closed.
   *
   * @param out the stream
   * @return the writer, not null
   * @throws IOException if the generator cannot be made
   */
  TokenWriter lineWriter(OutputStream out) throws IOException;

  /**
   * Returns whether the parser itself rejects every byte sequence that is not UTF-8; if not, the
   * engine checks what the parser has read.
   *
   * @return true if it does
   */
  boolean checksUtf8();
}
